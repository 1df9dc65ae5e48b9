"""Round 425: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm425-de-01: Israel/United Kingdom: Israel refuses entry to Labour MPs Yuan Yang and Abtisam Mohamed at Ben Gurion airport and sends them back; the immigration authority accuses them, they reject it, Lammy objects to his counterpart Saar, no summons of Hotovely, the Liberal Democrats demand sanctions on Ben-Gvir and Smotrich, the arms-licence suspension and the end of the Gaza truce recalled (2025-04-06).
- hm425-de-02: Iran/France: Iran frees Olivier Grondeau after almost two and a half years; his arrest in Shiraz and espionage sentence, Barrot demands the release of Cécile Kohler and Jacques Paris and speaks of state hostages, Baghaei cites humanitarian grounds and demands Mahdieh Esfandiari's release, her arrest in Lyon, the E3 snapback threat (2025-03-21).
- hm425-de-03: Israel/Egypt: the Leviathan partners agree a 35-billion-dollar gas export deal with Egypt's Blue Ocean Energy; Eli Cohen praises it, Diaa Rashwan calls it purely commercial and denies concessions, Egypt's energy shortage, Cairo accuses Israel of using hunger as a weapon in Gaza, demands an end to the fighting and rejects displacement to Sinai, the Philadelphi corridor row (2025-08-08).
- hm425-de-04: Iran/EU/GCC: Tehran summons Hungary's ambassador as EU presidency envoy after the first EU-GCC summit in Brussels demands an end to the "occupation" of Abu Musa and the Tunbs; Araghchi refuses negotiations, Baghaei accuses the EU, the UAE welcomes the support, the drone demand, the 2023 summons of Russia's ambassador, IRGC navy drills and the Saudi-Iranian rapprochement recalled (2024-10-18).
- hm425-en-01: Kuwait/Saudi Arabia/Iran: Kuwait's oil minister Saad Al-Barrak says Kuwait will drill at the Dorra field without waiting for a border deal with Iran; Owji's earlier warning, Kanaani's call for talks and accusation, Riyadh's call on Tehran to negotiate, GCC backing, the 2022 Kuwaiti-Saudi agreement, the phone call between Salem Al-Sabah and Amirabdollahian, no summons of Kuwait's ambassador (2023-07-31).
- hm425-en-02: Saudi Arabia/United States: U.S. citizen Saad Almadi returns to Florida after Riyadh lifts his travel ban; his son thanks Trump and Witkoff, the State Department welcomes it, the 2021 arrest over tweets, the 16- and 19-year sentences and the 2023 release, HRW's demand, no U.S. sanctions, MBS's investment pledge by phone, Trump's planned trip and the Riyadh and Jeddah talks (2025-03-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm425-de-01 (Israel/UK, Labour MPs refused entry)
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
PIBA = actor("Population and Immigration Authority of Israel", "ISR", "GOV")
YANG = actor("Yuan Yang", "GBR", "LEG")
MOHAMED = actor("Abtisam Mohamed", "GBR", "LEG")
LAMMY = actor("David Lammy", "GBR", "GOV")
SAAR = actor("Gideon Saar", "ISR", "GOV")
FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")
LIBDEMS = actor("Liberal Democrats", "GBR", "PTY")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
HAMAS = actor("Hamas", "PSE", "REB")

D1 = ("London/Tel Aviv (dpa) - Israel hat zwei Abgeordneten der britischen Labour-Partei die Einreise verweigert und "
      "damit scharfe Kritik der Regierung in London ausgelöst.")
D2 = ("Yuan Yang und Abtisam Mohamed waren am Samstag nach ihrer Ankunft aus Luton am Flughafen Ben Gurion bei Tel "
      "Aviv festgehalten und nach einigen Stunden in ein Flugzeug zurück nach Großbritannien gesetzt worden, wie das "
      "britische Außenministerium mitteilte.")
D3 = ("Die israelische Bevölkerungs- und Einwanderungsbehörde begründete den Schritt damit, dass die beiden "
      "Politikerinnen die Arbeit der Sicherheitskräfte hätten dokumentieren und „Hass gegen Israel verbreiten“ "
      "wollen.")
D4 = "Die beiden Abgeordneten wiesen die Vorwürfe in einer gemeinsamen Erklärung zurück."
D5 = ("Es sei „außergewöhnlich“, dass Israel gewählten Volksvertretern den Zugang verwehre, hieß es darin.")
D6 = "Außenminister David Lammy nannte das Vorgehen „inakzeptabel, kontraproduktiv und zutiefst besorgniserregend“."
D7 = ("Er habe seinem israelischen Amtskollegen Gideon Saar deutlich gemacht, dass man britische Parlamentarier so "
      "nicht behandeln dürfe, erklärte der Labour-Politiker.")
D8 = ("Eine Einbestellung der israelischen Botschafterin Tzipi Hotovely ordnete das Außenministerium nach eigenen "
      "Angaben jedoch zunächst nicht an.")
D9 = ("Die israelische Botschaft in London erklärte, die Reise sei von keinem offiziellen Gremium des Parlaments "
      "genehmigt worden.")
D10 = ("Die Delegation sollte nach Angaben der Organisatoren Hilfsprojekte und Gemeinden im besetzten "
       "Westjordanland besuchen.")
D11 = ("Die Liberaldemokraten forderten die Regierung auf, nun Sanktionen gegen die rechtsextremen israelischen "
       "Minister Itamar Ben-Gvir und Bezalel Smotrich zu verhängen.")
D12 = ("Die Beziehungen zwischen London und der Regierung von Ministerpräsident Benjamin Netanjahu sind seit Monaten "
       "angespannt.")
D13 = ("Im September hatte Großbritannien 30 Lizenzen für Rüstungsexporte nach Israel ausgesetzt, weil die Waffen für "
       "Verstöße gegen das humanitäre Völkerrecht genutzt werden könnten.")
D14 = ("Israel hatte am 18. März seine Luftangriffe im Gazastreifen wieder aufgenommen und damit eine zweimonatige "
       "Waffenruhe mit der islamistischen Hamas beendet.")
D15 = ("Lammy hatte das Ende der Feuerpause bedauert und beide Seiten zur Rückkehr an den Verhandlungstisch "
       "aufgefordert.")

DE01 = {
    "id": "hm425-de-01", "lang": "de", "url": None, "published": "2025-04-06",
    "title": "Israel verweigert britischen Labour-Abgeordneten die Einreise",
    "text": paragraphs([D1, D2, D3], [D4, D5], [D6, D7, D8, D9], [D10, D11], [D12, D13, D14, D15]),
    "events": [
        event("COERCE", ISR_GOV, YANG, D1, mode="restrict"),
        event("COERCE", ISR_GOV, MOHAMED, D1, mode="restrict"),
        event("ACCUSE", GBR_GOV, ISR_GOV, D1, mode="disapprove"),
        event("COERCE", PIBA, YANG, D2, mode="deport", date="2025-04-05", location="Ben Gurion Airport",
              location_country="ISR"),
        event("COERCE", PIBA, MOHAMED, D2, mode="deport", date="2025-04-05", location="Ben Gurion Airport",
              location_country="ISR"),
        event("ACCUSE", PIBA, YANG, D3, mode="allege"),
        event("ACCUSE", PIBA, MOHAMED, D3, mode="allege"),
        event("ACCUSE", YANG, ISR_GOV, D5, mode="disapprove"),
        event("ACCUSE", MOHAMED, ISR_GOV, D5, mode="disapprove"),
        event("ACCUSE", LAMMY, ISR_GOV, D6, mode="disapprove"),
        event("CONSULT", LAMMY, SAAR, D7),
        event("ACCUSE", LAMMY, SAAR, D7, mode="disapprove"),
        event("ACCUSE", FCDO, ISR_GOV, D8, mode="disapprove", negated=True),
        event("REQUEST", LIBDEMS, GBR_GOV, D11),
        event("SANCTION", GBR_GOV, ISR_GOV, D13, mode="discontinue"),
        event("ASSAULT", IDF, HAMAS, D14, mode="aerial", date="2025-03-18", location="Gaza Strip",
              location_country="PSE"),
        event("REQUEST", LAMMY, ISR_GOV, D15, mode="meet"),
        event("REQUEST", LAMMY, HAMAS, D15, mode="meet"),
    ],
    "quotes": [
        quote("Yuan Yang und Abtisam Mohamed waren am Samstag nach ihrer Ankunft aus Luton am Flughafen Ben Gurion bei "
              "Tel Aviv festgehalten und nach einigen Stunden in ein Flugzeug zurück nach Großbritannien gesetzt "
              "worden", "Foreign, Commonwealth and Development Office", "indirect"),
        quote("Hass gegen Israel verbreiten", "Population and Immigration Authority of Israel", "direct"),
        quote("dass die beiden Politikerinnen die Arbeit der Sicherheitskräfte hätten dokumentieren und „Hass gegen "
              "Israel verbreiten“ wollen", "Population and Immigration Authority of Israel", "indirect"),
        quote("außergewöhnlich", "Yuan Yang and Abtisam Mohamed", "direct"),
        quote("Es sei „außergewöhnlich“, dass Israel gewählten Volksvertretern den Zugang verwehre",
              "Yuan Yang and Abtisam Mohamed", "indirect"),
        quote("inakzeptabel, kontraproduktiv und zutiefst besorgniserregend", "David Lammy", "direct"),
        quote("Er habe seinem israelischen Amtskollegen Gideon Saar deutlich gemacht, dass man britische "
              "Parlamentarier so nicht behandeln dürfe", "David Lammy", "indirect"),
        quote("die Reise sei von keinem offiziellen Gremium des Parlaments genehmigt worden",
              "Embassy of Israel in London", "indirect"),
        quote("Die Delegation sollte nach Angaben der Organisatoren Hilfsprojekte und Gemeinden im besetzten "
              "Westjordanland besuchen", "organisers of the delegation", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["London"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel", "der Regierung von Ministerpräsident Benjamin "
                                                                "Netanjahu"]),
        entity("Labour Party", "ORG", "GBR", ["der britischen Labour-Partei"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["der Regierung in London", "die Regierung",
                                                                  "London", "Großbritannien"]),
        entity("Yuan Yang", "PER", "GBR", ["zwei Abgeordneten der britischen Labour-Partei", "Yuan Yang",
                                           "die beiden Politikerinnen", "Die beiden Abgeordneten"]),
        entity("Abtisam Mohamed", "PER", "GBR", ["zwei Abgeordneten der britischen Labour-Partei", "Abtisam Mohamed",
                                                 "die beiden Politikerinnen", "Die beiden Abgeordneten"]),
        entity("Luton", "LOC", "GBR", ["Luton"]),
        entity("Ben Gurion Airport", "LOC", "ISR", ["Flughafen Ben Gurion bei Tel Aviv"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR",
               ["das britische Außenministerium", "das Außenministerium"]),
        entity("Population and Immigration Authority of Israel", "ORG", "ISR",
               ["Die israelische Bevölkerungs- und Einwanderungsbehörde"]),
        entity("Israeli security forces", "ORG", "ISR", ["der Sicherheitskräfte"]),
        entity("David Lammy", "PER", "GBR", ["Außenminister David Lammy", "Er", "der Labour-Politiker", "Lammy"]),
        entity("Gideon Saar", "PER", "ISR", ["seinem israelischen Amtskollegen Gideon Saar"]),
        entity("Tzipi Hotovely", "PER", "ISR", ["der israelischen Botschafterin Tzipi Hotovely"]),
        entity("Embassy of Israel in London", "ORG", "ISR", ["Die israelische Botschaft in London"]),
        entity("Parliament of the United Kingdom", "ORG", "GBR", ["des Parlaments"]),
        entity("organisers of the delegation", "ORG", "GBR", ["der Organisatoren"]),
        entity("West Bank", "LOC", "PSE", ["im besetzten Westjordanland"]),
        entity("Liberal Democrats", "ORG", "GBR", ["Die Liberaldemokraten"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["Itamar Ben-Gvir"]),
        entity("Bezalel Smotrich", "PER", "ISR", ["Bezalel Smotrich"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Hamas", "ORG", "PSE", ["der islamistischen Hamas"]),
    ],
}

# ---------------------------------------------------------------- hm425-de-02 (Iran/France, Grondeau freed)
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
GBR_GOV2 = actor("Government of the United Kingdom", "GBR", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
GRONDEAU = actor("Olivier Grondeau", "FRA", "CVL")
IRN_SECURITY = actor("Iranian security forces", "IRN", "COP")
IRN_REV_COURT = actor("Revolutionary Court of Iran", "IRN", "JUD")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")
KOHLER = actor("Cécile Kohler", "FRA", "CVL")
JPARIS = actor("Jacques Paris", "FRA", "CVL")
BAGHAEI = actor("Esmaeil Baghaei", "IRN", "GOV")
ESFANDIARI = actor("Mahdieh Esfandiari", "IRN", "CVL")
FRA_POLICE = actor("French police", "FRA", "COP")

G1 = ("Paris (dpa) - Nach fast zweieinhalb Jahren in iranischer Haft ist der Franzose Olivier Grondeau wieder frei.")
G2 = "„Olivier Grondeau ist frei“, schrieb Präsident Emmanuel Macron am Donnerstagabend auf der Plattform X."
G3 = ("Der 34-Jährige sei bereits auf dem Weg nach Frankreich und werde dort von seiner Familie erwartet, fügte der "
      "Staatschef hinzu.")
G4 = "Macron dankte allen, die im Stillen an einer Lösung gearbeitet hätten."
G5 = "Grondeau war im Oktober 2022 während einer Rundreise durch Iran in der Stadt Schiras festgenommen worden."
G6 = ("Ein Revolutionsgericht verurteilte ihn später wegen Spionage und „Verschwörung gegen die Islamische "
      "Republik“ zu fünf Jahren Haft.")
G7 = "Seine Familie und die französische Regierung haben die Vorwürfe stets als haltlos zurückgewiesen."
G8 = ("Im Januar hatte sich Grondeau erstmals mit einer Audiobotschaft an die Öffentlichkeit gewandt, um auf seine "
      "Lage aufmerksam zu machen.")
G9 = ("Außenminister Jean-Noël Barrot forderte Teheran auf, auch die beiden noch inhaftierten Franzosen Cécile Kohler "
      "und Jacques Paris unverzüglich freizulassen.")
G10 = ("Sie seien „Staatsgeiseln“, die unter unwürdigen Bedingungen im Teheraner Evin-Gefängnis festgehalten würden, "
       "sagte Barrot dem Sender France Inter.")
G11 = "Die Lehrerin und ihr Lebensgefährte waren im Mai 2022 am Ende einer Urlaubsreise festgenommen worden."
G12 = "Teheran weist den Vorwurf der Geiseldiplomatie zurück."
G13 = "Außenamtssprecher Esmaeil Baghaei sagte, die Freilassung Grondeaus sei aus humanitären Gründen erfolgt."
G14 = "Zugleich verlangte er erneut die Freilassung der in Frankreich festgenommenen Iranerin Mahdieh Esfandiari."
G15 = "Die Studentin war im Februar in Lyon wegen Terrorverherrlichung im Internet in Gewahrsam genommen worden."
G16 = "Die Beziehungen zwischen Paris und Teheran sind auch wegen des Atomstreits angespannt."
G17 = ("Frankreich, Großbritannien und Deutschland drohen damit, die ausgesetzten UN-Sanktionen gegen Iran wieder in "
       "Kraft setzen zu lassen, sollte es bis zum Sommer keine Einigung geben.")
G18 = "Das Außenministerium in Paris rät weiterhin dringend von Reisen nach Iran ab."

DE02 = {
    "id": "hm425-de-02", "lang": "de", "url": None, "published": "2025-03-21",
    "title": "Iran lässt Franzosen Olivier Grondeau frei",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15],
                       [G16, G17, G18]),
    "events": [
        event("RETREAT", IRN_GOV, GRONDEAU, G1, mode="release"),
        event("COERCE", IRN_SECURITY, GRONDEAU, G5, mode="arrest", location="Shiraz", location_country="IRN"),
        event("SANCTION", IRN_REV_COURT, GRONDEAU, G6, mode="convict"),
        event("REQUEST", BARROT, IRN_GOV, G9, mode="yield"),
        event("ACCUSE", BARROT, IRN_GOV, G10, mode="allege"),
        event("COERCE", IRN_SECURITY, KOHLER, G11, mode="arrest"),
        event("COERCE", IRN_SECURITY, JPARIS, G11, mode="arrest"),
        event("RETREAT", IRN_GOV, GRONDEAU, G13, mode="release"),
        event("REQUEST", BAGHAEI, FRA_GOV, G14, mode="yield"),
        event("COERCE", FRA_POLICE, ESFANDIARI, G15, mode="arrest", location="Lyon", location_country="FRA"),
        event("THREATEN", FRA_GOV, IRN_GOV, G17),
        event("THREATEN", GBR_GOV2, IRN_GOV, G17),
        event("THREATEN", DEU_GOV, IRN_GOV, G17),
    ],
    "quotes": [
        quote("Olivier Grondeau ist frei", "Emmanuel Macron", "direct"),
        quote("Der 34-Jährige sei bereits auf dem Weg nach Frankreich und werde dort von seiner Familie erwartet",
              "Emmanuel Macron", "indirect"),
        quote("Verschwörung gegen die Islamische Republik", "Revolutionary Court of Iran", "direct"),
        quote("Staatsgeiseln", "Jean-Noël Barrot", "direct"),
        quote("Sie seien „Staatsgeiseln“, die unter unwürdigen Bedingungen im Teheraner Evin-Gefängnis festgehalten "
              "würden", "Jean-Noël Barrot", "indirect"),
        quote("die Freilassung Grondeaus sei aus humanitären Gründen erfolgt", "Esmaeil Baghaei", "indirect"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Olivier Grondeau", "PER", "FRA", ["der Franzose Olivier Grondeau", "Olivier Grondeau",
                                                  "Der 34-Jährige", "Grondeau", "ihn", "Grondeaus"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "der Staatschef", "Macron"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("family of Olivier Grondeau", "PER", "FRA", ["seiner Familie", "Seine Familie"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Shiraz", "LOC", "IRN", ["der Stadt Schiras"]),
        entity("Revolutionary Court of Iran", "ORG", "IRN", ["Ein Revolutionsgericht"]),
        entity("Government of Iran", "ORG", "IRN", ["die Islamische Republik", "Teheran", "Iran"]),
        entity("Government of France", "ORG", "FRA", ["die französische Regierung", "Paris", "Frankreich"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["Außenminister Jean-Noël Barrot", "Barrot"]),
        entity("Cécile Kohler", "PER", "FRA", ["die beiden noch inhaftierten Franzosen Cécile Kohler und Jacques Paris",
                                               "Cécile Kohler", "Sie", "Die Lehrerin"]),
        entity("Jacques Paris", "PER", "FRA", ["die beiden noch inhaftierten Franzosen Cécile Kohler und Jacques Paris",
                                               "Jacques Paris", "Sie", "ihr Lebensgefährte"]),
        entity("Evin Prison", "LOC", "IRN", ["im Teheraner Evin-Gefängnis"]),
        entity("France Inter", "ORG", "FRA", ["dem Sender France Inter"]),
        entity("Esmaeil Baghaei", "PER", "IRN", ["Außenamtssprecher Esmaeil Baghaei", "er"]),
        entity("Mahdieh Esfandiari", "PER", "IRN", ["der in Frankreich festgenommenen Iranerin Mahdieh Esfandiari",
                                                    "Die Studentin"]),
        entity("Lyon", "LOC", "FRA", ["Lyon"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Großbritannien"]),
        entity("Government of Germany", "ORG", "DEU", ["Deutschland"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA", ["Das Außenministerium in Paris"]),
    ],
}

# ---------------------------------------------------------------- hm425-de-03 (Israel/Egypt, Leviathan gas deal)
LEVIATHAN = actor("Leviathan consortium", "ISR", "BUS")
BLUE_OCEAN = actor("Blue Ocean Energy", "EGY", "BUS")
COHEN = actor("Eli Cohen", "ISR", "GOV")
EGY_MFA = actor("Ministry of Foreign Affairs of Egypt", "EGY", "GOV")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
ISR_GOV3 = actor("Government of Israel", "ISR", "GOV")

L1 = ("Tel Aviv/Kairo (dpa) - Die Betreiber des israelischen Gasfelds Leviathan haben mit einem ägyptischen Abnehmer "
      "das größte Exportgeschäft in der Geschichte Israels vereinbart.")
L2 = ("Das Konsortium werde bis 2040 rund 130 Milliarden Kubikmeter Gas an das Unternehmen Blue Ocean Energy "
      "verkaufen, teilte der Partner NewMed Energy am Donnerstag der Börse in Tel Aviv mit.")
L3 = "Der Wert des Geschäfts liege bei etwa 35 Milliarden Dollar."
L4 = ("Die Vereinbarung erweitert einen Liefervertrag aus dem Jahr 2019; seit Anfang 2020 fließt Gas aus dem "
      "Mittelmeer über eine Pipeline nach Ägypten.")
L5 = "Energieminister Eli Cohen sprach von einem „historischen Tag“ für die israelische Wirtschaft."
L6 = ("Das Geschäft werde Milliarden in die Staatskasse spülen und Israels Rolle als Energielieferant in der Region "
      "stärken, sagte der Likud-Politiker.")
L7 = "Die Versorgung des heimischen Marktes habe aber weiterhin Vorrang, betonte Cohen."
L8 = "In Kairo fiel die Reaktion verhaltener aus."
L9 = ("Der Leiter des staatlichen Informationsdienstes, Diaa Rashwan, betonte, es handle sich um ein rein "
      "kommerzielles Geschäft privater Firmen ohne politische Dimension.")
L10 = "Berichte, wonach Kairo damit politische Zugeständnisse an Israel mache, wies er als „Lügen“ zurück."
L11 = ("Ägypten kämpft seit zwei Jahren mit Gasmangel und Stromausfällen und ist zunehmend auf Importe "
       "angewiesen.")
L12 = ("Während des Kriegs zwischen Israel und Iran im Juni war die Förderung in Leviathan vorübergehend gestoppt "
       "worden, mehrere ägyptische Düngemittelfabriken mussten daraufhin ihre Produktion drosseln.")
L13 = "Das Geschäft fällt in eine Zeit großer Spannungen zwischen beiden Ländern."
L14 = ("Das ägyptische Außenministerium warf Israel erst am Mittwoch vor, Hunger im Gazastreifen gezielt als Waffe "
       "einzusetzen.")
L15 = ("Kairo fordert zudem ein sofortiges Ende der Kämpfe und lehnt jede Vertreibung von Palästinensern auf die "
       "Sinai-Halbinsel ab.")
L16 = ("Bereits im vergangenen Jahr hatte Ägypten Israel vorgeworfen, mit der Einnahme des Grenzstreifens zwischen "
       "Gaza und Ägypten, des sogenannten Philadelphi-Korridors, gegen den Friedensvertrag von 1979 zu verstoßen.")

DE03 = {
    "id": "hm425-de-03", "lang": "de", "url": None, "published": "2025-08-08",
    "title": "Israel vereinbart Gasgeschäft über 35 Milliarden Dollar mit Ägypten",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9, L10, L11, L12], [L13, L14, L15, L16]),
    "events": [
        event("AGREE", LEVIATHAN, BLUE_OCEAN, L1),
        event("AGREE", LEVIATHAN, BLUE_OCEAN, L2, date="2025-08-07"),
        event("SUPPORT", COHEN, LEVIATHAN, L5),
        event("ACCUSE", EGY_MFA, ISR_GOV3, L14, mode="allege", date="2025-08-06"),
        event("REQUEST", EGY_GOV, ISR_GOV3, L15),
        event("REJECT", EGY_GOV, ISR_GOV3, L15),
        event("ACCUSE", EGY_GOV, ISR_GOV3, L16, mode="allege"),
    ],
    "quotes": [
        quote("Das Konsortium werde bis 2040 rund 130 Milliarden Kubikmeter Gas an das Unternehmen Blue Ocean Energy "
              "verkaufen", "NewMed Energy", "indirect"),
        quote("Der Wert des Geschäfts liege bei etwa 35 Milliarden Dollar", "NewMed Energy", "indirect"),
        quote("historischen Tag", "Eli Cohen", "direct"),
        quote("Das Geschäft werde Milliarden in die Staatskasse spülen und Israels Rolle als Energielieferant in der "
              "Region stärken", "Eli Cohen", "indirect"),
        quote("Die Versorgung des heimischen Marktes habe aber weiterhin Vorrang", "Eli Cohen", "indirect"),
        quote("es handle sich um ein rein kommerzielles Geschäft privater Firmen ohne politische Dimension",
              "Diaa Rashwan", "indirect"),
        quote("Lügen", "Diaa Rashwan", "direct"),
        quote("Hunger im Gazastreifen gezielt als Waffe einzusetzen", "Ministry of Foreign Affairs of Egypt",
              "indirect"),
        quote("mit der Einnahme des Grenzstreifens zwischen Gaza und Ägypten, des sogenannten Philadelphi-Korridors, "
              "gegen den Friedensvertrag von 1979 zu verstoßen", "Government of Egypt", "indirect"),
    ],
    "entities": [
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Leviathan consortium", "ORG", "ISR", ["Die Betreiber des israelischen Gasfelds Leviathan",
                                                      "Das Konsortium"]),
        entity("Leviathan gas field", "LOC", "ISR", ["des israelischen Gasfelds Leviathan", "Leviathan"]),
        entity("Blue Ocean Energy", "ORG", "EGY", ["einem ägyptischen Abnehmer", "das Unternehmen Blue Ocean Energy"]),
        entity("Israel", "LOC", "ISR", ["Israels", "Israel"]),
        entity("NewMed Energy", "ORG", "ISR", ["der Partner NewMed Energy"]),
        entity("Tel Aviv Stock Exchange", "ORG", "ISR", ["der Börse in Tel Aviv"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Mediterranean Sea", "LOC", None, ["dem Mittelmeer"]),
        entity("Eli Cohen", "PER", "ISR", ["Energieminister Eli Cohen", "der Likud-Politiker", "Cohen"]),
        entity("Likud", "ORG", "ISR", ["Likud"]),
        entity("State Information Service of Egypt", "ORG", "EGY", ["des staatlichen Informationsdienstes"]),
        entity("Diaa Rashwan", "PER", "EGY", ["Der Leiter des staatlichen Informationsdienstes, Diaa Rashwan", "er"]),
        entity("Government of Egypt", "ORG", "EGY", ["Kairo", "Ägypten"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["Das ägyptische Außenministerium"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen", "Gaza"]),
        entity("Palestinians", "PER", "PSE", ["Palästinensern"]),
        entity("Sinai Peninsula", "LOC", "EGY", ["die Sinai-Halbinsel"]),
        entity("Philadelphi Corridor", "LOC", "PSE", ["des Grenzstreifens zwischen Gaza und Ägypten",
                                                      "des sogenannten Philadelphi-Korridors"]),
        entity("Egypt-Israel peace treaty", "MISC", None, ["den Friedensvertrag von 1979"]),
    ],
}

# ---------------------------------------------------------------- hm425-de-04 (Iran/EU/GCC, islands statement)
IRN_GOV4 = actor("Government of Iran", "IRN", "GOV")
EU = actor("European Union", "EUR", "IGO")
GCC = actor("Gulf Cooperation Council", "IGO", "IGO")
ARE_GOV = actor("Government of the United Arab Emirates", "ARE", "GOV")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
BAGHAEI4 = actor("Esmaeil Baghaei", "IRN", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
IRGC_NAVY = actor("Islamic Revolutionary Guard Corps Navy", "IRN", "MIL")
SAU_GOV4 = actor("Government of Saudi Arabia", "SAU", "GOV")

I1 = ("Teheran (dpa) - Im Streit um drei Inseln im Persischen Golf hat Iran den ungarischen Botschafter als Vertreter "
      "der EU-Ratspräsidentschaft einbestellt.")
I2 = ("Anlass ist die Abschlusserklärung des ersten Gipfeltreffens der Europäischen Union mit dem "
      "Golf-Kooperationsrat (GCC) am Mittwoch in Brüssel.")
I3 = ("Darin hatten beide Seiten Iran aufgefordert, die „Besetzung“ der Inseln Große Tunb, Kleine Tunb und Abu Musa "
      "zu beenden.")
I4 = ("Zudem unterstützten sie das Angebot der Vereinigten Arabischen Emirate, den Streit durch direkte "
      "Verhandlungen oder vor dem Internationalen Gerichtshof beizulegen.")
I5 = ("Die Inseln seien „untrennbarer und ewiger Bestandteil“ Irans, erklärte Außenminister Abbas Araghchi auf der "
      "Plattform X.")
I6 = "Teheran werde über seine Souveränität mit niemandem verhandeln, fügte er hinzu."
I7 = ("Außenamtssprecher Esmaeil Baghaei warf der EU vor, sich mit der Erklärung in die inneren Angelegenheiten der "
      "Region einzumischen.")
I8 = ("Die EU forderte Teheran in dem Dokument außerdem auf, die Lieferung von Drohnen und Raketen an Russland für "
      "den Krieg gegen die Ukraine einzustellen.")
I9 = "Iran bestreitet, Russland mit ballistischen Raketen zu beliefern."
I10 = "Die Vereinigten Arabischen Emirate begrüßten die Unterstützung ihrer europäischen und arabischen Partner."
I11 = ("Die drei Inseln nahe der Straße von Hormus stehen seit 1971 unter iranischer Kontrolle, kurz bevor die "
       "Emirate ihre Unabhängigkeit von Großbritannien erlangten.")
I12 = "Abu Dhabi beansprucht sie seither für sich."
I13 = ("Bereits im Juli vergangenen Jahres hatte Teheran den russischen Botschafter einbestellt, nachdem sich Moskau "
       "in einer gemeinsamen Erklärung mit den Golfstaaten ähnlich geäußert hatte.")
I14 = ("Die Marine der Revolutionsgarden hielt im September Manöver rund um die Inseln ab und testete dabei nach "
       "eigenen Angaben auch Raketen.")
I15 = ("Die Spannungen zwischen Iran und den Golfmonarchien hatten zuletzt nachgelassen, nachdem sich Teheran und "
       "Riad im März 2023 unter chinesischer Vermittlung auf die Wiederaufnahme ihrer diplomatischen Beziehungen "
       "geeinigt hatten.")

DE04 = {
    "id": "hm425-de-04", "lang": "de", "url": None, "published": "2024-10-18",
    "title": "Inselstreit: Iran bestellt ungarischen Botschafter ein",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10], [I11, I12, I13, I14, I15]),
    "events": [
        event("ACCUSE", IRN_GOV4, EU, I1, mode="disapprove"),
        event("CONSULT", GCC, EU, I2, mode="multilateral", date="2024-10-16", location="Brussels",
              location_country="BEL"),
        event("REQUEST", EU, IRN_GOV4, I3, mode="yield"),
        event("REQUEST", GCC, IRN_GOV4, I3, mode="yield"),
        event("SUPPORT", EU, ARE_GOV, I4),
        event("SUPPORT", GCC, ARE_GOV, I4),
        event("REJECT", ARAGHCHI, ARE_GOV, I6, mode="meet"),
        event("ACCUSE", BAGHAEI4, EU, I7, mode="disapprove"),
        event("REQUEST", EU, IRN_GOV4, I8, mode="change"),
        event("SUPPORT", ARE_GOV, EU, I10),
        event("SUPPORT", ARE_GOV, GCC, I10),
        event("ACCUSE", IRN_GOV4, RUS_GOV, I13, mode="disapprove"),
        event("MOBILIZE", IRGC_NAVY, None, I14, mode="troops"),
        event("AGREE", IRN_GOV4, SAU_GOV4, I15),
    ],
    "quotes": [
        quote("Besetzung", "European Union and Gulf Cooperation Council", "direct"),
        quote("untrennbarer und ewiger Bestandteil", "Abbas Araghchi", "direct"),
        quote("Die Inseln seien „untrennbarer und ewiger Bestandteil“ Irans", "Abbas Araghchi", "indirect"),
        quote("Teheran werde über seine Souveränität mit niemandem verhandeln", "Abbas Araghchi", "indirect"),
        quote("sich mit der Erklärung in die inneren Angelegenheiten der Region einzumischen", "Esmaeil Baghaei",
              "indirect"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Persian Gulf", "LOC", None, ["im Persischen Golf"]),
        entity("Government of Iran", "ORG", "IRN", ["Iran", "Teheran"]),
        entity("Iran", "LOC", "IRN", ["Irans"]),
        entity("Ambassador of Hungary to Iran", "PER", "HUN", ["den ungarischen Botschafter"]),
        entity("Hungarian Presidency of the Council of the European Union", "ORG", "EUR", ["der EU-Ratspräsidentschaft"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union", "der EU", "Die EU"]),
        entity("Gulf Cooperation Council", "ORG", "IGO", ["dem Golf-Kooperationsrat (GCC)"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Greater Tunb", "LOC", "IRN", ["Große Tunb"]),
        entity("Lesser Tunb", "LOC", "IRN", ["Kleine Tunb"]),
        entity("Abu Musa", "LOC", "IRN", ["Abu Musa"]),
        entity("Government of the United Arab Emirates", "ORG", "ARE", ["der Vereinigten Arabischen Emirate",
                                                                        "Die Vereinigten Arabischen Emirate",
                                                                        "Abu Dhabi"]),
        entity("United Arab Emirates", "LOC", "ARE", ["die Emirate"]),
        entity("International Court of Justice", "ORG", "UNO", ["dem Internationalen Gerichtshof"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Außenminister Abbas Araghchi", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Esmaeil Baghaei", "PER", "IRN", ["Außenamtssprecher Esmaeil Baghaei"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Strait of Hormuz", "LOC", None, ["der Straße von Hormus"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Ambassador of Russia to Iran", "PER", "RUS", ["den russischen Botschafter"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Gulf states", "ORG", "IGO", ["den Golfstaaten", "den Golfmonarchien"]),
        entity("Islamic Revolutionary Guard Corps Navy", "ORG", "IRN", ["Die Marine der Revolutionsgarden"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Riad"]),
    ],
}

# ---------------------------------------------------------------- hm425-en-01 (Kuwait/Saudi Arabia/Iran, Dorra field)
KWT_GOV = actor("Government of Kuwait", "KWT", "GOV")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
IRN_GOV5 = actor("Government of Iran", "IRN", "GOV")
BARRAK = actor("Saad Al-Barrak", "KWT", "GOV")
OWJI = actor("Javad Owji", "IRN", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
SAU_MFA = actor("Ministry of Foreign Affairs of Saudi Arabia", "SAU", "GOV")
ALBUDAIWI = actor("Jasem Albudaiwi", "IGO", "IGO")
SALEM = actor("Salem Abdullah Al-Jaber Al-Sabah", "KWT", "GOV")
AMIRABDOLLAHIAN = actor("Hossein Amirabdollahian", "IRN", "GOV")

K1 = ("KUWAIT CITY (AP) — Kuwait will begin drilling and production at the offshore Dorra gas field without waiting "
      "for a maritime border deal with Iran, the country's oil minister said Sunday, rejecting Tehran's claim to part "
      "of the field.")
K2 = ("\"This is not a disputed field, it is a Kuwaiti and Saudi field,\" Deputy Prime Minister and Oil Minister Saad "
      "Al-Barrak told the Kuwaiti newspaper Al-Qabas.")
K3 = ("He said the two Gulf neighbors held exclusive rights to the natural resources of the area and would develop "
      "them together.")
K4 = "Iran, which calls the field Arash, says part of it lies in its waters."
K5 = ("Iranian Oil Minister Javad Owji warned earlier this month that Tehran would pursue its rights and was prepared "
      "to start drilling if the two countries went ahead alone.")
K6 = ("Foreign Ministry spokesman Nasser Kanaani on Monday called on Kuwait to settle the issue through negotiations "
      "and accused it of taking \"unilateral\" steps.")
K7 = ("Saudi Arabia's Foreign Ministry said in a statement that ownership of the field's resources belonged "
      "exclusively to the kingdom and Kuwait.")
K8 = ("It renewed its call on Tehran to negotiate the eastern limit of the shared offshore zone with Kuwait and Saudi "
      "Arabia as a single party.")
K9 = ("The Gulf Cooperation Council's secretary-general, Jasem Albudaiwi, voiced the bloc's full support for the two "
      "member states.")
K10 = "Kuwait and Saudi Arabia agreed in March 2022 to develop the field jointly."
K11 = ("The field is expected to produce 1 billion cubic feet of natural gas and 84,000 barrels of condensate a "
       "day.")
K12 = "Kuwaiti and Iranian officials last met on the border issue in Tehran in March, without result."
K13 = ("Kuwait's foreign minister, Sheikh Salem Abdullah Al-Jaber Al-Sabah, discussed the field with his Iranian "
       "counterpart Hossein Amirabdollahian by phone last week, the state news agency KUNA reported.")
K14 = "Amirabdollahian told him that Tehran was ready to resume technical talks, according to KUNA."
K15 = ("Tehran has so far not summoned Kuwait's ambassador over the oil minister's remarks, according to Iranian "
       "state media.")

EN01 = {
    "id": "hm425-en-01", "lang": "en", "url": None, "published": "2023-07-31",
    "title": "Kuwait to drill at disputed Dorra gas field without deal with Iran",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9, K10, K11], [K12, K13, K14, K15]),
    "events": [
        event("REJECT", BARRAK, IRN_GOV5, K1, date="2023-07-30"),
        event("THREATEN", OWJI, KWT_GOV, K5),
        event("THREATEN", OWJI, SAU_GOV, K5),
        event("REQUEST", KANAANI, KWT_GOV, K6, mode="meet", date="2023-07-31"),
        event("ACCUSE", KANAANI, KWT_GOV, K6, mode="disapprove", date="2023-07-31"),
        event("REQUEST", SAU_MFA, IRN_GOV5, K8, mode="meet"),
        event("SUPPORT", ALBUDAIWI, KWT_GOV, K9),
        event("SUPPORT", ALBUDAIWI, SAU_GOV, K9),
        event("AGREE", KWT_GOV, SAU_GOV, K10),
        event("CONSULT", KWT_GOV, IRN_GOV5, K12, mode="meet", location="Tehran", location_country="IRN"),
        event("CONSULT", SALEM, AMIRABDOLLAHIAN, K13, mode="phone"),
        event("AGREE", AMIRABDOLLAHIAN, SALEM, K14),
        event("ACCUSE", IRN_GOV5, KWT_GOV, K15, mode="disapprove", negated=True),
    ],
    "quotes": [
        quote("Kuwait will begin drilling and production at the offshore Dorra gas field without waiting for a "
              "maritime border deal with Iran", "Saad Al-Barrak", "indirect"),
        quote("This is not a disputed field, it is a Kuwaiti and Saudi field", "Saad Al-Barrak", "direct"),
        quote("the two Gulf neighbors held exclusive rights to the natural resources of the area and would develop "
              "them together", "Saad Al-Barrak", "indirect"),
        quote("part of it lies in its waters", "Government of Iran", "indirect"),
        quote("Tehran would pursue its rights and was prepared to start drilling if the two countries went ahead "
              "alone", "Javad Owji", "indirect"),
        quote("unilateral", "Nasser Kanaani", "direct"),
        quote("ownership of the field's resources belonged exclusively to the kingdom and Kuwait",
              "Ministry of Foreign Affairs of Saudi Arabia", "indirect"),
        quote("Kuwait's foreign minister, Sheikh Salem Abdullah Al-Jaber Al-Sabah, discussed the field with his "
              "Iranian counterpart Hossein Amirabdollahian by phone last week", "Kuwait News Agency", "indirect"),
        quote("Amirabdollahian told him that Tehran was ready to resume technical talks", "Kuwait News Agency",
              "indirect"),
        quote("that Tehran was ready to resume technical talks", "Hossein Amirabdollahian", "indirect"),
        quote("Tehran has so far not summoned Kuwait's ambassador over the oil minister's remarks",
              "Iranian state media", "indirect"),
    ],
    "entities": [
        entity("Kuwait City", "LOC", "KWT", ["KUWAIT CITY"]),
        entity("Government of Kuwait", "ORG", "KWT", ["Kuwait"]),
        entity("Kuwait", "LOC", "KWT", ["Kuwait", "the country's"]),
        entity("Dorra gas field", "LOC", "KWT", ["the offshore Dorra gas field", "the field", "Arash", "it",
                                                "the field's"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Government of Iran", "ORG", "IRN", ["Tehran's", "Tehran", "Iran"]),
        entity("Saad Al-Barrak", "PER", "KWT", ["the country's oil minister", "Deputy Prime Minister and Oil Minister "
                                                "Saad Al-Barrak", "He", "the oil minister's"]),
        entity("Al-Qabas", "ORG", "KWT", ["the Kuwaiti newspaper Al-Qabas"]),
        entity("Javad Owji", "PER", "IRN", ["Iranian Oil Minister Javad Owji"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Foreign Ministry spokesman Nasser Kanaani"]),
        entity("Ministry of Foreign Affairs of Saudi Arabia", "ORG", "SAU", ["Saudi Arabia's Foreign Ministry", "It"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["the kingdom", "Saudi Arabia"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia", "Saudi Arabia's"]),
        entity("Gulf Cooperation Council", "ORG", "IGO", ["The Gulf Cooperation Council's", "the bloc's"]),
        entity("Jasem Albudaiwi", "PER", "IGO", ["The Gulf Cooperation Council's secretary-general, Jasem Albudaiwi"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Salem Abdullah Al-Jaber Al-Sabah", "PER", "KWT",
               ["Kuwait's foreign minister, Sheikh Salem Abdullah Al-Jaber Al-Sabah", "him"]),
        entity("Hossein Amirabdollahian", "PER", "IRN", ["his Iranian counterpart Hossein Amirabdollahian",
                                                         "Amirabdollahian"]),
        entity("Kuwait News Agency", "ORG", "KWT", ["the state news agency KUNA", "KUNA"]),
        entity("Ambassador of Kuwait to Iran", "PER", "KWT", ["Kuwait's ambassador"]),
        entity("Iranian state media", "ORG", "IRN", ["Iranian state media"]),
    ],
}

# ---------------------------------------------------------------- hm425-en-02 (Saudi Arabia/US, Almadi returns)
SAU_GOV6 = actor("Government of Saudi Arabia", "SAU", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
ALMADI = actor("Saad Almadi", "USA", "CVL")
IBRAHIM = actor("Ibrahim Almadi", "USA", "CVL")
TRUMP = actor("Donald Trump", "USA", "GOV")
WITKOFF = actor("Steve Witkoff", "USA", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
SAU_SECURITY = actor("Saudi security forces", "SAU", "COP")
SAU_PROSECUTORS = actor("Public Prosecution of Saudi Arabia", "SAU", "JUD")
SCC = actor("Specialized Criminal Court of Saudi Arabia", "SAU", "JUD")
SAU_APPEALS = actor("Saudi appeals court", "SAU", "JUD")
HRW = actor("Human Rights Watch", "NGO", "NGO")
MBS = actor("Mohammed bin Salman", "SAU", "GOV")
RUS_GOV6 = actor("Government of Russia", "RUS", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")

A1 = ("WASHINGTON (AP) — A 75-year-old American who was jailed in Saudi Arabia over tweets critical of the kingdom's "
      "government has returned home to Florida after Saudi authorities lifted a travel ban that had kept him in the "
      "country for two years, his son said Wednesday.")
A2 = ("Saad Almadi landed in Orlando late Tuesday and was greeted by relatives at the airport, Ibrahim Almadi told "
      "The Associated Press.")
A3 = "\"My father is finally free, and he is home,\" he said."
A4 = ("Ibrahim Almadi thanked President Donald Trump and his special envoy Steve Witkoff for raising the case with "
      "Saudi officials.")
A5 = ("The State Department said it welcomed the decision and would keep working for the release of other Americans "
      "detained abroad.")
A6 = "The Saudi government did not respond to a request for comment."
A7 = ("Almadi, a retired project manager with dual U.S. and Saudi citizenship, was arrested at Riyadh's airport in "
      "November 2021 while visiting family.")
A8 = ("Prosecutors cited 14 tweets he had posted from the United States, some of them criticizing the killing of "
      "journalist Jamal Khashoggi.")
A9 = "The Specialized Criminal Court sentenced him to 16 years in prison in October 2022."
A10 = "An appeals court later raised the sentence to 19 years."
A11 = "He was released in March 2023 but barred from leaving the kingdom."
A12 = "Saudi officials have denied that the kingdom holds anyone for peaceful expression."
A13 = ("Human Rights Watch on Wednesday urged Riyadh to free the dozens of activists, clerics and bloggers who remain "
       "in prison over social media posts.")
A14 = ("Washington never imposed sanctions over Almadi's case, which rights groups had called a test of President Joe "
       "Biden's pledge to put human rights at the center of U.S. policy toward the kingdom.")
A15 = "The release comes as Trump seeks closer ties with the world's largest oil exporter."
A16 = ("Crown Prince Mohammed bin Salman told Trump in a phone call in January that Saudi Arabia planned to invest "
       "$600 billion in the United States over four years.")
A17 = "Trump has said his first foreign trip of his second term is likely to be to Saudi Arabia."
A18 = ("The kingdom hosted talks between U.S. and Russian officials in Riyadh in February and between U.S. and "
       "Ukrainian delegations in Jeddah this month.")

EN02 = {
    "id": "hm425-en-02", "lang": "en", "url": None, "published": "2025-03-26",
    "title": "American jailed in Saudi Arabia over tweets returns home after travel ban is lifted",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6], [A7, A8, A9, A10, A11, A12], [A13, A14],
                       [A15, A16, A17, A18]),
    "events": [
        event("RETREAT", SAU_GOV6, ALMADI, A1),
        event("SUPPORT", IBRAHIM, TRUMP, A4),
        event("SUPPORT", IBRAHIM, WITKOFF, A4),
        event("SUPPORT", US_STATE, SAU_GOV6, A5),
        event("COERCE", SAU_SECURITY, ALMADI, A7, mode="arrest", location="Riyadh", location_country="SAU"),
        event("ACCUSE", SAU_PROSECUTORS, ALMADI, A8, mode="allege"),
        event("SANCTION", SCC, ALMADI, A9, mode="convict"),
        event("SANCTION", SAU_APPEALS, ALMADI, A10, mode="convict"),
        event("RETREAT", SAU_GOV6, ALMADI, A11, mode="release"),
        event("COERCE", SAU_GOV6, ALMADI, A11, mode="restrict"),
        event("REQUEST", HRW, SAU_GOV6, A13, mode="yield", date="2025-03-26"),
        event("SANCTION", USA_GOV, SAU_GOV6, A14, negated=True),
        event("CONSULT", MBS, TRUMP, A16, mode="phone"),
        event("AGREE", MBS, TRUMP, A16),
        event("AGREE", TRUMP, SAU_GOV6, A17),
        event("CONSULT", USA_GOV, RUS_GOV6, A18, mode="third-party", location="Riyadh", location_country="SAU"),
        event("CONSULT", USA_GOV, UKR_GOV, A18, mode="third-party", location="Jeddah", location_country="SAU"),
    ],
    "quotes": [
        quote("A 75-year-old American who was jailed in Saudi Arabia over tweets critical of the kingdom's government "
              "has returned home to Florida after Saudi authorities lifted a travel ban that had kept him in the "
              "country for two years", "Ibrahim Almadi", "indirect"),
        quote("Saad Almadi landed in Orlando late Tuesday and was greeted by relatives at the airport",
              "Ibrahim Almadi", "indirect"),
        quote("My father is finally free, and he is home", "Ibrahim Almadi", "direct"),
        quote("it welcomed the decision and would keep working for the release of other Americans detained abroad",
              "United States Department of State", "indirect"),
        quote("that the kingdom holds anyone for peaceful expression", "Saudi officials", "indirect"),
        quote("that Saudi Arabia planned to invest $600 billion in the United States over four years",
              "Mohammed bin Salman", "indirect"),
        quote("his first foreign trip of his second term is likely to be to Saudi Arabia", "Donald Trump",
              "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Saad Almadi", "PER", "USA", ["A 75-year-old American", "him", "Saad Almadi", "My father", "he",
                                             "Almadi", "He", "Almadi's"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia", "the country", "the kingdom",
                                              "the world's largest oil exporter"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["the kingdom's government", "Saudi authorities",
                                                            "The Saudi government", "Saudi officials", "Riyadh",
                                                            "The kingdom"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Ibrahim Almadi", "PER", "USA", ["his son", "Ibrahim Almadi", "he"]),
        entity("Orlando", "LOC", "USA", ["Orlando"]),
        entity("relatives of Saad Almadi", "PER", "USA", ["relatives"]),
        entity("The Associated Press", "ORG", "USA", ["The Associated Press"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "his"]),
        entity("Steve Witkoff", "PER", "USA", ["his special envoy Steve Witkoff"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department", "it"]),
        entity("Americans detained abroad", "PER", "USA", ["other Americans detained abroad"]),
        entity("Riyadh", "LOC", "SAU", ["Riyadh's", "Riyadh"]),
        entity("Public Prosecution of Saudi Arabia", "ORG", "SAU", ["Prosecutors"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Jamal Khashoggi", "PER", "SAU", ["journalist Jamal Khashoggi"]),
        entity("Specialized Criminal Court of Saudi Arabia", "ORG", "SAU", ["The Specialized Criminal Court"]),
        entity("Saudi appeals court", "ORG", "SAU", ["An appeals court"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Saudi activists, clerics and bloggers", "PER", "SAU",
               ["the dozens of activists, clerics and bloggers who remain in prison over social media posts"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("rights groups", "ORG", "NGO", ["rights groups"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden's"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Crown Prince Mohammed bin Salman"]),
        entity("Russian officials", "PER", "RUS", ["Russian officials"]),
        entity("Ukrainian delegation", "ORG", "UKR", ["Ukrainian delegations"]),
        entity("Jeddah", "LOC", "SAU", ["Jeddah"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
