"""Round 287: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023, invented wording and details):
- hm287-de-01: Israel: after Gallant's dismissal, mass protests and a Histadrut general strike; Netanyahu pauses the judicial overhaul, Herzog's demand, Ben-Gvir's national guard deal, the strike called off, Zamir resigns (2023-03-27).
- hm287-de-02: Iran: the Swedish-Iranian Habib Chaab is executed; the judiciary's charges, Billström and Borrell condemn, Djalali's release demanded, Amnesty accuses Tehran, Kanaani accuses Sweden, EU sanctions (2023-05-06).
- hm287-de-03: Lebanon: parliament fails for the twelfth time to elect a president; Azour against Frangieh, Hezbollah and Amal walk out, Geagea, Raad and Bassil trade accusations, Geagea rejects Raad's call for dialogue, Le Drian to visit (2023-06-14).
- hm287-de-04: Iraq/Iran: Shamkhani and al-Araji sign a border security agreement in Baghdad on Iranian Kurdish opposition groups; Sudani receives Shamkhani, the KDPI refuses to bow, earlier IRGC strikes and threats (2023-03-19).
- hm287-en-01: Egypt: al-Sisi wins a third term with 89.6%; Hazem Omar, Mohammed bin Salman and Putin congratulate, rights groups and HRW object, Tantawy's accusations and trial, IMF talks, Cairo rejects displacement into Sinai, Red Crescent aid trucks to Gaza (2023-12-18).
- hm287-en-02: Bahrain/Red Sea: Austin launches Operation Prosperity Guardian against Houthi attacks on shipping and urges more countries to join; Britain and Bahrain sign up, Houthi drone attacks on two ships, BP pauses transits, Bukhaiti threatens, Abdulsalam accuses Washington, no U.S. strikes yet (2023-12-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm287-de-01 (Israel, judicial overhaul paused)
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
GALLANT = actor("Yoav Gallant", "ISR", "GOV")
ISR_PROTESTERS = actor("protesters against the judicial overhaul", "ISR", "CVL")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
ISR_OPP = actor("Israeli opposition", "ISR", "OPP")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
BAR_DAVID = actor("Arnon Bar-David", "ISR", "LAB")
HISTADRUT = actor("Histadrut", "ISR", "LAB")
HERZOG = actor("Isaac Herzog", "ISR", "GOV")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
ZAMIR = actor("Asaf Zamir", "ISR", "GOV")

I1 = ("Tel Aviv (dpa) - Nach einer Nacht landesweiter Massenproteste und einem Generalstreik hat Israels "
      "Ministerpräsident Benjamin Netanjahu den umstrittenen Umbau der Justiz vorerst gestoppt.")
I2 = ("Aus „nationaler Verantwortung“ werde die Abstimmung über die zentralen Gesetze auf die Sommersitzung der "
      "Knesset verschoben, sagte der 73-Jährige am Montagabend in einer Fernsehansprache.")
I3 = ("„Wenn es die Möglichkeit gibt, einen Bürgerkrieg durch Dialog zu verhindern, nehme ich mir als "
      "Ministerpräsident eine Auszeit für den Dialog“, sagte er.")
I4 = ("Netanjahu hatte am Sonntagabend Verteidigungsminister Joav Galant entlassen, der tags zuvor öffentlich eine "
      "Pause des Gesetzgebungsverfahrens gefordert hatte.")
I5 = "Daraufhin gingen noch in der Nacht im ganzen Land Zehntausende Menschen auf die Straße."
I6 = ("In Tel Aviv blockierten Demonstranten die Stadtautobahn Ajalon und entzündeten Feuer, die Polizei setzte "
      "Wasserwerfer ein.")
I7 = ("In Jerusalem durchbrachen Hunderte eine Absperrung vor der Residenz des Regierungschefs, mehrere "
      "Demonstranten wurden festgenommen.")
I8 = ("Am Montagmorgen rief der Vorsitzende des Gewerkschaftsdachverbands Histadrut, Arnon Bar-David, einen "
      "Generalstreik aus.")
I9 = "„Wir sind hier, um diesen Wahnsinn zu stoppen“, sagte der Gewerkschaftschef vor Journalisten."
I10 = ("Der Flughafen Ben Gurion stellte die Abflüge ein, Universitäten, Banken und viele Geschäfte blieben "
       "geschlossen.")
I11 = ("Staatspräsident Izchak Herzog hatte die Regierung bereits am Morgen aufgefordert, das Gesetzgebungsverfahren "
       "„sofort“ zu stoppen.")
I12 = ("Der rechtsextreme Minister für Nationale Sicherheit, Itamar Ben-Gvir, stimmte der Pause erst zu, nachdem "
       "Netanjahu ihm die Gründung einer Nationalgarde unter seiner Kontrolle zugesagt hatte.")
I13 = "Die Histadrut sagte den Streik daraufhin ab."
I14 = ("Aus Protest gegen Galants Entlassung war bereits am Sonntag Israels Generalkonsul in New York, Asaf Zamir, "
       "zurückgetreten.")
I15 = ("Die Reform würde es dem Parlament unter anderem erlauben, Urteile des Obersten Gerichts mit einfacher "
       "Mehrheit aufzuheben.")

DE01 = {
    "id": "hm287-de-01", "lang": "de", "url": None, "published": "2023-03-27",
    "title": "Nach Generalstreik: Netanjahu stoppt Justizreform vorerst",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6, I7], [I8, I9, I10, I11], [I12, I13],
                       [I14, I15]),
    "events": [
        event("CONCEDE", NETANYAHU, ISR_PROTESTERS, I1),
        event("CONCEDE", NETANYAHU, ISR_PROTESTERS, I2, date="2023-03-27"),
        event("AGREE", NETANYAHU, ISR_OPP, I3),
        event("SANCTION", NETANYAHU, GALLANT, I4, mode="expel", date="2023-03-26"),
        event("REQUEST", GALLANT, ISR_GOV, I4, mode="change", date="2023-03-25"),
        event("PROTEST", ISR_PROTESTERS, ISR_GOV, I5, mode="demo"),
        event("PROTEST", ISR_PROTESTERS, ISR_GOV, I6, mode="obstruct", location="Tel Aviv",
              location_country="ISR"),
        event("ASSAULT", ISR_POLICE, ISR_PROTESTERS, I6, mode="crowd-control", location="Tel Aviv",
              location_country="ISR"),
        event("PROTEST", ISR_PROTESTERS, NETANYAHU, I7, mode="demo", location="Jerusalem", location_country="ISR"),
        event("COERCE", ISR_POLICE, ISR_PROTESTERS, I7, mode="arrest", location="Jerusalem",
              location_country="ISR"),
        event("PROTEST", BAR_DAVID, ISR_GOV, I8, mode="strike", date="2023-03-27"),
        event("ACCUSE", BAR_DAVID, ISR_GOV, I9, mode="disapprove"),
        event("REQUEST", HERZOG, ISR_GOV, I11, mode="change", date="2023-03-27"),
        event("AGREE", BEN_GVIR, NETANYAHU, I12),
        event("AGREE", NETANYAHU, BEN_GVIR, I12),
        event("RETREAT", HISTADRUT, ISR_GOV, I13),
        event("RETREAT", ZAMIR, ISR_GOV, I14, mode="resign", date="2023-03-26"),
    ],
    "quotes": [
        quote("nationaler Verantwortung", "Benjamin Netanyahu", "direct"),
        quote("Aus „nationaler Verantwortung“ werde die Abstimmung über die zentralen Gesetze auf die "
              "Sommersitzung der Knesset verschoben", "Benjamin Netanyahu", "indirect"),
        quote("Wenn es die Möglichkeit gibt, einen Bürgerkrieg durch Dialog zu verhindern, nehme ich mir als "
              "Ministerpräsident eine Auszeit für den Dialog", "Benjamin Netanyahu", "direct"),
        quote("Wir sind hier, um diesen Wahnsinn zu stoppen", "Arnon Bar-David", "direct"),
        quote("sofort", "Isaac Herzog", "direct"),
        quote("das Gesetzgebungsverfahren „sofort“ zu stoppen", "Isaac Herzog", "indirect"),
    ],
    "entities": [
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Israel", "LOC", "ISR", ["Israels", "im ganzen Land"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israels Ministerpräsident Benjamin Netanjahu", "der 73-Jährige",
                                                    "Netanjahu", "des Regierungschefs"]),
        entity("Knesset", "ORG", "ISR", ["der Knesset", "dem Parlament"]),
        entity("Yoav Gallant", "PER", "ISR", ["Verteidigungsminister Joav Galant", "Galants"]),
        entity("protesters against the judicial overhaul", "ORG", "ISR", ["Zehntausende Menschen", "Demonstranten",
                                                                          "Hunderte"]),
        entity("Ayalon Highway", "LOC", "ISR", ["die Stadtautobahn Ajalon"]),
        entity("Israel Police", "ORG", "ISR", ["die Polizei"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Prime Minister's Residence (Jerusalem)", "LOC", "ISR", ["der Residenz des Regierungschefs"]),
        entity("Histadrut", "ORG", "ISR", ["des Gewerkschaftsdachverbands Histadrut", "Die Histadrut"]),
        entity("Arnon Bar-David", "PER", "ISR", ["Arnon Bar-David", "der Gewerkschaftschef"]),
        entity("Ben Gurion Airport", "LOC", "ISR", ["Der Flughafen Ben Gurion"]),
        entity("Isaac Herzog", "PER", "ISR", ["Staatspräsident Izchak Herzog"]),
        entity("Government of Israel", "ORG", "ISR", ["die Regierung"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["Der rechtsextreme Minister für Nationale Sicherheit, Itamar "
                                                 "Ben-Gvir"]),
        entity("Israeli National Guard", "ORG", "ISR", ["einer Nationalgarde"]),
        entity("Asaf Zamir", "PER", "ISR", ["Israels Generalkonsul in New York, Asaf Zamir"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Supreme Court of Israel", "ORG", "ISR", ["des Obersten Gerichts"]),
    ],
}

# ---------------------------------------------------------------- hm287-de-02 (Iran, Habib Chaab executed)
IRAN = actor("Iran", "IRN", "GOV")
IRN_JUDICIARY = actor("Judiciary of Iran", "IRN", "JUD")
CHAAB = actor("Habib Chaab", "IRN", "REB")
REV_COURT_TEHRAN = actor("Revolutionary Court of Tehran", "IRN", "JUD")
TUR_POLICE = actor("Turkish police", "TUR", "COP")
CHAAB_SUSPECTS = actor("suspects in the abduction of Habib Chaab", None, "CVL")
BILLSTROM = actor("Tobias Billström", "SWE", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
SWEDEN = actor("Sweden", "SWE", "GOV")
EU = actor("European Union", "EUR", "IGO")
IRN_OFFICIALS = actor("Iranian officials", "IRN", "GOV")

B1 = "Stockholm/Teheran (AFP) - Der Iran hat den schwedisch-iranischen Doppelstaatler Habib Chaab hingerichtet."
B2 = ("Der Anführer einer arabischen Separatistenbewegung sei am Samstagmorgen gehängt worden, meldete das "
      "Justizportal Misan.")
B3 = ("Die iranische Justiz wirft ihm vor, als Chef der Gruppe Harakat al-Nidal Anschläge in der Provinz Chusestan "
      "geplant zu haben, darunter den Angriff auf eine Militärparade in Ahwas im Jahr 2018 mit 25 Toten.")
B4 = "Ein Revolutionsgericht in Teheran hatte ihn im Dezember wegen „Korruption auf Erden“ zum Tode verurteilt."
B5 = ("Chaab, der seit Jahren in Schweden lebte, war im Oktober 2020 bei einer Reise nach Istanbul verschwunden und "
      "wenig später in iranischem Gewahrsam wieder aufgetaucht.")
B6 = ("Die türkische Polizei nahm damals mehrere Verdächtige fest, die ihn im Auftrag des iranischen Geheimdienstes "
      "in den Iran verschleppt haben sollen.")
B7 = ("„Die Todesstrafe ist eine unmenschliche und unumkehrbare Strafe, und Schweden verurteilt sie gemeinsam mit "
      "der EU unter allen Umständen“, erklärte der schwedische Außenminister Tobias Billström am Samstag.")
B8 = ("Auch der EU-Außenbeauftragte Josep Borrell verurteilte die Hinrichtung und forderte die Islamische Republik "
      "auf, keine weiteren Todesurteile zu vollstrecken.")
B9 = ("Sorge bereitet der schwedischen Regierung zudem das Schicksal des schwedisch-iranischen Notfallmediziners "
       "Ahmadreza Djalali, der seit 2016 im Iran inhaftiert ist und ebenfalls in der Todeszelle sitzt.")
B10 = "Billström forderte erneut seine Freilassung."
B11 = ("Amnesty International warf der iranischen Führung vor, die Todesstrafe gezielt zur Einschüchterung der "
       "Bevölkerung einzusetzen.")
B12 = ("Nach Angaben der Organisation Iran Human Rights wurden im Iran seit Jahresbeginn fast 200 Menschen "
       "hingerichtet.")
B13 = ("Irans Außenamtssprecher Nasser Kanaani hatte Schweden bereits in der vergangenen Woche eine Einmischung in "
       "die inneren Angelegenheiten seines Landes vorgeworfen.")
B14 = ("Die Europäische Union hatte erst im April weitere Sanktionen gegen iranische Funktionäre wegen der "
       "gewaltsamen Niederschlagung der landesweiten Proteste verhängt.")

DE02 = {
    "id": "hm287-de-02", "lang": "de", "url": None, "published": "2023-05-06",
    "title": "Iran richtet schwedisch-iranischen Aktivisten Chaab hin",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6], [B7, B8], [B9, B10, B11, B12], [B13, B14]),
    "events": [
        event("ASSAULT", IRAN, CHAAB, B1, mode="execute"),
        event("ASSAULT", IRN_JUDICIARY, CHAAB, B2, mode="execute", date="2023-05-06"),
        event("ACCUSE", IRN_JUDICIARY, CHAAB, B3, mode="allege"),
        event("SANCTION", REV_COURT_TEHRAN, CHAAB, B4, mode="convict", location="Tehran", location_country="IRN"),
        event("COERCE", TUR_POLICE, CHAAB_SUSPECTS, B6, mode="arrest"),
        event("ACCUSE", BILLSTROM, IRAN, B7, mode="disapprove", date="2023-05-06"),
        event("ACCUSE", BORRELL, IRAN, B8, mode="disapprove"),
        event("REQUEST", BORRELL, IRAN, B8, mode="change"),
        event("REQUEST", BILLSTROM, IRAN, B10, mode="yield"),
        event("ACCUSE", AMNESTY, IRAN, B11, mode="allege"),
        event("ACCUSE", KANAANI, SWEDEN, B13, mode="allege"),
        event("SANCTION", EU, IRN_OFFICIALS, B14),
    ],
    "quotes": [
        quote("Der Anführer einer arabischen Separatistenbewegung sei am Samstagmorgen gehängt worden", "Mizan",
              "indirect"),
        quote("als Chef der Gruppe Harakat al-Nidal Anschläge in der Provinz Chusestan geplant zu haben, darunter den "
              "Angriff auf eine Militärparade in Ahwas im Jahr 2018 mit 25 Toten", "Judiciary of Iran", "indirect"),
        quote("Korruption auf Erden", "Revolutionary Court of Tehran", "direct"),
        quote("Die Todesstrafe ist eine unmenschliche und unumkehrbare Strafe, und Schweden verurteilt sie gemeinsam "
              "mit der EU unter allen Umständen", "Tobias Billström", "direct"),
        quote("keine weiteren Todesurteile zu vollstrecken", "Josep Borrell", "indirect"),
        quote("die Todesstrafe gezielt zur Einschüchterung der Bevölkerung einzusetzen", "Amnesty International",
              "indirect"),
        quote("wurden im Iran seit Jahresbeginn fast 200 Menschen hingerichtet", "Iran Human Rights", "indirect"),
        quote("eine Einmischung in die inneren Angelegenheiten seines Landes", "Nasser Kanaani", "indirect"),
    ],
    "entities": [
        entity("Stockholm", "LOC", "SWE", ["Stockholm"]),
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Iran", "LOC", "IRN", ["Der Iran", "den Iran", "im Iran", "Irans", "seines Landes"]),
        entity("Habib Chaab", "PER", "IRN", ["den schwedisch-iranischen Doppelstaatler Habib Chaab",
                                             "Der Anführer einer arabischen Separatistenbewegung", "Chaab"]),
        entity("Mizan", "ORG", "IRN", ["das Justizportal Misan"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["Die iranische Justiz"]),
        entity("Arab Struggle Movement for the Liberation of Ahvaz", "ORG", "IRN",
               ["einer arabischen Separatistenbewegung", "der Gruppe Harakat al-Nidal"]),
        entity("Khuzestan", "LOC", "IRN", ["der Provinz Chusestan"]),
        entity("Ahvaz", "LOC", "IRN", ["Ahwas"]),
        entity("Revolutionary Court of Tehran", "ORG", "IRN", ["Ein Revolutionsgericht in Teheran"]),
        entity("Sweden", "LOC", "SWE", ["Schweden"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Turkish police", "ORG", "TUR", ["Die türkische Polizei"]),
        entity("suspects in the abduction of Habib Chaab", "PER", None, ["mehrere Verdächtige"]),
        entity("Ministry of Intelligence of Iran", "ORG", "IRN", ["des iranischen Geheimdienstes"]),
        entity("Tobias Billström", "PER", "SWE", ["der schwedische Außenminister Tobias Billström", "Billström"]),
        entity("European Union", "ORG", "EUR", ["EU", "Die Europäische Union"]),
        entity("Josep Borrell", "PER", "EUR", ["der EU-Außenbeauftragte Josep Borrell"]),
        entity("Government of Iran", "ORG", "IRN", ["die Islamische Republik", "der iranischen Führung"]),
        entity("Government of Sweden", "ORG", "SWE", ["der schwedischen Regierung"]),
        entity("Ahmadreza Djalali", "PER", "IRN", ["des schwedisch-iranischen Notfallmediziners Ahmadreza Djalali"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Iran Human Rights", "ORG", "NGO", ["der Organisation Iran Human Rights"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Irans Außenamtssprecher Nasser Kanaani"]),
        entity("Iranian officials", "ORG", "IRN", ["iranische Funktionäre"]),
    ],
}

# ---------------------------------------------------------------- hm287-de-03 (Lebanon, failed presidential vote)
LF = actor("Lebanese Forces", "LBN", "PTY")
FPM = actor("Free Patriotic Movement", "LBN", "PTY")
HEZBOLLAH = actor("Hezbollah", "LBN", "PTY")
AMAL = actor("Amal Movement", "LBN", "PTY")
AZOUR = actor("Jihad Azour", "LBN", "CVL")
FRANGIEH = actor("Suleiman Frangieh", "LBN", "PTY")
GEAGEA = actor("Samir Geagea", "LBN", "PTY")
RAAD = actor("Mohammad Raad", "LBN", "LEG")
LBN_BLOCS = actor("other parliamentary blocs of Lebanon", "LBN", "LEG")
BASSIL = actor("Gebran Bassil", "LBN", "PTY")
BERRI = actor("Nabih Berri", "LBN", "LEG")
LE_DRIAN = actor("Jean-Yves Le Drian", "FRA", "GOV")
LBN_FORCES = actor("Lebanese political forces", "LBN", "PTY")

L1 = ("Beirut (dpa) - Das libanesische Parlament ist auch im zwölften Anlauf daran gescheitert, einen neuen "
      "Staatspräsidenten zu wählen.")
L2 = ("Im ersten Wahlgang erhielt der frühere Finanzminister Dschihad Asur am Mittwoch 59 Stimmen, der frühere "
      "Minister Suleiman Frangieh kam auf 51 Stimmen.")
L3 = "Für einen Sieg in der ersten Runde wären 86 der 128 Stimmen nötig gewesen."
L4 = ("Asur, der beim Internationalen Währungsfonds die Abteilung für den Nahen Osten leitet, wird von den "
      "christlichen Parteien Forces Libanaises und Freie Patriotische Bewegung unterstützt.")
L5 = ("Der 57-jährige Frangieh ist der Kandidat der schiitischen Hisbollah und der Amal-Bewegung von "
      "Parlamentspräsident Nabih Berri.")
L6 = ("Vor dem zweiten Wahlgang, für den eine absolute Mehrheit von 65 Stimmen gereicht hätte, verließen die "
      "Abgeordneten beider Parteien den Saal.")
L7 = "Damit war das Parlament nicht mehr beschlussfähig, Berri schloss die Sitzung, ohne einen neuen Termin zu nennen."
L8 = ("Der Chef der Forces Libanaises, Samir Geagea, warf der Hisbollah vor, die Wahl durch „Erpressung“ zu "
      "blockieren.")
L9 = "„Sie wollen entweder ihren Kandidaten oder gar keinen Präsidenten“, sagte er."
L10 = ("Der Fraktionschef der Hisbollah, Mohammed Raad, nannte Asur dagegen einen „Kandidaten der "
       "Konfrontation“.")
L11 = "Raad rief die übrigen Fraktionen zu einem Dialog ohne Vorbedingungen auf."
L12 = "Geagea lehnt einen solchen Dialog ab, solange die Hisbollah an Frangieh festhält."
L13 = ("Der Chef der Freien Patriotischen Bewegung, Gebran Bassil, warf Berri vor, mit dem Abbruch der Sitzung gegen "
       "die Verfassung verstoßen zu haben.")
L14 = ("Das Präsidentenamt ist seit dem Ende der Amtszeit von Michel Aoun Ende Oktober vergangenen Jahres "
       "unbesetzt.")
L15 = ("Seither führt eine geschäftsführende Regierung unter Ministerpräsident Nadschib Mikati mit eingeschränkten "
       "Befugnissen die Geschäfte.")
L16 = ("Frankreichs Präsident Emmanuel Macron hatte vergangene Woche seinen früheren Außenminister Jean-Yves Le Drian "
       "zum Sondergesandten für den Libanon ernannt.")
L17 = ("Le Drian werde in der kommenden Woche nach Beirut reisen und mit allen politischen Kräften sprechen, teilte "
       "der Élysée-Palast mit.")
L18 = ("Internationale Geldgeber machen Hilfen für das von einer schweren Wirtschaftskrise getroffene Land von "
       "Reformen abhängig, die ohne Präsidenten kaum vorankommen.")

DE03 = {
    "id": "hm287-de-03", "lang": "de", "url": None, "published": "2023-06-14",
    "title": "Libanon: Auch zwölfte Präsidentenwahl im Parlament gescheitert",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10, L11, L12, L13], [L14, L15],
                       [L16, L17, L18]),
    "events": [
        event("SUPPORT", LF, AZOUR, L4),
        event("SUPPORT", FPM, AZOUR, L4),
        event("SUPPORT", HEZBOLLAH, FRANGIEH, L5),
        event("SUPPORT", AMAL, FRANGIEH, L5),
        event("PROTEST", HEZBOLLAH, None, L6, mode="boycott", location="Beirut", location_country="LBN"),
        event("PROTEST", AMAL, None, L6, mode="boycott", location="Beirut", location_country="LBN"),
        event("ACCUSE", GEAGEA, HEZBOLLAH, L8, mode="allege"),
        event("ACCUSE", GEAGEA, HEZBOLLAH, L9, mode="disapprove"),
        event("ACCUSE", RAAD, AZOUR, L10, mode="disapprove"),
        event("REQUEST", RAAD, LBN_BLOCS, L11, mode="meet"),
        event("REJECT", GEAGEA, HEZBOLLAH, L12, mode="meet"),
        event("ACCUSE", BASSIL, BERRI, L13, mode="allege"),
        event("AGREE", LE_DRIAN, LBN_FORCES, L17),
    ],
    "quotes": [
        quote("Erpressung", "Samir Geagea", "direct"),
        quote("die Wahl durch „Erpressung“ zu blockieren", "Samir Geagea", "indirect"),
        quote("Sie wollen entweder ihren Kandidaten oder gar keinen Präsidenten", "Samir Geagea", "direct"),
        quote("Kandidaten der Konfrontation", "Mohammad Raad", "direct"),
        quote("mit dem Abbruch der Sitzung gegen die Verfassung verstoßen zu haben", "Gebran Bassil", "indirect"),
        quote("Le Drian werde in der kommenden Woche nach Beirut reisen und mit allen politischen Kräften sprechen",
              "Élysée Palace", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Parliament of Lebanon", "ORG", "LBN", ["Das libanesische Parlament", "das Parlament"]),
        entity("Jihad Azour", "PER", "LBN", ["der frühere Finanzminister Dschihad Asur", "Asur"]),
        entity("Suleiman Frangieh", "PER", "LBN", ["der frühere Minister Suleiman Frangieh", "Der 57-jährige Frangieh",
                                                   "Frangieh"]),
        entity("International Monetary Fund", "ORG", "IGO", ["Internationalen Währungsfonds"]),
        entity("Middle East", "LOC", None, ["den Nahen Osten"]),
        entity("Lebanese Forces", "ORG", "LBN", ["Forces Libanaises"]),
        entity("Free Patriotic Movement", "ORG", "LBN", ["Freie Patriotische Bewegung",
                                                         "der Freien Patriotischen Bewegung"]),
        entity("Hezbollah", "ORG", "LBN", ["der schiitischen Hisbollah", "der Hisbollah", "die Hisbollah"]),
        entity("Amal Movement", "ORG", "LBN", ["der Amal-Bewegung"]),
        entity("Nabih Berri", "PER", "LBN", ["Parlamentspräsident Nabih Berri", "Berri"]),
        entity("Samir Geagea", "PER", "LBN", ["Der Chef der Forces Libanaises, Samir Geagea", "Geagea"]),
        entity("Mohammad Raad", "PER", "LBN", ["Der Fraktionschef der Hisbollah, Mohammed Raad", "Raad"]),
        entity("other parliamentary blocs of Lebanon", "ORG", "LBN", ["die übrigen Fraktionen"]),
        entity("Gebran Bassil", "PER", "LBN", ["Der Chef der Freien Patriotischen Bewegung, Gebran Bassil"]),
        entity("Michel Aoun", "PER", "LBN", ["Michel Aoun"]),
        entity("Government of Lebanon", "ORG", "LBN", ["eine geschäftsführende Regierung"]),
        entity("Najib Mikati", "PER", "LBN", ["Ministerpräsident Nadschib Mikati"]),
        entity("France", "LOC", "FRA", ["Frankreichs"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("Jean-Yves Le Drian", "PER", "FRA", ["seinen früheren Außenminister Jean-Yves Le Drian", "Le Drian"]),
        entity("Lebanon", "LOC", "LBN", ["den Libanon", "das von einer schweren Wirtschaftskrise getroffene Land"]),
        entity("Élysée Palace", "ORG", "FRA", ["der Élysée-Palast"]),
        entity("Lebanese political forces", "ORG", "LBN", ["allen politischen Kräften"]),
        entity("international donors", "ORG", None, ["Internationale Geldgeber"]),
    ],
}

# ---------------------------------------------------------------- hm287-de-04 (Iraq/Iran, border security agreement)
IRAQ = actor("Iraq", "IRQ", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
SHAMKHANI = actor("Ali Shamkhani", "IRN", "GOV")
ARAJI = actor("Qasim al-Araji", "IRQ", "GOV")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
KURD_GROUPS = actor("Iranian Kurdish opposition groups", "IRN", "REB")
KDPI = actor("Democratic Party of Iranian Kurdistan", "IRN", "REB")
KOMALA = actor("Komala", "IRN", "REB")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
PAKPOUR = actor("Mohammad Pakpour", "IRN", "MIL")

K1 = ("Bagdad (Reuters) - Der Irak und der Iran haben ein Sicherheitsabkommen unterzeichnet, das die Aktivitäten "
      "iranisch-kurdischer Oppositionsgruppen im Norden des Irak eindämmen soll.")
K2 = ("Der Sekretär des Obersten Nationalen Sicherheitsrats des Iran, Ali Schamchani, und der irakische Nationale "
      "Sicherheitsberater Kassim al-Aradschi setzten am Sonntag in Bagdad ihre Unterschriften unter das Dokument.")
K3 = "Zuvor hatte Ministerpräsident Mohammed Schia al-Sudani den iranischen Gast zu einem Gespräch empfangen."
K4 = ("Das Abkommen sehe eine engere Abstimmung beim Schutz der gemeinsamen Grenze und die Zusammenarbeit in "
      "mehreren Sicherheitsbereichen vor, teilte Sudanis Büro mit.")
K5 = ("Nach Angaben iranischer Staatsmedien verpflichtet sich die irakische Regierung darin, bewaffnete Gruppen im "
      "Grenzgebiet zu entwaffnen und aus ihren Stellungen abzuziehen.")
K6 = ("„Die Zeit, in der diese Gruppen den Nordirak als Basis für Angriffe auf den Iran nutzen konnten, ist "
      "vorbei“, sagte Schamchani laut der Nachrichtenagentur Irna.")
K7 = ("Teheran wirft der Demokratischen Partei Kurdistan-Iran (PDKI), Komala und anderen Gruppen vor, die Proteste "
      "nach dem Tod der jungen Kurdin Jina Mahsa Amini im vergangenen Herbst angeheizt und Waffen ins Land "
      "geschmuggelt zu haben.")
K8 = ("Die Revolutionsgarden hatten im September und im November Stellungen der Gruppen in der Kurdenregion mit "
      "Raketen und Drohnen angegriffen und dabei mehr als ein Dutzend Menschen getötet.")
K9 = "Die irakische Regierung hatte die Angriffe damals als Verletzung ihrer Souveränität verurteilt."
K10 = ("Der Kommandeur der Bodentruppen der Revolutionsgarden, Mohammed Pakpur, hatte im November gedroht, die "
       "Angriffe fortzusetzen, bis die Gruppen entwaffnet seien.")
K11 = ("Ein Sprecher der PDKI sagte, die Partei werde sich dem Druck aus Teheran nicht beugen, suche aber keinen "
       "Konflikt mit der Zentralregierung oder der kurdischen Regionalregierung in Erbil.")
K12 = "Die Regionalregierung äußerte sich zunächst nicht zu dem Abkommen."
K13 = ("Sudani nannte die Vereinbarung einen wichtigen Schritt und versicherte, der Irak werde nicht zulassen, dass "
       "sein Gebiet für Angriffe auf Nachbarstaaten genutzt werde.")
K14 = "Im Norden des Irak leben Tausende iranische Kurden in Lagern, viele von ihnen seit den achtziger Jahren."
K15 = "Die USA, die noch rund 2500 Soldaten im Irak stationiert haben, äußerten sich zunächst nicht zu dem Abkommen."

DE04 = {
    "id": "hm287-de-04", "lang": "de", "url": None, "published": "2023-03-19",
    "title": "Irak und Iran schließen Sicherheitsabkommen gegen kurdische Oppositionsgruppen",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9, K10], [K11, K12, K13], [K14, K15]),
    "events": [
        event("SUPPORT", IRAQ, IRAN, K1),
        event("SUPPORT", SHAMKHANI, ARAJI, K2, date="2023-03-19", location="Baghdad", location_country="IRQ"),
        event("CONSULT", SHAMKHANI, SUDANI, K3, mode="visit", location="Baghdad", location_country="IRQ"),
        event("AGREE", IRQ_GOV, IRAN, K5),
        event("ACCUSE", SHAMKHANI, KURD_GROUPS, K6, mode="allege"),
        event("ACCUSE", IRN_GOV, KDPI, K7, mode="allege"),
        event("ACCUSE", IRN_GOV, KOMALA, K7, mode="allege"),
        event("ASSAULT", IRGC, KURD_GROUPS, K8, mode="heavy-weapons", location="Kurdistan Region",
              location_country="IRQ"),
        event("ACCUSE", IRQ_GOV, IRGC, K9, mode="disapprove"),
        event("THREATEN", PAKPOUR, KURD_GROUPS, K10, mode="violence"),
        event("REJECT", KDPI, IRN_GOV, K11),
        event("AGREE", SUDANI, IRAN, K13),
    ],
    "quotes": [
        quote("Das Abkommen sehe eine engere Abstimmung beim Schutz der gemeinsamen Grenze und die Zusammenarbeit in "
              "mehreren Sicherheitsbereichen vor", "Office of the Prime Minister of Iraq", "indirect"),
        quote("verpflichtet sich die irakische Regierung darin, bewaffnete Gruppen im Grenzgebiet zu entwaffnen und "
              "aus ihren Stellungen abzuziehen", "Iranian state media", "indirect"),
        quote("Die Zeit, in der diese Gruppen den Nordirak als Basis für Angriffe auf den Iran nutzen konnten, ist "
              "vorbei", "Ali Shamkhani", "direct"),
        quote("die Proteste nach dem Tod der jungen Kurdin Jina Mahsa Amini im vergangenen Herbst angeheizt und "
              "Waffen ins Land geschmuggelt zu haben", "Government of Iran", "indirect"),
        quote("die Angriffe damals als Verletzung ihrer Souveränität verurteilt", "Government of Iraq", "indirect"),
        quote("die Angriffe fortzusetzen, bis die Gruppen entwaffnet seien", "Mohammad Pakpour", "indirect"),
        quote("die Partei werde sich dem Druck aus Teheran nicht beugen, suche aber keinen Konflikt mit der "
              "Zentralregierung oder der kurdischen Regionalregierung in Erbil",
              "spokesman of the Democratic Party of Iranian Kurdistan", "indirect"),
        quote("die Vereinbarung einen wichtigen Schritt", "Mohammed Shia al-Sudani", "indirect"),
        quote("der Irak werde nicht zulassen, dass sein Gebiet für Angriffe auf Nachbarstaaten genutzt werde",
              "Mohammed Shia al-Sudani", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Iraq", "LOC", "IRQ", ["Der Irak", "des Irak", "der Irak", "im Irak", "sein Gebiet"]),
        entity("Iran", "LOC", "IRN", ["der Iran", "des Iran", "den Iran", "ins Land"]),
        entity("Iranian Kurdish opposition groups", "ORG", "IRN",
               ["iranisch-kurdischer Oppositionsgruppen", "bewaffnete Gruppen im Grenzgebiet", "diese Gruppen",
                "anderen Gruppen", "der Gruppen", "die Gruppen"]),
        entity("Northern Iraq", "LOC", "IRQ", ["im Norden des Irak", "den Nordirak", "Im Norden des Irak"]),
        entity("Supreme National Security Council of Iran", "ORG", "IRN",
               ["des Obersten Nationalen Sicherheitsrats des Iran"]),
        entity("Ali Shamkhani", "PER", "IRN", ["Der Sekretär des Obersten Nationalen Sicherheitsrats des Iran, Ali "
                                               "Schamchani", "den iranischen Gast", "Schamchani"]),
        entity("Qasim al-Araji", "PER", "IRQ", ["der irakische Nationale Sicherheitsberater Kassim al-Aradschi"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani", "Sudanis",
                                                         "Sudani"]),
        entity("Office of the Prime Minister of Iraq", "ORG", "IRQ", ["Sudanis Büro"]),
        entity("Iranian state media", "ORG", "IRN", ["iranischer Staatsmedien"]),
        entity("Government of Iraq", "ORG", "IRQ", ["die irakische Regierung", "Die irakische Regierung",
                                                    "der Zentralregierung"]),
        entity("Islamic Republic News Agency", "ORG", "IRN", ["der Nachrichtenagentur Irna"]),
        entity("Government of Iran", "ORG", "IRN", ["Teheran"]),
        entity("Democratic Party of Iranian Kurdistan", "ORG", "IRN",
               ["der Demokratischen Partei Kurdistan-Iran (PDKI)", "der PDKI", "die Partei"]),
        entity("Komala", "ORG", "IRN", ["Komala"]),
        entity("Mahsa Amini", "PER", "IRN", ["der jungen Kurdin Jina Mahsa Amini"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Die Revolutionsgarden", "der Revolutionsgarden"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["der Kurdenregion"]),
        entity("IRGC Ground Forces", "ORG", "IRN", ["der Bodentruppen der Revolutionsgarden"]),
        entity("Mohammad Pakpour", "PER", "IRN", ["Der Kommandeur der Bodentruppen der Revolutionsgarden, Mohammed "
                                                  "Pakpur"]),
        entity("spokesman of the Democratic Party of Iranian Kurdistan", "PER", "IRN", ["Ein Sprecher der PDKI"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["der kurdischen Regionalregierung in Erbil",
                                                               "Die Regionalregierung"]),
        entity("Erbil", "LOC", "IRQ", ["Erbil"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
    ],
}

# ---------------------------------------------------------------- hm287-en-01 (Egypt, al-Sisi wins a third term)
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
HAZEM_OMAR = actor("Hazem Omar", "EGY", "PTY")
ISRAEL = actor("Israel", "ISR", "GOV")
MBS = actor("Mohammed bin Salman", "SAU", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
RIGHTS_GROUPS = actor("human rights groups", "NGO", "NGO")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
TANTAWY = actor("Ahmed Tantawy", "EGY", "OPP")
EGY_SECURITY = actor("Egyptian security forces", "EGY", "COP")
EGY_JUDICIARY = actor("Egyptian judiciary", "EGY", "JUD")
HRW = actor("Human Rights Watch", "NGO", "NGO")
EGY_AUTH = actor("Egyptian authorities", "EGY", "GOV")
EGYPT = actor("Egypt", "EGY", "GOV")
IMF = actor("International Monetary Fund", "IGO", "IGO")
ISR_FAR_RIGHT = actor("far-right Israeli ministers", "ISR", "GOV")
ERC = actor("Egyptian Red Crescent", "EGY", "NGO")
GAZA_PALESTINIANS = actor("Palestinians in Gaza", "PSE", "CVL")

E1 = ("CAIRO, Dec 18 (Reuters) - Egyptian President Abdel Fattah al-Sisi has won a third term with 89.6% of the "
      "vote, the National Election Authority said on Monday, after an election overshadowed by the war in "
      "neighbouring Gaza and a deepening economic crisis.")
E2 = ("Turnout in the Dec. 10-12 vote was 66.8%, the highest in Egypt's history, the authority's chairman Hazem Badawy "
      "told a news conference.")
E3 = "Sisi, a former army chief who has ruled Egypt since 2014, faced three little-known challengers."
E4 = ("Hazem Omar of the Republican People's Party came second with 4.5%, ahead of Farid Zahran of the Egyptian "
      "Social Democratic Party and Abdel-Sanad Yamama of the Wafd party.")
E5 = "Omar congratulated Sisi in a statement posted on his party's Facebook page."
E6 = ('In a televised speech, Sisi thanked voters and said their turnout was also a message rejecting "this inhumane '
      'war" against Palestinians in Gaza.')
E7 = '"I will work with all Egyptians to build the future we deserve," the 69-year-old said.'
E8 = ("Saudi Crown Prince Mohammed bin Salman and Russian President Vladimir Putin were among the first foreign "
      "leaders to congratulate him.")
E9 = ("Rights groups said the vote had taken place in a climate of repression and offered Egyptians no real "
      "choice.")
E10 = ("Ahmed Tantawy, a former lawmaker widely seen as the most serious would-be challenger, abandoned his bid in "
       "October, saying security agents had harassed his supporters and stopped them from registering "
       "endorsements.")
E11 = "Tantawy is now on trial, accused of circulating election documents without authorisation."
E12 = ("Human Rights Watch said on Monday that dozens of his supporters had been arrested in the run-up to the "
       "vote.")
E13 = "Sisi's new six-year term begins in April."
E14 = "He faces annual inflation of more than 35%, a severe shortage of foreign currency and rising debt repayments."
E15 = ("Egypt is in talks with the International Monetary Fund about expanding its $3 billion loan programme, and "
       "economists expect a further devaluation of the pound early next year.")
E16 = ("Cairo has repeatedly rejected calls by far-right Israeli ministers to move Palestinians from Gaza into "
       "Egypt's Sinai Peninsula.")
E17 = ("On Sunday the Egyptian Red Crescent sent more than 100 trucks with food, medicine and fuel into Gaza through "
       "the Rafah crossing, a spokesman said.")

EN01 = {
    "id": "hm287-en-01", "lang": "en", "url": None, "published": "2023-12-18",
    "title": "Egypt's Sisi wins third term with 89.6% of vote",
    "text": paragraphs([E1, E2], [E3, E4, E5], [E6, E7, E8], [E9, E10, E11, E12], [E13, E14, E15],
                       [E16, E17]),
    "events": [
        event("SUPPORT", HAZEM_OMAR, SISI, E5),
        event("ACCUSE", SISI, ISRAEL, E6, mode="disapprove"),
        event("SUPPORT", MBS, SISI, E8),
        event("SUPPORT", PUTIN, SISI, E8),
        event("ACCUSE", RIGHTS_GROUPS, EGY_GOV, E9, mode="disapprove"),
        event("ACCUSE", TANTAWY, EGY_SECURITY, E10, mode="allege"),
        event("ACCUSE", EGY_JUDICIARY, TANTAWY, E11, mode="allege"),
        event("ACCUSE", HRW, EGY_AUTH, E12, mode="allege", date="2023-12-18"),
        event("CONSULT", EGYPT, IMF, E15),
        event("REJECT", EGY_GOV, ISR_FAR_RIGHT, E16, mode="change"),
        event("AID", ERC, GAZA_PALESTINIANS, E17, date="2023-12-17", location="Rafah crossing",
              location_country="EGY"),
    ],
    "quotes": [
        quote("Egyptian President Abdel Fattah al-Sisi has won a third term with 89.6% of the vote",
              "National Election Authority", "indirect"),
        quote("Turnout in the Dec. 10-12 vote was 66.8%, the highest in Egypt's history", "Hazem Badawy",
              "indirect"),
        quote("this inhumane war", "Abdel Fattah al-Sisi", "direct"),
        quote('their turnout was also a message rejecting "this inhumane war" against Palestinians in Gaza',
              "Abdel Fattah al-Sisi", "indirect"),
        quote("I will work with all Egyptians to build the future we deserve", "Abdel Fattah al-Sisi", "direct"),
        quote("the vote had taken place in a climate of repression and offered Egyptians no real choice",
              "human rights groups", "indirect"),
        quote("security agents had harassed his supporters and stopped them from registering endorsements",
              "Ahmed Tantawy", "indirect"),
        quote("dozens of his supporters had been arrested in the run-up to the vote", "Human Rights Watch",
              "indirect"),
        quote("On Sunday the Egyptian Red Crescent sent more than 100 trucks with food, medicine and fuel into Gaza "
              "through the Rafah crossing", "spokesman of the Egyptian Red Crescent", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["CAIRO"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Egyptian President Abdel Fattah al-Sisi", "Sisi",
                                                      "the 69-year-old"]),
        entity("National Election Authority", "ORG", "EGY", ["the National Election Authority", "the authority"]),
        entity("Gaza", "LOC", "PSE", ["neighbouring Gaza", "Gaza"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("Hazem Badawy", "PER", "EGY", ["the authority's chairman Hazem Badawy"]),
        entity("Egyptian Armed Forces", "ORG", "EGY", ["army"]),
        entity("Hazem Omar", "PER", "EGY", ["Hazem Omar", "Omar"]),
        entity("Republican People's Party", "ORG", "EGY", ["the Republican People's Party", "his party"]),
        entity("Farid Zahran", "PER", "EGY", ["Farid Zahran"]),
        entity("Egyptian Social Democratic Party", "ORG", "EGY", ["the Egyptian Social Democratic Party"]),
        entity("Abdel-Sanad Yamama", "PER", "EGY", ["Abdel-Sanad Yamama"]),
        entity("Wafd Party", "ORG", "EGY", ["the Wafd party"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Palestinians in Gaza", "ORG", "PSE", ["Palestinians"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Saudi Crown Prince Mohammed bin Salman"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin"]),
        entity("human rights groups", "ORG", "NGO", ["Rights groups"]),
        entity("Ahmed Tantawy", "PER", "EGY", ["Ahmed Tantawy", "Tantawy"]),
        entity("Egyptian security forces", "ORG", "EGY", ["security agents"]),
        entity("supporters of Ahmed Tantawy", "ORG", "EGY", ["his supporters", "dozens of his supporters"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("International Monetary Fund", "ORG", "IGO", ["the International Monetary Fund"]),
        entity("Government of Egypt", "ORG", "EGY", ["Cairo"]),
        entity("far-right Israeli ministers", "ORG", "ISR", ["far-right Israeli ministers"]),
        entity("Sinai Peninsula", "LOC", "EGY", ["Sinai Peninsula"]),
        entity("Egyptian Red Crescent", "ORG", "EGY", ["the Egyptian Red Crescent"]),
        entity("Rafah crossing", "LOC", "EGY", ["the Rafah crossing"]),
        entity("spokesman of the Egyptian Red Crescent", "PER", "EGY", ["a spokesman"]),
    ],
}

# ---------------------------------------------------------------- hm287-en-02 (Bahrain/Red Sea, Prosperity Guardian)
AUSTIN = actor("Lloyd Austin", "USA", "GOV")
USA = actor("United States", "USA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
BAHRAIN = actor("Bahrain", "BHR", "GOV")
HOUTHIS = actor("Houthis", "YEM", "REB")
SWAN_ATLANTIC = actor("Swan Atlantic", "NOR", "BUS")
MSC_CLARA = actor("MSC Clara", "CHE", "BUS")
BUKHAITI = actor("Mohammed al-Bukhaiti", "YEM", "REB")
ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")

F1 = ("MANAMA, Bahrain (AP) — U.S. Defense Secretary Lloyd Austin on Tuesday urged more countries to join a new "
      "multinational naval mission to protect commercial shipping in the Red Sea from attacks by Yemen's Houthi "
      "rebels.")
F2 = ('Austin called the attacks "reckless" and said they threatened the free flow of trade through one of the '
      "world's busiest waterways.")
F3 = ("Britain and Bahrain, home to the U.S. Navy's Fifth Fleet, are among nine countries that have so far signed up "
      "to the operation, dubbed Prosperity Guardian, the Pentagon said.")
F4 = ('"This is an international challenge that demands collective action," Austin said in a statement announcing '
      'the operation late Monday.')
F5 = ("The Houthis, who control Yemen's capital Sanaa and much of the country's west, have fired dozens of drones "
      "and missiles at ships since the Israel-Hamas war began in October, saying they are acting in solidarity with "
      "Palestinians in Gaza.")
F6 = ("On Monday the group said it had struck the Norwegian-owned tanker Swan Atlantic and the container ship MSC "
      "Clara with drones.")
F7 = ("Oil giant BP said on Monday it was pausing all transits through the Red Sea, following shipping companies "
      "Maersk, Hapag-Lloyd and MSC.")
F8 = "Senior Houthi official Mohammed al-Bukhaiti said the group would confront any coalition formed by Washington."
F9 = ('"Even if America succeeds in mobilizing the entire world, our military operations will not stop unless the '
      'crimes in Gaza stop," he wrote on X.')
F10 = ('The group\'s chief negotiator, Mohammed Abdulsalam, said the coalition was meant "to protect Israel" and '
       'accused Washington of militarizing the sea.')
F11 = ("Washington has so far refrained from striking Houthi targets in Yemen, and Austin declined to say whether "
       "military action was being considered.")
F12 = "Insurance premiums for ships crossing the Red Sea have risen sharply in recent weeks."
F13 = ("About 12% of global trade passes through the Red Sea, which connects to the Mediterranean through Egypt's "
       "Suez Canal.")
F14 = ("The waterway links Asian factories with European markets, and many ships are now expected to take the "
       "longer route around Africa's Cape of Good Hope.")

EN02 = {
    "id": "hm287-en-02", "lang": "en", "url": None, "published": "2023-12-19",
    "title": "Austin urges more nations to join Red Sea force against Houthi attacks",
    "text": paragraphs([F1, F2], [F3, F4], [F5, F6, F7], [F8, F9, F10], [F11, F12, F13, F14]),
    "events": [
        event("REQUEST", AUSTIN, None, F1, mode="assist", date="2023-12-19", location="Manama",
              location_country="BHR"),
        event("ACCUSE", AUSTIN, HOUTHIS, F2, mode="disapprove"),
        event("AGREE", UK, USA, F3),
        event("AGREE", BAHRAIN, USA, F3),
        event("MOBILIZE", AUSTIN, None, F4, mode="troops", date="2023-12-18"),
        event("ASSAULT", HOUTHIS, SWAN_ATLANTIC, F6, mode="drone", date="2023-12-18"),
        event("ASSAULT", HOUTHIS, MSC_CLARA, F6, mode="drone", date="2023-12-18"),
        event("THREATEN", BUKHAITI, USA, F8, mode="violence"),
        event("THREATEN", BUKHAITI, USA, F9, mode="violence"),
        event("ACCUSE", ABDULSALAM, USA, F10, mode="disapprove"),
        event("ASSAULT", USA, HOUTHIS, F11, location="Yemen", location_country="YEM", negated=True),
    ],
    "quotes": [
        quote("reckless", "Lloyd Austin", "direct"),
        quote("they threatened the free flow of trade through one of the world's busiest waterways", "Lloyd Austin",
              "indirect"),
        quote("Britain and Bahrain, home to the U.S. Navy's Fifth Fleet, are among nine countries that have so far "
              "signed up to the operation, dubbed Prosperity Guardian", "U.S. Department of Defense", "indirect"),
        quote("This is an international challenge that demands collective action", "Lloyd Austin", "direct"),
        quote("they are acting in solidarity with Palestinians in Gaza", "Houthis", "indirect"),
        quote("it had struck the Norwegian-owned tanker Swan Atlantic and the container ship MSC Clara with drones",
              "Houthis", "indirect"),
        quote("it was pausing all transits through the Red Sea", "BP", "indirect"),
        quote("the group would confront any coalition formed by Washington", "Mohammed al-Bukhaiti", "indirect"),
        quote("Even if America succeeds in mobilizing the entire world, our military operations will not stop unless "
              "the crimes in Gaza stop", "Mohammed al-Bukhaiti", "direct"),
        quote("to protect Israel", "Mohammed Abdulsalam", "direct"),
        quote('the coalition was meant "to protect Israel"', "Mohammed Abdulsalam", "indirect"),
    ],
    "entities": [
        entity("Manama", "LOC", "BHR", ["MANAMA"]),
        entity("Bahrain", "LOC", "BHR", ["Bahrain"]),
        entity("Lloyd Austin", "PER", "USA", ["U.S. Defense Secretary Lloyd Austin", "Austin"]),
        entity("Operation Prosperity Guardian", "ORG", "USA", ["a new multinational naval mission", "the operation",
                                                               "Prosperity Guardian", "the coalition"]),
        entity("Red Sea", "LOC", None, ["the Red Sea", "one of the world's busiest waterways", "The waterway"]),
        entity("Yemen", "LOC", "YEM", ["Yemen", "the country"]),
        entity("Houthis", "ORG", "YEM", ["Yemen's Houthi rebels", "The Houthis", "the group", "The group",
                                         "Houthi"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("U.S. Fifth Fleet", "ORG", "USA", ["the U.S. Navy's Fifth Fleet"]),
        entity("U.S. Department of Defense", "ORG", "USA", ["the Pentagon"]),
        entity("Sanaa", "LOC", "YEM", ["Sanaa"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Palestinians in Gaza", "ORG", "PSE", ["Palestinians"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Swan Atlantic", "LOC", "NOR", ["the Norwegian-owned tanker Swan Atlantic"]),
        entity("MSC Clara", "LOC", "CHE", ["the container ship MSC Clara"]),
        entity("BP", "ORG", "MNC", ["Oil giant BP"]),
        entity("Maersk", "ORG", "MNC", ["Maersk"]),
        entity("Hapag-Lloyd", "ORG", "MNC", ["Hapag-Lloyd"]),
        entity("Mediterranean Shipping Company", "ORG", "MNC", ["MSC"]),
        entity("Mohammed al-Bukhaiti", "PER", "YEM", ["Senior Houthi official Mohammed al-Bukhaiti"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("United States", "LOC", "USA", ["America"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["The group's chief negotiator, Mohammed Abdulsalam"]),
        entity("Mediterranean Sea", "LOC", None, ["the Mediterranean"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("Suez Canal", "LOC", "EGY", ["Suez Canal"]),
        entity("Cape of Good Hope", "LOC", "ZAF", ["Africa's Cape of Good Hope"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
