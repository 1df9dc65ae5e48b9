"""Round 455: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm455-de-01: Morocco: a Casablanca investigating judge jails PAM politicians Said Naciri (Wydad president) and Abdenbi Bioui in the "Escobar of the Sahara" drug case; prosecutors' charges, more than 20 further arrests, Ben Brahim's testimony, the PAM suspends them, Ouahbi's pledge, the lawyer's denial, Benkirane demands clarification and accuses the PAM (2023-12-23).
- hm455-de-02: Algeria/Spain: Algiers calls off Foreign Minister Albares's visit at short notice; no new date agreed, Sánchez's 2022 backing of Morocco's Western Sahara plan, Algeria's ambassador recall, treaty suspension and trade freeze, the new ambassador Daghmoum, Albares plays the row down, the PP and Cuca Gamarra attack the government (2024-02-05).
- hm455-de-03: Iraq: gunmen from Kataib Hezbollah storm the agriculture directorate in Baghdad's Dora district and fight the federal police, two dead; al-Numan blames the militia and two PMF brigades, 14 arrests, Sudani orders an inquiry, the militia demands their release and is refused, the State Department condemns and presses Baghdad, the PMF law and Tower 22 recalled (2025-07-28).
- hm455-de-04: Iran/Afghanistan: after the deadline for undocumented Afghans expires Iran steps up deportations and arrests; Tehran refuses the Taliban's request for more time, IOM figures, the Taliban, Kabul's refugee ministry and UNHCR appeal, Mohajerani defends the policy and blames the UN, arrests of alleged Afghan spies for Israel, abuse claims denied by police, Pakistan's deportations (2025-07-07).
- hm455-en-01: Syria/Lebanon: defense ministers Abu Qasra and Menassa agree in Jeddah under Saudi auspices to demarcate the border and set up committees; Prince Khalid bin Salman's pledge, the mid-March Hermel clashes, Damascus accuses Hezbollah, shelling and return fire, the March 17 ceasefire call, Salam thanks Riyadh, France offers maps (2025-03-28).
- hm455-en-02: Egypt/Israel: Egypt announces it will join South Africa's ICJ genocide case against Israel; it urges Israel to comply with the provisional measures, South Africa's Rafah request, Israel's seizure of the Rafah crossing, Egypt refuses to coordinate, Katz urges Cairo to reopen it, Shoukry accuses Israel, Hamas welcomes, Egypt's treaty warning without suspension (2024-05-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm455-de-01 (Morocco, "Escobar of the Sahara")
MAR_JUDGE = actor("Investigating judge of the Casablanca Court of Appeal", "MAR", "JUD")
NACIRI = actor("Said Naciri", "MAR", "PTY")
BIOUI = actor("Abdenbi Bioui", "MAR", "PTY")
BNPJ = actor("National Brigade of the Judicial Police", "MAR", "COP")
MAR_PROSECUTORS = actor("Public Prosecutor's Office of the Casablanca Court of Appeal", "MAR", "JUD")
MAR_SUSPECTS = actor("suspects in the Escobar of the Sahara case", "MAR", "CVL")
BEN_BRAHIM = actor("Ahmed Ben Brahim", "MLI", "CVL")
PAM = actor("Authenticity and Modernity Party", "MAR", "PTY")
BENKIRANE = actor("Abdelilah Benkirane", "MAR", "PTY")

D1 = ("Rabat (dpa) - In einem der größten Drogenskandale Marokkos sind zwei prominente Politiker der Regierungspartei "
      "PAM in Untersuchungshaft genommen worden.")
D2 = ("Ein Untersuchungsrichter am Berufungsgericht von Casablanca ordnete am Donnerstag die Inhaftierung von Saïd "
      "Naciri, dem Präsidenten des Fußballklubs Wydad Casablanca, und Abdenbi Bioui, dem Präsidenten des Regionalrats "
      "der Region Oriental, an.")
D3 = "Beide wurden nach Angaben aus Justizkreisen in das Gefängnis Oukacha in Casablanca gebracht."
D4 = ("Die Staatsanwaltschaft wirft den beiden Politikern unter anderem internationalen Drogenhandel, "
      "Urkundenfälschung und Geldwäsche vor.")
D5 = ("Zusammen mit ihnen wurden mehr als 20 weitere Verdächtige festgenommen, darunter Polizisten, Gendarmen und "
      "Geschäftsleute.")
D6 = ("Ins Rollen gebracht hatte die Ermittlungen der malische Drogenhändler Ahmed Ben Brahim, den marokkanische "
      "Medien den „Escobar der Sahara“ nennen.")
D7 = ("Der seit 2019 in Marokko inhaftierte Malier hatte Ermittlern zufolge ausgesagt, die beiden Politiker hätten "
      "ihm beim Schmuggel von Cannabis und beim Kauf von Immobilien geholfen.")
D8 = ("Beamte der Nationalen Brigade der Kriminalpolizei hatten Naciri und Bioui zuvor tagelang in Casablanca "
      "verhört.")
D9 = ("Die Partei für Authentizität und Moderne (PAM), die der Regierungskoalition von Ministerpräsident Aziz "
      "Akhannouch angehört, suspendierte am Freitag die Mitgliedschaft der beiden Politiker.")
D10 = ("Parteichef und Justizminister Abdellatif Ouahbi sagte, die PAM werde „niemanden decken“, der gegen das Gesetz "
       "verstoßen habe.")
D11 = "Naciris Anwalt wies die Vorwürfe zurück und sprach von einer „Hetzkampagne“ gegen seinen Mandanten."
D12 = ("Der Generalsekretär der oppositionellen Partei für Gerechtigkeit und Entwicklung (PJD), Abdelilah Benkirane, "
       "forderte eine lückenlose Aufklärung.")
D13 = "Er warf der PAM vor, zwielichtige Geschäftsleute in die Politik geholt zu haben."
D14 = ("Bei Wydad, einem der erfolgreichsten Fußballvereine Afrikas, übernahm vorläufig ein Vizepräsident die "
       "Geschäfte.")
D15 = "Marokko gilt als einer der größten Cannabisproduzenten der Welt."
D16 = ("Seit 2021 ist der Anbau zu medizinischen und industriellen Zwecken in einigen nördlichen Provinzen "
       "erlaubt.")

DE01 = {
    "id": "hm455-de-01", "lang": "de", "url": None, "published": "2023-12-23",
    "title": "Drogenskandal in Marokko: Zwei PAM-Politiker in Untersuchungshaft",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8], [D9, D10, D11, D12, D13], [D14, D15, D16]),
    "events": [
        event("COERCE", MAR_JUDGE, NACIRI, D1, mode="arrest", location_country="MAR"),
        event("COERCE", MAR_JUDGE, BIOUI, D1, mode="arrest", location_country="MAR"),
        event("COERCE", MAR_JUDGE, NACIRI, D2, mode="arrest", date="2023-12-21", location="Casablanca",
              location_country="MAR"),
        event("COERCE", MAR_JUDGE, BIOUI, D2, mode="arrest", date="2023-12-21", location="Casablanca",
              location_country="MAR"),
        event("COERCE", MAR_JUDGE, NACIRI, D3, mode="arrest", location="Casablanca", location_country="MAR"),
        event("COERCE", MAR_JUDGE, BIOUI, D3, mode="arrest", location="Casablanca", location_country="MAR"),
        event("ACCUSE", MAR_PROSECUTORS, NACIRI, D4, mode="allege"),
        event("ACCUSE", MAR_PROSECUTORS, BIOUI, D4, mode="allege"),
        event("COERCE", BNPJ, MAR_SUSPECTS, D5, mode="arrest"),
        event("ACCUSE", BEN_BRAHIM, NACIRI, D7, mode="allege"),
        event("ACCUSE", BEN_BRAHIM, BIOUI, D7, mode="allege"),
        event("ACCUSE", BNPJ, NACIRI, D8, mode="investigate", location="Casablanca", location_country="MAR"),
        event("ACCUSE", BNPJ, BIOUI, D8, mode="investigate", location="Casablanca", location_country="MAR"),
        event("SANCTION", PAM, NACIRI, D9, mode="expel", date="2023-12-22"),
        event("SANCTION", PAM, BIOUI, D9, mode="expel", date="2023-12-22"),
        event("REQUEST", BENKIRANE, None, D12),
        event("ACCUSE", BENKIRANE, PAM, D13, mode="disapprove"),
    ],
    "quotes": [
        quote("Beide wurden nach Angaben aus Justizkreisen in das Gefängnis Oukacha in Casablanca gebracht",
              "Moroccan judicial sources", "indirect"),
        quote("Escobar der Sahara", "Moroccan media", "direct"),
        quote("die beiden Politiker hätten ihm beim Schmuggel von Cannabis und beim Kauf von Immobilien geholfen",
              "Ahmed Ben Brahim", "indirect"),
        quote("niemanden decken", "Abdellatif Ouahbi", "direct"),
        quote("die PAM werde „niemanden decken“, der gegen das Gesetz verstoßen habe", "Abdellatif Ouahbi",
              "indirect"),
        quote("Hetzkampagne", "lawyer of Said Naciri", "direct"),
        quote("zwielichtige Geschäftsleute in die Politik geholt zu haben", "Abdelilah Benkirane", "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Morocco", "LOC", "MAR", ["Marokkos", "Marokko"]),
        entity("Authenticity and Modernity Party", "ORG", "MAR",
               ["der Regierungspartei PAM", "Die Partei für Authentizität und Moderne (PAM)", "die PAM", "der PAM"]),
        entity("Investigating judge of the Casablanca Court of Appeal", "PER", "MAR",
               ["Ein Untersuchungsrichter am Berufungsgericht von Casablanca"]),
        entity("Casablanca Court of Appeal", "ORG", "MAR", ["Berufungsgericht von Casablanca"]),
        entity("Said Naciri", "PER", "MAR", ["Saïd Naciri, dem Präsidenten des Fußballklubs Wydad Casablanca",
                                             "Naciri", "Naciris", "seinen Mandanten"]),
        entity("Wydad Casablanca", "ORG", "MAR", ["des Fußballklubs Wydad Casablanca", "Wydad"]),
        entity("Abdenbi Bioui", "PER", "MAR", ["Abdenbi Bioui, dem Präsidenten des Regionalrats der Region Oriental",
                                               "Bioui"]),
        entity("Oriental Regional Council", "ORG", "MAR", ["des Regionalrats der Region Oriental"]),
        entity("Oriental", "LOC", "MAR", ["der Region Oriental"]),
        entity("Oukacha prison", "LOC", "MAR", ["das Gefängnis Oukacha in Casablanca"]),
        entity("Casablanca", "LOC", "MAR", ["Casablanca"]),
        entity("Public Prosecutor's Office of the Casablanca Court of Appeal", "ORG", "MAR", ["Die Staatsanwaltschaft"]),
        entity("suspects in the Escobar of the Sahara case", "PER", "MAR", ["mehr als 20 weitere Verdächtige"]),
        entity("Ahmed Ben Brahim", "PER", "MLI", ["der malische Drogenhändler Ahmed Ben Brahim",
                                                 "Der seit 2019 in Marokko inhaftierte Malier", "ihm"]),
        entity("Moroccan media", "ORG", "MAR", ["marokkanische Medien"]),
        entity("National Brigade of the Judicial Police", "ORG", "MAR",
               ["Beamte der Nationalen Brigade der Kriminalpolizei"]),
        entity("Government of Morocco", "ORG", "MAR", ["der Regierungskoalition von Ministerpräsident Aziz Akhannouch"]),
        entity("Aziz Akhannouch", "PER", "MAR", ["Ministerpräsident Aziz Akhannouch"]),
        entity("Abdellatif Ouahbi", "PER", "MAR", ["Parteichef und Justizminister Abdellatif Ouahbi"]),
        entity("lawyer of Said Naciri", "PER", "MAR", ["Naciris Anwalt"]),
        entity("Justice and Development Party", "ORG", "MAR",
               ["der oppositionellen Partei für Gerechtigkeit und Entwicklung (PJD)"]),
        entity("Abdelilah Benkirane", "PER", "MAR",
               ["Der Generalsekretär der oppositionellen Partei für Gerechtigkeit und Entwicklung (PJD), Abdelilah "
                "Benkirane", "Er"]),
        entity("Africa", "LOC", None, ["Afrikas"]),
    ],
}

# ---------------------------------------------------------------- hm455-de-02 (Algeria/Spain, Albares visit called off)
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
PP = actor("People's Party (Spain)", "ESP", "PTY")
GAMARRA = actor("Cuca Gamarra", "ESP", "PTY")

G1 = ("Madrid (dpa) - Algerien hat einen für Montag geplanten Besuch des spanischen Außenministers José Manuel "
      "Albares am Sonntagabend kurzfristig abgesagt.")
G2 = "Die algerische Seite habe die Reise „aus Termingründen“ verschoben, teilte das Außenministerium in Madrid mit."
G3 = "Ein neuer Termin wurde nicht vereinbart."
G4 = ("Albares hätte in Algier mit seinem Amtskollegen Ahmed Attaf und Präsident Abdelmadjid Tebboune "
      "zusammentreffen sollen.")
G5 = ("Es wäre der erste Besuch eines spanischen Ministers seit Beginn der diplomatischen Krise zwischen beiden "
      "Ländern vor fast zwei Jahren gewesen.")
G6 = ("Im März 2022 hatte Ministerpräsident Pedro Sánchez den marokkanischen Autonomieplan für die Westsahara als "
      "„ernsthafteste, realistischste und glaubwürdigste Grundlage“ für eine Lösung des Konflikts bezeichnet.")
G7 = ("Algier, der wichtigste Unterstützer der Unabhängigkeitsbewegung Polisario, zog daraufhin seinen Botschafter "
      "aus Madrid ab.")
G8 = ("Im Juni 2022 setzte Algerien zudem den Freundschaftsvertrag mit Spanien aus und fror den Handel weitgehend "
      "ein.")
G9 = "Erst im November schickte Algier mit Abdelfetah Daghmoum wieder einen Botschafter nach Madrid."
G10 = ("Albares sagte am Montag, die Beziehungen zu Algerien seien „ausgezeichnet“, und die Reise werde bald "
       "nachgeholt.")
G11 = "Berichte über eine Verstimmung in Algier wies er als Spekulation zurück."
G12 = ("Die konservative Volkspartei (PP) warf Sánchez dagegen vor, mit seinem Kurswechsel in der Westsahara-Frage "
       "das Verhältnis zu einem der wichtigsten Gaslieferanten Spaniens zerstört zu haben.")
G13 = "PP-Generalsekretärin Cuca Gamarra forderte den Außenminister auf, im Parlament Rechenschaft abzulegen."
G14 = ("Spanische Exporteure haben durch den faktischen Handelsstopp nach Branchenangaben Einbußen in "
       "Milliardenhöhe erlitten.")
G15 = "Der Warenaustausch hat sich seither nur langsam erholt."
G16 = ("Über die Pipeline Medgaz liefert Algerien trotz der Krise weiterhin einen großen Teil des in Spanien "
       "verbrauchten Erdgases.")

DE02 = {
    "id": "hm455-de-02", "lang": "de", "url": None, "published": "2024-02-05",
    "title": "Algerien sagt Besuch von Spaniens Außenminister kurzfristig ab",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12, G13], [G14, G15, G16]),
    "events": [
        event("REJECT", DZA_GOV, ALBARES, G1, mode="meet", date="2024-02-04"),
        event("REJECT", DZA_GOV, ALBARES, G2, mode="meet"),
        event("AGREE", DZA_GOV, ESP_GOV, G3, mode="meet", negated=True),
        event("SUPPORT", SANCHEZ, MAR_GOV, G6),
        event("SANCTION", DZA_GOV, ESP_GOV, G7, mode="withdraw"),
        event("SANCTION", DZA_GOV, ESP_GOV, G8, mode="discontinue"),
        event("COOPERATE", DZA_GOV, ESP_GOV, G9),
        event("AGREE", ALBARES, DZA_GOV, G10, mode="meet", date="2024-02-05"),
        event("ACCUSE", PP, SANCHEZ, G12, mode="disapprove"),
        event("REQUEST", GAMARRA, ALBARES, G13),
    ],
    "quotes": [
        quote("Die algerische Seite habe die Reise „aus Termingründen“ verschoben",
              "Ministry of Foreign Affairs of Spain", "indirect"),
        quote("aus Termingründen", "Ministry of Foreign Affairs of Spain", "direct"),
        quote("ernsthafteste, realistischste und glaubwürdigste Grundlage", "Pedro Sánchez", "direct"),
        quote("ausgezeichnet", "José Manuel Albares", "direct"),
        quote("die Beziehungen zu Algerien seien „ausgezeichnet“, und die Reise werde bald nachgeholt",
              "José Manuel Albares", "indirect"),
        quote("mit seinem Kurswechsel in der Westsahara-Frage das Verhältnis zu einem der wichtigsten "
              "Gaslieferanten Spaniens zerstört zu haben", "People's Party (Spain)", "indirect"),
        quote("im Parlament Rechenschaft abzulegen", "Cuca Gamarra", "indirect"),
        quote("Spanische Exporteure haben durch den faktischen Handelsstopp nach Branchenangaben Einbußen in "
              "Milliardenhöhe erlitten", "Spanish industry associations", "indirect"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Government of Algeria", "ORG", "DZA", ["Algerien", "Die algerische Seite", "Algier"]),
        entity("Algeria", "LOC", "DZA", ["Algerien"]),
        entity("José Manuel Albares", "PER", "ESP", ["des spanischen Außenministers José Manuel Albares", "Albares",
                                                     "den Außenminister", "er"]),
        entity("Ministry of Foreign Affairs of Spain", "ORG", "ESP", ["das Außenministerium in Madrid"]),
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("Ahmed Attaf", "PER", "DZA", ["seinem Amtskollegen Ahmed Attaf"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["Präsident Abdelmadjid Tebboune"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez", "Sánchez"]),
        entity("Moroccan autonomy plan for Western Sahara", "MISC", "MAR",
               ["den marokkanischen Autonomieplan für die Westsahara"]),
        entity("Western Sahara", "LOC", "ESH", ["die Westsahara"]),
        entity("Polisario Front", "ORG", "ESH", ["der Unabhängigkeitsbewegung Polisario"]),
        entity("Said Moussi", "PER", "DZA", ["seinen Botschafter"]),
        entity("Treaty of Friendship between Algeria and Spain", "MISC", "DZA", ["den Freundschaftsvertrag mit Spanien"]),
        entity("Spain", "LOC", "ESP", ["Spanien", "Spaniens"]),
        entity("Abdelfetah Daghmoum", "PER", "DZA", ["Abdelfetah Daghmoum"]),
        entity("People's Party (Spain)", "ORG", "ESP", ["Die konservative Volkspartei (PP)"]),
        entity("Cuca Gamarra", "PER", "ESP", ["PP-Generalsekretärin Cuca Gamarra"]),
        entity("Congress of Deputies of Spain", "ORG", "ESP", ["im Parlament"]),
        entity("Spanish exporters", "ORG", "ESP", ["Spanische Exporteure"]),
        entity("Medgaz", "LOC", "DZA", ["die Pipeline Medgaz"]),
    ],
}

# ---------------------------------------------------------------- hm455-de-03 (Iraq, Kataib Hezbollah in Dora)
KH = actor("Kataib Hezbollah", "IRQ", "REB")
IRQ_AGRI = actor("Agriculture Directorate in Dora", "IRQ", "GOV")
IRQ_FEDPOL = actor("Federal Police of Iraq", "IRQ", "COP")
NUMAN = actor("Sabah al-Numan", "IRQ", "MIL")
PMF = actor("Popular Mobilization Forces", "IRQ", "MIL")
IRQ_SEC = actor("Iraqi security forces", "IRQ", "COP")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
IRQ_PARL = actor("Council of Representatives of Iraq", "IRQ", "LEG")

H1 = ("Bagdad (dpa) - Bei einem Angriff schwer bewaffneter Milizionäre auf eine Behörde im Süden Bagdads sind ein "
      "Polizist und ein Zivilist getötet worden.")
H2 = ("Nach Angaben des Innenministeriums stürmten die Bewaffneten am Sonntagmorgen das Gebäude der "
      "Landwirtschaftsbehörde im Stadtteil Dora, als dort ein neuer Direktor sein Amt antreten sollte.")
H3 = "Als Einheiten der Bundespolizei eingriffen, kam es zu einem stundenlangen Feuergefecht."
H4 = "Mehrere Menschen wurden verletzt."
H5 = ("Der Militärsprecher von Ministerpräsident Mohammed Schia al-Sudani, Sabah al-Numan, machte die pro-iranische "
      "Miliz Kataib Hisbollah für den Angriff verantwortlich.")
H6 = ("Die Angreifer gehörten nach seinen Worten zwei Brigaden der Volksmobilisierungskräfte (PMF) an, eines "
      "Dachverbands überwiegend schiitischer Milizen, der formell dem Regierungschef untersteht.")
H7 = "Sicherheitskräfte hätten 14 Verdächtige festgenommen, sagte al-Numan."
H8 = "Sudani ordnete eine Untersuchung an und kündigte an, die Verantwortlichen zur Rechenschaft zu ziehen."
H9 = "Kataib Hisbollah erklärte dagegen, ihre Mitglieder seien zuerst von der Polizei beschossen worden."
H10 = "Die Miliz forderte die sofortige Freilassung der Festgenommenen."
H11 = "Die Regierung in Bagdad lehnte dies ab."
H12 = ("Das US-Außenministerium verurteilte den Angriff und forderte die irakische Regierung auf, die Milizen unter "
       "staatliche Kontrolle zu bringen.")
H13 = ("Washington drängt seit Monaten darauf, dass das irakische Parlament ein umstrittenes Gesetz über die "
       "Volksmobilisierungskräfte nicht verabschiedet.")
H14 = "Kritiker befürchten, dass es den Einfluss der Milizen weiter stärken würde."
H15 = ("Die USA machen Kataib Hisbollah für einen Drohnenangriff auf den Stützpunkt Tower 22 in Jordanien im Januar "
       "2024 verantwortlich, bei dem drei US-Soldaten getötet wurden.")
H16 = ("Der Zusammenstoß in Dora gilt als einer der schwersten zwischen staatlichen Sicherheitskräften und "
       "PMF-Einheiten seit Jahren.")

DE03 = {
    "id": "hm455-de-03", "lang": "de", "url": None, "published": "2025-07-28",
    "title": "Tote bei Milizangriff auf Behörde in Bagdad",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11], [H12, H13, H14], [H15, H16]),
    "events": [
        event("ASSAULT", KH, IRQ_AGRI, H1, mode="firearms", location="Baghdad", location_country="IRQ"),
        event("ASSAULT", KH, IRQ_AGRI, H2, date="2025-07-27", location="Dora", location_country="IRQ"),
        event("ASSAULT", IRQ_FEDPOL, KH, H3, mode="firearms", date="2025-07-27", location="Dora",
              location_country="IRQ"),
        event("ASSAULT", KH, IRQ_FEDPOL, H3, mode="firearms", date="2025-07-27", location="Dora",
              location_country="IRQ"),
        event("ACCUSE", NUMAN, KH, H5, mode="allege"),
        event("ACCUSE", NUMAN, PMF, H6, mode="allege"),
        event("COERCE", IRQ_SEC, KH, H7, mode="arrest"),
        event("ACCUSE", SUDANI, KH, H8, mode="investigate"),
        event("THREATEN", SUDANI, KH, H8),
        event("ACCUSE", KH, IRQ_FEDPOL, H9, mode="allege"),
        event("REQUEST", KH, IRQ_GOV, H10, mode="yield"),
        event("REJECT", IRQ_GOV, KH, H11, mode="yield"),
        event("ACCUSE", US_STATE, KH, H12, mode="disapprove"),
        event("REQUEST", US_STATE, IRQ_GOV, H12, mode="change"),
        event("REQUEST", USA_GOV, IRQ_PARL, H13),
        event("ACCUSE", USA_GOV, KH, H15, mode="allege"),
    ],
    "quotes": [
        quote("Nach Angaben des Innenministeriums stürmten die Bewaffneten am Sonntagmorgen das Gebäude der "
              "Landwirtschaftsbehörde im Stadtteil Dora, als dort ein neuer Direktor sein Amt antreten sollte",
              "Ministry of Interior of Iraq", "indirect"),
        quote("Die Angreifer gehörten nach seinen Worten zwei Brigaden der Volksmobilisierungskräfte (PMF) an",
              "Sabah al-Numan", "indirect"),
        quote("Sicherheitskräfte hätten 14 Verdächtige festgenommen", "Sabah al-Numan", "indirect"),
        quote("die Verantwortlichen zur Rechenschaft zu ziehen", "Mohammed Shia al-Sudani", "indirect"),
        quote("ihre Mitglieder seien zuerst von der Polizei beschossen worden", "Kataib Hezbollah", "indirect"),
        quote("die Milizen unter staatliche Kontrolle zu bringen", "United States Department of State", "indirect"),
        quote("dass das irakische Parlament ein umstrittenes Gesetz über die Volksmobilisierungskräfte nicht "
              "verabschiedet", "Government of the United States", "indirect"),
        quote("dass es den Einfluss der Milizen weiter stärken würde", "critics of the PMF law", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad", "Bagdads"]),
        entity("Kataib Hezbollah", "ORG", "IRQ", ["schwer bewaffneter Milizionäre", "die Bewaffneten",
                                                  "die pro-iranische Miliz Kataib Hisbollah", "Die Angreifer",
                                                  "Kataib Hisbollah", "Die Miliz", "ihre Mitglieder"]),
        entity("Agriculture Directorate in Dora", "ORG", "IRQ",
               ["eine Behörde im Süden Bagdads", "das Gebäude der Landwirtschaftsbehörde im Stadtteil Dora"]),
        entity("police officer killed in Dora", "PER", "IRQ", ["ein Polizist"]),
        entity("civilian killed in Dora", "PER", "IRQ", ["ein Zivilist"]),
        entity("Ministry of Interior of Iraq", "ORG", "IRQ", ["des Innenministeriums"]),
        entity("Dora", "LOC", "IRQ", ["im Stadtteil Dora", "Dora"]),
        entity("new director of the Agriculture Directorate in Dora", "PER", "IRQ", ["ein neuer Direktor"]),
        entity("Federal Police of Iraq", "ORG", "IRQ", ["Einheiten der Bundespolizei", "der Polizei"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani",
                                                         "dem Regierungschef", "Sudani"]),
        entity("Sabah al-Numan", "PER", "IRQ",
               ["Der Militärsprecher von Ministerpräsident Mohammed Schia al-Sudani, Sabah al-Numan", "seinen",
                "al-Numan"]),
        entity("Popular Mobilization Forces", "ORG", "IRQ", ["zwei Brigaden der Volksmobilisierungskräfte (PMF)",
                                                             "die Volksmobilisierungskräfte", "PMF-Einheiten"]),
        entity("Iraqi security forces", "ORG", "IRQ", ["Sicherheitskräfte", "staatlichen Sicherheitskräften"]),
        entity("detained suspects", "PER", "IRQ", ["14 Verdächtige", "der Festgenommenen"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Die Regierung in Bagdad", "die irakische Regierung"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "Die USA"]),
        entity("Council of Representatives of Iraq", "ORG", "IRQ", ["das irakische Parlament"]),
        entity("Popular Mobilization Forces law", "MISC", "IRQ",
               ["ein umstrittenes Gesetz über die Volksmobilisierungskräfte"]),
        entity("critics of the PMF law", "PER", "IRQ", ["Kritiker"]),
        entity("Tower 22", "LOC", "JOR", ["den Stützpunkt Tower 22 in Jordanien"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien"]),
        entity("United States soldiers killed at Tower 22", "PER", "USA", ["drei US-Soldaten"]),
    ],
}

# ---------------------------------------------------------------- hm455-de-04 (Iran/Afghanistan, deportations)
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
IRN_INTERIOR = actor("Ministry of Interior of Iran", "IRN", "GOV")
IRN_POLICE = actor("Iranian police", "IRN", "COP")
IRN_SEC = actor("Iranian security forces", "IRN", "COP")
AFGHANS_IRN = actor("undocumented Afghan migrants in Iran", "AFG", "CVL")
AFG_SPIES = actor("Afghans accused of spying for Israel", "AFG", "CVL")
TALIBAN = actor("Government of Afghanistan (Taliban)", "AFG", "GOV")
AFG_REFUGEE_MIN = actor("Ministry of Refugees and Repatriation of Afghanistan", "AFG", "GOV")
UNHCR = actor("United Nations High Commissioner for Refugees", "UNO", "IGO")
MOHAJERANI = actor("Fatemeh Mohajerani", "IRN", "GOV")
UN = actor("United Nations", "UNO", "IGO")
AFG_RETURNEES = actor("Afghan returnees from Iran", "AFG", "CVL")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
AFGHANS_PAK = actor("Afghan migrants in Pakistan", "AFG", "CVL")

F1 = ("Teheran (dpa) - Nach Ablauf einer Frist für Afghanen ohne gültige Papiere haben die iranischen Behörden ihre "
      "Abschiebungen in das Nachbarland massiv ausgeweitet.")
F2 = ("Polizisten nahmen am Montag in Teheran und anderen Städten zahlreiche Afghanen fest, wie die amtliche "
      "Nachrichtenagentur Irna berichtete.")
F3 = ("Das Innenministerium hatte alle Afghanen ohne Aufenthaltserlaubnis aufgefordert, das Land bis zum 6. Juli zu "
      "verlassen.")
F4 = "Eine Verlängerung der Frist, wie sie die Taliban in Kabul verlangt hatten, lehnte Teheran ab."
F5 = ("Nach Angaben der Internationalen Organisation für Migration (IOM) überquerten allein seit Anfang Juni mehr als "
      "eine halbe Million Menschen die Grenze nach Afghanistan.")
F6 = ("Viele von ihnen seien abgeschoben worden, andere hätten das Land aus Angst vor Festnahmen verlassen, teilte "
      "die UN-Organisation mit.")
F7 = ("Am Grenzübergang Islam Kala in der westafghanischen Provinz Herat warteten Tausende Rückkehrer bei "
      "Temperaturen von mehr als 40 Grad auf Hilfe.")
F8 = ("Die Taliban-Regierung forderte Teheran erneut auf, die Abschiebungen auszusetzen und den Menschen mehr Zeit "
      "zu geben.")
F9 = ("Die Flüchtlinge dürften nicht „gewaltsam und würdelos“ aus dem Land gedrängt werden, sagte ein Sprecher des "
      "Flüchtlingsministeriums in Kabul.")
F10 = ("Das UN-Flüchtlingshilfswerk UNHCR warnte vor einer humanitären Krise und rief Iran auf, die Rückführungen "
       "geordnet und freiwillig zu gestalten.")
F11 = "Regierungssprecherin Fatemeh Mohajerani verteidigte das Vorgehen."
F12 = ("Iran habe über Jahrzehnte Millionen Afghanen aufgenommen und könne diese Last nicht länger allein tragen, "
       "sagte sie.")
F13 = ("Zugleich warf sie den Vereinten Nationen vor, Teheran bei der Versorgung der Flüchtlinge im Stich gelassen "
       "zu haben.")
F14 = ("Iranische Medien berichteten zudem über die Festnahme mehrerer Afghanen, denen Spionage für Israel "
       "vorgeworfen wird.")
F15 = ("Seit dem zwölftägigen Krieg mit Israel im Juni gehen die Sicherheitsbehörden verstärkt gegen mutmaßliche "
       "Agenten vor.")
F16 = ("Rückkehrer berichteten von Schlägen und Misshandlungen in Abschiebelagern, was die iranische Polizei "
       "bestritt.")
F17 = "Auch Pakistan schiebt seit 2023 Hunderttausende Afghanen ab."

DE04 = {
    "id": "hm455-de-04", "lang": "de", "url": None, "published": "2025-07-07",
    "title": "Iran weitet Abschiebungen von Afghanen nach Fristablauf aus",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10], [F11, F12, F13], [F14, F15, F16, F17]),
    "events": [
        event("COERCE", IRN_GOV, AFGHANS_IRN, F1, mode="deport"),
        event("COERCE", IRN_POLICE, AFGHANS_IRN, F2, mode="arrest", date="2025-07-07", location="Tehran",
              location_country="IRN"),
        event("REQUEST", IRN_INTERIOR, AFGHANS_IRN, F3),
        event("REQUEST", TALIBAN, IRN_GOV, F4, mode="change"),
        event("REJECT", IRN_GOV, TALIBAN, F4, mode="change"),
        event("COERCE", IRN_GOV, AFGHANS_IRN, F6, mode="deport"),
        event("REQUEST", TALIBAN, IRN_GOV, F8, mode="change"),
        event("REQUEST", AFG_REFUGEE_MIN, IRN_GOV, F9, mode="change"),
        event("REQUEST", UNHCR, IRN_GOV, F10, mode="change"),
        event("ACCUSE", MOHAJERANI, UN, F13, mode="disapprove"),
        event("COERCE", IRN_SEC, AFG_SPIES, F14, mode="arrest"),
        event("ACCUSE", IRN_SEC, AFG_SPIES, F14, mode="allege"),
        event("ACCUSE", AFG_RETURNEES, IRN_POLICE, F16, mode="allege"),
        event("COERCE", PAK_GOV, AFGHANS_PAK, F17, mode="deport"),
    ],
    "quotes": [
        quote("Polizisten nahmen am Montag in Teheran und anderen Städten zahlreiche Afghanen fest",
              "Islamic Republic News Agency", "indirect"),
        quote("Nach Angaben der Internationalen Organisation für Migration (IOM) überquerten allein seit Anfang Juni "
              "mehr als eine halbe Million Menschen die Grenze nach Afghanistan",
              "International Organization for Migration", "indirect"),
        quote("Viele von ihnen seien abgeschoben worden, andere hätten das Land aus Angst vor Festnahmen verlassen",
              "International Organization for Migration", "indirect"),
        quote("die Abschiebungen auszusetzen und den Menschen mehr Zeit zu geben",
              "Government of Afghanistan (Taliban)", "indirect"),
        quote("gewaltsam und würdelos", "spokesman of the Ministry of Refugees and Repatriation of Afghanistan",
              "direct"),
        quote("Die Flüchtlinge dürften nicht „gewaltsam und würdelos“ aus dem Land gedrängt werden",
              "spokesman of the Ministry of Refugees and Repatriation of Afghanistan", "indirect"),
        quote("die Rückführungen geordnet und freiwillig zu gestalten",
              "United Nations High Commissioner for Refugees", "indirect"),
        quote("Iran habe über Jahrzehnte Millionen Afghanen aufgenommen und könne diese Last nicht länger allein "
              "tragen", "Fatemeh Mohajerani", "indirect"),
        quote("Teheran bei der Versorgung der Flüchtlinge im Stich gelassen zu haben", "Fatemeh Mohajerani",
              "indirect"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Government of Iran", "ORG", "IRN", ["die iranischen Behörden", "Teheran", "Iran"]),
        entity("Iran", "LOC", "IRN", ["Iran", "das Land"]),
        entity("undocumented Afghan migrants in Iran", "PER", "AFG",
               ["Afghanen ohne gültige Papiere", "zahlreiche Afghanen", "alle Afghanen ohne Aufenthaltserlaubnis",
                "mehr als eine halbe Million Menschen", "Viele von ihnen", "den Menschen", "Die Flüchtlinge",
                "Millionen Afghanen", "der Flüchtlinge"]),
        entity("Afghanistan", "LOC", "AFG", ["das Nachbarland", "Afghanistan"]),
        entity("Iranian police", "ORG", "IRN", ["Polizisten", "die iranische Polizei"]),
        entity("Islamic Republic News Agency", "ORG", "IRN", ["die amtliche Nachrichtenagentur Irna"]),
        entity("Ministry of Interior of Iran", "ORG", "IRN", ["Das Innenministerium"]),
        entity("Government of Afghanistan (Taliban)", "ORG", "AFG", ["die Taliban in Kabul", "Die Taliban-Regierung"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("International Organization for Migration", "ORG", "UNO",
               ["der Internationalen Organisation für Migration (IOM)", "die UN-Organisation"]),
        entity("Islam Qala", "LOC", "AFG", ["Grenzübergang Islam Kala"]),
        entity("Herat Province", "LOC", "AFG", ["der westafghanischen Provinz Herat"]),
        entity("Afghan returnees from Iran", "PER", "AFG", ["Tausende Rückkehrer", "Rückkehrer"]),
        entity("Ministry of Refugees and Repatriation of Afghanistan", "ORG", "AFG",
               ["des Flüchtlingsministeriums in Kabul"]),
        entity("spokesman of the Ministry of Refugees and Repatriation of Afghanistan", "PER", "AFG",
               ["ein Sprecher des Flüchtlingsministeriums in Kabul"]),
        entity("United Nations High Commissioner for Refugees", "ORG", "UNO", ["Das UN-Flüchtlingshilfswerk UNHCR"]),
        entity("Fatemeh Mohajerani", "PER", "IRN", ["Regierungssprecherin Fatemeh Mohajerani", "sie"]),
        entity("United Nations", "ORG", "UNO", ["den Vereinten Nationen"]),
        entity("Iranian media", "ORG", "IRN", ["Iranische Medien"]),
        entity("Afghans accused of spying for Israel", "PER", "AFG", ["mehrerer Afghanen"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Iranian security forces", "ORG", "IRN", ["die Sicherheitsbehörden"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
        entity("Afghan migrants in Pakistan", "PER", "AFG", ["Hunderttausende Afghanen"]),
    ],
}

# ---------------------------------------------------------------- hm455-en-01 (Syria/Lebanon, Jeddah border deal)
ABU_QASRA = actor("Murhaf Abu Qasra", "SYR", "GOV")
MENASSA = actor("Michel Menassa", "LBN", "GOV")
KBS = actor("Khalid bin Salman", "SAU", "GOV")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
SYR_MOD = actor("Ministry of Defense of Syria", "SYR", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
SYR_FORCES = actor("Syrian Armed Forces", "SYR", "MIL")
LBN_VILLAGERS = actor("residents of Lebanese border villages", "LBN", "CVL")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
SALAM = actor("Nawaf Salam", "LBN", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")

E1 = ("JEDDAH, Saudi Arabia (AP) — The defense ministers of Syria and Lebanon agreed late Thursday to demarcate the "
      "border between their two countries, two weeks after deadly clashes along the frontier.")
E2 = ("Syria's Murhaf Abu Qasra and Lebanon's Michel Menassa met in the Red Sea city of Jeddah under the auspices of "
      "Saudi Defense Minister Prince Khalid bin Salman, the Saudi Press Agency reported.")
E3 = ("According to a joint statement, the two sides stressed the \"strategic importance\" of demarcating the border "
      "and agreed to form legal and specialized technical committees.")
E4 = ("They also agreed to activate coordination mechanisms to deal with security and military challenges and to "
      "hold a follow-up meeting in Saudi Arabia.")
E5 = ("Prince Khalid wrote on X that the kingdom would continue to support \"everything that achieves security and "
      "stability\" in both countries.")
E6 = ("The agreement follows fighting in mid-March around the Lebanese border town of Hermel, in which at least 10 "
      "people were killed.")
E7 = ("Syria's Defense Ministry accused Hezbollah of crossing into Syrian territory and killing three Syrian soldiers, "
      "an allegation the Lebanese group denied.")
E8 = "Syrian forces then shelled Lebanese border villages, and the Lebanese army said it had returned fire."
E9 = "Abu Qasra and Menassa agreed on a ceasefire in a phone call on March 17."
E10 = "Lebanese Prime Minister Nawaf Salam thanked Saudi Arabia for its mediation."
E11 = ("\"The border must be controlled by the state alone,\" Salam told reporters in Beirut, in remarks widely seen "
       "as aimed at Hezbollah.")
E12 = ("Syria's new authorities have accused the group of smuggling weapons and drugs across the porous frontier "
       "since the fall of President Bashar Assad in December.")
E13 = "Hezbollah, which fought alongside Assad's forces during the civil war, did not immediately comment on the deal."
E14 = ("The roughly 375-kilometer (233-mile) border has never been fully demarcated, and smuggling networks have long "
       "operated along it.")
E15 = ("France, which drew the border during its mandate over both countries, has offered to provide maps from its "
       "archives.")

EN01 = {
    "id": "hm455-en-01", "lang": "en", "url": None, "published": "2025-03-28",
    "title": "Syria and Lebanon agree in Saudi Arabia to demarcate their border after deadly clashes",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8, E9], [E10, E11, E12, E13], [E14, E15]),
    "events": [
        event("AGREE", ABU_QASRA, MENASSA, E1, date="2025-03-27", location="Jeddah", location_country="SAU"),
        event("CONSULT", ABU_QASRA, MENASSA, E2, mode="meet", date="2025-03-27", location="Jeddah",
              location_country="SAU"),
        event("CONSULT", KBS, ABU_QASRA, E2, mode="third-party", date="2025-03-27", location="Jeddah",
              location_country="SAU"),
        event("CONSULT", KBS, MENASSA, E2, mode="third-party", date="2025-03-27", location="Jeddah",
              location_country="SAU"),
        event("AGREE", ABU_QASRA, MENASSA, E3),
        event("AGREE", ABU_QASRA, MENASSA, E4),
        event("AGREE", KBS, SYR_GOV, E5),
        event("AGREE", KBS, LBN_GOV, E5),
        event("ACCUSE", SYR_MOD, HEZBOLLAH, E7, mode="allege"),
        event("ASSAULT", SYR_FORCES, LBN_VILLAGERS, E8, mode="heavy-weapons"),
        event("ASSAULT", LAF, SYR_FORCES, E8),
        event("AGREE", ABU_QASRA, MENASSA, E9, date="2025-03-17"),
        event("CONSULT", ABU_QASRA, MENASSA, E9, mode="phone", date="2025-03-17"),
        event("SUPPORT", SALAM, SAU_GOV, E10),
        event("ACCUSE", SYR_GOV, HEZBOLLAH, E12, mode="allege"),
        event("AGREE", FRA_GOV, SYR_GOV, E15),
        event("AGREE", FRA_GOV, LBN_GOV, E15),
    ],
    "quotes": [
        quote("Syria's Murhaf Abu Qasra and Lebanon's Michel Menassa met in the Red Sea city of Jeddah under the "
              "auspices of Saudi Defense Minister Prince Khalid bin Salman", "Saudi Press Agency", "indirect"),
        quote("strategic importance", "joint statement of Syria and Lebanon", "direct"),
        quote("the two sides stressed the \"strategic importance\" of demarcating the border and agreed to form "
              "legal and specialized technical committees", "joint statement of Syria and Lebanon", "indirect"),
        quote("everything that achieves security and stability", "Khalid bin Salman", "direct"),
        quote("the kingdom would continue to support \"everything that achieves security and stability\" in both "
              "countries", "Khalid bin Salman", "indirect"),
        quote("it had returned fire", "Lebanese Armed Forces", "indirect"),
        quote("The border must be controlled by the state alone", "Nawaf Salam", "direct"),
    ],
    "entities": [
        entity("Jeddah", "LOC", "SAU", ["JEDDAH", "the Red Sea city of Jeddah"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia"]),
        entity("defense ministers of Syria and Lebanon", "PER", None,
               ["The defense ministers of Syria and Lebanon", "the two sides", "They"]),
        entity("Syria", "LOC", "SYR", ["Syria", "Syria's"]),
        entity("Lebanon", "LOC", "LBN", ["Lebanon", "Lebanon's"]),
        entity("Murhaf Abu Qasra", "PER", "SYR", ["Syria's Murhaf Abu Qasra", "Abu Qasra"]),
        entity("Michel Menassa", "PER", "LBN", ["Lebanon's Michel Menassa", "Menassa"]),
        entity("Khalid bin Salman", "PER", "SAU", ["Saudi Defense Minister Prince Khalid bin Salman",
                                                   "Prince Khalid"]),
        entity("Saudi Press Agency", "ORG", "SAU", ["the Saudi Press Agency"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["the kingdom", "Saudi Arabia"]),
        entity("Hermel", "LOC", "LBN", ["the Lebanese border town of Hermel"]),
        entity("Ministry of Defense of Syria", "ORG", "SYR", ["Syria's Defense Ministry"]),
        entity("Hezbollah", "ORG", "LBN", ["Hezbollah", "the Lebanese group", "the group"]),
        entity("Syrian soldiers killed near Hermel", "PER", "SYR", ["three Syrian soldiers"]),
        entity("Syrian Armed Forces", "ORG", "SYR", ["Syrian forces"]),
        entity("Lebanese border villages", "LOC", "LBN", ["Lebanese border villages"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["the Lebanese army"]),
        entity("Nawaf Salam", "PER", "LBN", ["Lebanese Prime Minister Nawaf Salam", "Salam"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Government of Syria", "ORG", "SYR", ["Syria's new authorities"]),
        entity("Bashar Assad", "PER", "SYR", ["President Bashar Assad", "Assad's"]),
        entity("Government of France", "ORG", "FRA", ["France"]),
    ],
}

# ---------------------------------------------------------------- hm455-en-02 (Egypt joins ICJ case against Israel)
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
EGY_MFA = actor("Ministry of Foreign Affairs of Egypt", "EGY", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
ICJ = actor("International Court of Justice", "UNO", "JUD")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
KATZ = actor("Israel Katz", "ISR", "GOV")
SHOUKRY = actor("Sameh Shoukry", "EGY", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
EGY_OFFICIALS = actor("Egyptian officials", "EGY", "GOV")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
LBY_GOV = actor("Government of Libya", "LBY", "GOV")

C1 = ("CAIRO (AP) — Egypt has announced that it will join South Africa's case at the International Court of Justice "
      "accusing Israel of genocide in Gaza, the strongest public rebuke by Cairo since the war began.")
C2 = ("The Foreign Ministry said Sunday it would formally submit a declaration of intervention to the court in light "
      "of \"the increasing severity and scope of Israeli attacks against Palestinian civilians in the Gaza Strip.\"")
C3 = ("It called on Israel to comply with its obligations as the occupying power and to implement the provisional "
      "measures ordered by the court.")
C4 = "The court ordered Israel in January to take all measures within its power to prevent genocidal acts in Gaza."
C5 = ("South Africa asked the judges on Friday to order an Israeli withdrawal from Rafah, and hearings on the request "
      "are scheduled for Thursday and Friday in The Hague.")
C6 = ("Israeli troops seized the Palestinian side of the Rafah crossing between Gaza and Egypt last week, shutting "
      "the main entry point for humanitarian aid.")
C7 = ("Egypt has refused to coordinate aid deliveries through the crossing with Israel, according to Egyptian "
      "officials, and says Israel alone is responsible for its closure.")
C8 = "On Tuesday, Israeli Foreign Minister Israel Katz called on Egypt to reopen the crossing."
C9 = ("\"The key to preventing a humanitarian crisis in Gaza is now in the hands of our Egyptian friends,\" Katz "
      "wrote on X.")
C10 = ("Egyptian Foreign Minister Sameh Shoukry accused Israel of trying to \"twist the facts\" and evade "
       "responsibility for the blocked aid.")
C11 = ("Israel is solely responsible for the humanitarian catastrophe facing Palestinians in Gaza, Shoukry said in a "
       "statement.")
C12 = "Israel rejects the genocide allegations as baseless and says it is fighting Hamas, not civilians."
C13 = "Hamas welcomed Egypt's decision in a statement."
C14 = ("Egypt, which made peace with Israel in 1979, has acted as a key mediator between Israel and Hamas alongside "
       "Qatar and the United States.")
C15 = ("Egyptian officials have warned that an Israeli offensive in Rafah could endanger the peace treaty, though "
       "Cairo has not suspended any part of it.")
C16 = "Colombia, Nicaragua and Libya have also asked to intervene in the case."

EN02 = {
    "id": "hm455-en-02", "lang": "en", "url": None, "published": "2024-05-14",
    "title": "Egypt to join South Africa's genocide case against Israel at the UN's top court",
    "text": paragraphs([C1, C2, C3], [C4, C5], [C6, C7, C8, C9, C10, C11], [C12, C13], [C14, C15, C16]),
    "events": [
        event("AGREE", EGY_GOV, ZAF_GOV, C1),
        event("ACCUSE", ZAF_GOV, ISR_GOV, C1, mode="allege"),
        event("ACCUSE", EGY_GOV, ISR_GOV, C1, mode="disapprove"),
        event("AGREE", EGY_MFA, ICJ, C2, date="2024-05-12"),
        event("ACCUSE", EGY_MFA, ISR_GOV, C2, mode="allege", date="2024-05-12"),
        event("REQUEST", EGY_MFA, ISR_GOV, C3),
        event("REQUEST", ICJ, ISR_GOV, C4),
        event("REQUEST", ZAF_GOV, ICJ, C5, date="2024-05-10"),
        event("COERCE", IDF, None, C6, mode="seize", location="Rafah", location_country="PSE"),
        event("REJECT", EGY_GOV, ISR_GOV, C7),
        event("ACCUSE", EGY_GOV, ISR_GOV, C7, mode="allege"),
        event("REQUEST", KATZ, EGY_GOV, C8, date="2024-05-14"),
        event("ACCUSE", SHOUKRY, ISR_GOV, C10, mode="disapprove"),
        event("ACCUSE", SHOUKRY, ISR_GOV, C11, mode="allege"),
        event("SUPPORT", HAMAS, EGY_GOV, C13),
        event("THREATEN", EGY_OFFICIALS, ISR_GOV, C15),
        event("SANCTION", EGY_GOV, ISR_GOV, C15, mode="discontinue", negated=True),
        event("REQUEST", COL_GOV, ICJ, C16),
        event("REQUEST", NIC_GOV, ICJ, C16),
        event("REQUEST", LBY_GOV, ICJ, C16),
    ],
    "quotes": [
        quote("it will join South Africa's case at the International Court of Justice accusing Israel of genocide in "
              "Gaza", "Government of Egypt", "indirect"),
        quote("the increasing severity and scope of Israeli attacks against Palestinian civilians in the Gaza Strip",
              "Ministry of Foreign Affairs of Egypt", "direct"),
        quote("it would formally submit a declaration of intervention to the court in light of \"the increasing "
              "severity and scope of Israeli attacks against Palestinian civilians in the Gaza Strip.\"",
              "Ministry of Foreign Affairs of Egypt", "indirect"),
        quote("Egypt has refused to coordinate aid deliveries through the crossing with Israel", "Egyptian officials",
              "indirect"),
        quote("Israel alone is responsible for its closure", "Government of Egypt", "indirect"),
        quote("The key to preventing a humanitarian crisis in Gaza is now in the hands of our Egyptian friends",
              "Israel Katz", "direct"),
        quote("twist the facts", "Sameh Shoukry", "direct"),
        quote("Israel is solely responsible for the humanitarian catastrophe facing Palestinians in Gaza",
              "Sameh Shoukry", "indirect"),
        quote("it is fighting Hamas, not civilians", "Government of Israel", "indirect"),
        quote("an Israeli offensive in Rafah could endanger the peace treaty", "Egyptian officials", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["CAIRO"]),
        entity("Government of Egypt", "ORG", "EGY", ["Egypt", "Cairo", "Egypt's"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("Government of South Africa", "ORG", "ZAF", ["South Africa's", "South Africa"]),
        entity("International Court of Justice", "ORG", "UNO",
               ["the International Court of Justice", "the court", "The court", "the judges"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "the Gaza Strip"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["The Foreign Ministry", "It"]),
        entity("Palestinian civilians", "PER", "PSE", ["Palestinian civilians", "Palestinians"]),
        entity("Rafah", "LOC", "PSE", ["Rafah"]),
        entity("The Hague", "LOC", "NLD", ["The Hague"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israeli troops"]),
        entity("Rafah crossing", "LOC", "PSE", ["the Palestinian side of the Rafah crossing", "the crossing"]),
        entity("Egyptian officials", "PER", "EGY", ["Egyptian officials"]),
        entity("Israel Katz", "PER", "ISR", ["Israeli Foreign Minister Israel Katz", "Katz"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Sameh Shoukry", "PER", "EGY", ["Egyptian Foreign Minister Sameh Shoukry", "Shoukry"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Qatar", "ORG", "QAT", ["Qatar"]),
        entity("United States", "ORG", "USA", ["the United States"]),
        entity("Egypt-Israel peace treaty", "MISC", "EGY", ["the peace treaty"]),
        entity("Government of Colombia", "ORG", "COL", ["Colombia"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Nicaragua"]),
        entity("Government of Libya", "ORG", "LBY", ["Libya"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
