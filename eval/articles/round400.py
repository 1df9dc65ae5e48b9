"""Round 400: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023, invented wording and details):
- hm400-de-01: Nigeria: the Supreme Court dismisses Atiku Abubakar's and Peter Obi's appeals against Bola Tinubu's election win; the Chicago certificate documents refused, Tinubu welcomes the ruling and calls on his rivals to join him, the Labour Party objects, security forces push back Obi supporters outside the court, no arrests (2023-10-27).
- hm400-de-02: Tanzania: thousands of Maasai block the Ngorongoro-Serengeti road in protest against their removal from the voter register and relocation to Msomera; government spokesman Matinyi refuses to halt the programme, police reinforcements, Chadema and Tundu Lissu back the protesters, Amnesty's appeal, Majaliwa receives Maasai elders and promises a review (2024-08-20).
- hm400-de-03: Somaliland: SSC-Khatumo forces overrun the Goojacade army base near Las Anod and Somaliland's troops pull back to Oog; Muse Bihi accuses Mogadishu and Puntland, OCHA appeals to both sides, Firdhiye offers a prisoner exchange that Hargeisa rejects, protest in Hargeisa, Waddani demands the defence minister's resignation (2023-08-26).
- hm400-de-04: DR Congo/Kenya: Kinshasa recalls its ambassador from Nairobi and its EAC envoy and summons Kenya's ambassador after Corneille Nangaa launches the Alliance Fleuve Congo with the M23 in Nairobi; Muyaya's protest, Ruto refuses to arrest anyone, Kenya's foreign ministry distances itself, Tshisekedi's accusation against Rwanda (2023-12-16).
- hm400-en-01: Cameroon: businessman Jean-Pierre Amougou Belinga arrested over the killing of radio journalist Martinez Zogo; DGRE officers including Justin Danwe detained, Biya suspends intelligence chief Eko Eko, the presidency's pledge, Sadi condemns, RSF and Sadibou Marong demand trials of the masterminds, journalists march, U.S. and EU appeals (2023-02-07).
- hm400-en-02: Ethiopia: USAID and the WFP suspend food aid across Ethiopia over a diversion scheme; USAID accuses government entities and urges reforms, Samantha Power phones Abiy, Addis Ababa agrees to a joint investigation but Legesse Tulu speaks of collective punishment, the May halt in Tigray and Getachew Reda's arrests recalled, Save the Children's appeal (2023-06-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm400-de-01 (Nigeria, Supreme Court upholds Tinubu)
NGA_SUPREME = actor("Supreme Court of Nigeria", "NGA", "JUD")
ATIKU = actor("Atiku Abubakar", "NGA", "OPP")
OBI = actor("Peter Obi", "NGA", "OPP")
INEC = actor("Independent National Electoral Commission", "NGA", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
LABOUR = actor("Labour Party (Nigeria)", "NGA", "PTY")
IFOH = actor("Obiora Ifoh", "NGA", "PTY")
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")
NGA_ARMY = actor("Nigerian Army", "NGA", "MIL")
NGA_SECURITY = actor("Nigerian security forces", "NGA", "COP")
OBI_SUPPORTERS = actor("supporters of Peter Obi", "NGA", "CVL")

N1 = ("Abuja (dpa) - Nigerias Oberster Gerichtshof hat die Klagen der beiden wichtigsten Oppositionskandidaten gegen "
      "den Wahlsieg von Präsident Bola Tinubu abgewiesen.")
N2 = ("Ein siebenköpfiges Richtergremium unter Vorsitz von Richter John Inyang Okoro wies die Berufungen von Atiku "
      "Abubakar von der Demokratischen Volkspartei (PDP) und Peter Obi von der Labour Party am Donnerstag in Abuja "
      "als unbegründet zurück.")
N3 = "Damit ist der Rechtsweg gegen das Ergebnis der Präsidentenwahl vom Februar ausgeschöpft."
N4 = "Die Wahlkommission INEC hatte Tinubu im März mit knapp 37 Prozent der Stimmen zum Sieger erklärt."
N5 = ("Atiku und Obi warfen der Kommission vor, die Ergebnisse manipuliert und die elektronische Übermittlung aus den "
      "Wahllokalen bewusst verzögert zu haben.")
N6 = ("Atiku hatte zudem Unterlagen einer Universität in Chicago vorgelegt, die nach seinen Angaben belegen, dass "
      "Tinubu ein gefälschtes Zeugnis eingereicht habe.")
N7 = "Das Gericht lehnte es ab, die Dokumente so spät im Verfahren noch zuzulassen."
N8 = "Tinubu hat die Vorwürfe stets zurückgewiesen."
N9 = ("Der Präsident begrüßte das Urteil und rief seine beiden Rivalen auf, nun gemeinsam mit ihm am Aufbau des "
      "Landes mitzuwirken.")
N10 = ("„Die Wahl ist vorbei, jetzt ist die Zeit für die Regierungsarbeit“, hieß es in einer Erklärung seines "
       "Sprechers Ajuri Ngelale.")
N11 = "Die Labour Party sprach dagegen von einem „schwarzen Tag für die Demokratie“."
N12 = "Ihr Sprecher Obiora Ifoh sagte, die Richter hätten sich über eindeutige Beweise hinweggesetzt."
N13 = "Die PDP kündigte an, sich erst nach Beratungen der Parteiführung zu dem Urteil zu äußern."
N14 = "Vor dem Gerichtsgebäude in Abuja zogen schon am frühen Morgen Polizisten und Soldaten auf."
N15 = ("Sicherheitskräfte drängten Dutzende Anhänger Obis ab, die vor dem Gebäude gegen das Urteil "
       "demonstrierten.")
N16 = "Festnahmen gab es nach Angaben der Polizei nicht."
N17 = "Tinubu hatte im Mai die Nachfolge von Muhammadu Buhari angetreten."
N18 = ("Seine Regierung steht wegen der Abschaffung der Benzinsubventionen und stark gestiegener Preise unter "
       "Druck.")

DE01 = {
    "id": "hm400-de-01", "lang": "de", "url": None, "published": "2023-10-27",
    "title": "Nigerias Oberstes Gericht bestätigt Tinubus Wahlsieg",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8], [N9, N10, N11, N12, N13], [N14, N15, N16],
                       [N17, N18]),
    "events": [
        event("REJECT", NGA_SUPREME, ATIKU, N1),
        event("REJECT", NGA_SUPREME, OBI, N1),
        event("REJECT", NGA_SUPREME, ATIKU, N2, date="2023-10-26", location="Abuja", location_country="NGA"),
        event("REJECT", NGA_SUPREME, OBI, N2, date="2023-10-26", location="Abuja", location_country="NGA"),
        event("ACCUSE", ATIKU, INEC, N5, mode="allege"),
        event("ACCUSE", OBI, INEC, N5, mode="allege"),
        event("ACCUSE", ATIKU, TINUBU, N6, mode="allege"),
        event("REJECT", NGA_SUPREME, ATIKU, N7),
        event("SUPPORT", TINUBU, NGA_SUPREME, N9),
        event("REQUEST", TINUBU, ATIKU, N9),
        event("REQUEST", TINUBU, OBI, N9),
        event("ACCUSE", LABOUR, NGA_SUPREME, N11, mode="disapprove"),
        event("ACCUSE", IFOH, NGA_SUPREME, N12, mode="disapprove"),
        event("MOBILIZE", NGA_POLICE, None, N14, mode="police", date="2023-10-26", location="Abuja",
              location_country="NGA"),
        event("MOBILIZE", NGA_ARMY, None, N14, mode="troops", date="2023-10-26", location="Abuja",
              location_country="NGA"),
        event("COERCE", NGA_SECURITY, OBI_SUPPORTERS, N15, mode="crowd-control", location="Abuja",
              location_country="NGA"),
        event("PROTEST", OBI_SUPPORTERS, NGA_SUPREME, N15, mode="demo", location="Abuja", location_country="NGA"),
        event("COERCE", NGA_POLICE, OBI_SUPPORTERS, N16, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("die Ergebnisse manipuliert und die elektronische Übermittlung aus den Wahllokalen bewusst verzögert zu "
              "haben", "Atiku Abubakar", "indirect"),
        quote("die Ergebnisse manipuliert und die elektronische Übermittlung aus den Wahllokalen bewusst verzögert zu "
              "haben", "Peter Obi", "indirect"),
        quote("dass Tinubu ein gefälschtes Zeugnis eingereicht habe", "Atiku Abubakar", "indirect"),
        quote("Die Wahl ist vorbei, jetzt ist die Zeit für die Regierungsarbeit", "Ajuri Ngelale", "direct"),
        quote("schwarzen Tag für die Demokratie", "Labour Party (Nigeria)", "direct"),
        quote("die Richter hätten sich über eindeutige Beweise hinweggesetzt", "Obiora Ifoh", "indirect"),
        quote("Festnahmen gab es nach Angaben der Polizei nicht", "Nigeria Police Force", "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias", "des Landes"]),
        entity("Supreme Court of Nigeria", "ORG", "NGA",
               ["Nigerias Oberster Gerichtshof", "Ein siebenköpfiges Richtergremium", "Das Gericht", "die Richter"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu", "Tinubu", "Der Präsident", "ihm", "seines",
                                             "Seine"]),
        entity("John Inyang Okoro", "PER", "NGA", ["Richter John Inyang Okoro"]),
        entity("Atiku Abubakar", "PER", "NGA", ["Atiku Abubakar", "Atiku", "seinen"]),
        entity("Peoples Democratic Party", "ORG", "NGA", ["der Demokratischen Volkspartei (PDP)", "Die PDP"]),
        entity("Peter Obi", "PER", "NGA", ["Peter Obi", "Obi", "Obis"]),
        entity("Labour Party (Nigeria)", "ORG", "NGA", ["der Labour Party", "Die Labour Party", "Ihr"]),
        entity("Independent National Electoral Commission", "ORG", "NGA", ["Die Wahlkommission INEC",
                                                                           "der Kommission"]),
        entity("Chicago State University", "ORG", "USA", ["einer Universität in Chicago"]),
        entity("Ajuri Ngelale", "PER", "NGA", ["seines Sprechers Ajuri Ngelale"]),
        entity("Obiora Ifoh", "PER", "NGA", ["Ihr Sprecher Obiora Ifoh"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["Polizisten", "der Polizei"]),
        entity("Nigerian Army", "ORG", "NGA", ["Soldaten"]),
        entity("Nigerian security forces", "ORG", "NGA", ["Sicherheitskräfte"]),
        entity("supporters of Peter Obi", "PER", "NGA", ["Dutzende Anhänger Obis"]),
        entity("Muhammadu Buhari", "PER", "NGA", ["Muhammadu Buhari"]),
        entity("Government of Nigeria", "ORG", "NGA", ["Seine Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm400-de-02 (Tanzania, Maasai protest in Ngorongoro)
MAASAI = actor("Maasai protesters in Ngorongoro", "TZA", "CVL")
TZA_GOV = actor("Government of Tanzania", "TZA", "GOV")
MATINYI = actor("Mobhare Matinyi", "TZA", "GOV")
TZA_POLICE = actor("Tanzania Police Force", "TZA", "COP")
CHADEMA = actor("Chadema", "TZA", "OPP")
LISSU = actor("Tundu Lissu", "TZA", "OPP")
SAMIA = actor("Samia Suluhu Hassan", "TZA", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
MAASAI_ELDERS = actor("Maasai elders", "TZA", "CVL")
MAJALIWA = actor("Kassim Majaliwa", "TZA", "GOV")

T1 = ("Arusha (dpa) - Tausende Angehörige der Volksgruppe der Massai haben im Norden Tansanias gegen ihre drohende "
      "Umsiedlung aus dem Schutzgebiet Ngorongoro protestiert.")
T2 = ("Die Demonstranten blockieren seit Sonntag die Hauptstraße zum Serengeti-Nationalpark und legten den "
      "Safariverkehr zeitweise lahm.")
T3 = ("Auslöser ist eine Entscheidung der Regierung, rund 100.000 Bewohner des Gebiets aus dem Wählerverzeichnis zu "
      "streichen.")
T4 = "Zuvor waren nach Angaben der Gemeinschaft bereits Schulen und Gesundheitsstationen geschlossen worden."
T5 = ("„Wir sind keine Fremden auf dem Land unserer Vorfahren“, sagte der Anwalt Joseph Oleshangay, der die "
      "Bewohner vertritt.")
T6 = ("Die Massai fordern, die Streichung rückgängig zu machen und die Umsiedlungen in das Dorf Msomera im Nordosten "
      "des Landes zu stoppen.")
T7 = "Die Regierung wies den Vorwurf zurück, Menschen gegen ihren Willen umzusiedeln."
T8 = "Alle Umzüge erfolgten freiwillig, sagte Regierungssprecher Mobhare Matinyi in Daressalam."
T9 = ("Zugleich lehnte er es ab, das Umsiedlungsprogramm auszusetzen, das nach Angaben der Regierung dem Schutz der "
      "Tierwelt dient.")
T10 = "Die Polizei schickte Verstärkung nach Ngorongoro, hielt sich nach Berichten von Augenzeugen aber zurück."
T11 = "Die größte Oppositionspartei Chadema stellte sich hinter die Demonstranten."
T12 = ("Ihr Vizevorsitzender Tundu Lissu warf Präsidentin Samia Suluhu Hassan vor, die Massai für die Einnahmen aus "
       "dem Tourismus zu opfern.")
T13 = ("Amnesty International rief die Behörden auf, die Streichung aus dem Wählerverzeichnis zurückzunehmen und "
       "die Rechte der Bewohner zu achten.")
T14 = ("Bereits 2022 war es bei Protesten gegen die Abgrenzung eines Wildschutzgebiets im benachbarten Loliondo zu "
       "Zusammenstößen gekommen, bei denen ein Polizist getötet wurde.")
T15 = "Am Dienstag empfing Premierminister Kassim Majaliwa eine Delegation von Massai-Ältesten in Dodoma."
T16 = "Er sagte nach dem Treffen zu, die Beschwerden der Gemeinschaft prüfen zu lassen."
T17 = ("Das Ngorongoro-Schutzgebiet gehört zum Unesco-Welterbe und ist eines der wichtigsten Reiseziele des "
       "ostafrikanischen Landes.")

DE02 = {
    "id": "hm400-de-02", "lang": "de", "url": None, "published": "2024-08-20",
    "title": "Massai protestieren in Tansania gegen Umsiedlung",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6], [T7, T8, T9, T10], [T11, T12, T13, T14], [T15, T16, T17]),
    "events": [
        event("PROTEST", MAASAI, TZA_GOV, T1, mode="demo", location="Ngorongoro", location_country="TZA"),
        event("PROTEST", MAASAI, TZA_GOV, T2, mode="obstruct", date="2024-08-18", location="Ngorongoro",
              location_country="TZA"),
        event("COERCE", TZA_GOV, MAASAI, T3, mode="restrict"),
        event("REQUEST", MAASAI, TZA_GOV, T6, mode="change"),
        event("REJECT", MATINYI, MAASAI, T9, mode="change"),
        event("MOBILIZE", TZA_POLICE, None, T10, mode="police", location="Ngorongoro", location_country="TZA"),
        event("SUPPORT", CHADEMA, MAASAI, T11),
        event("ACCUSE", LISSU, SAMIA, T12, mode="disapprove"),
        event("REQUEST", AMNESTY, TZA_GOV, T13, mode="change"),
        event("CONSULT", MAASAI_ELDERS, MAJALIWA, T15, mode="visit", date="2024-08-20", location="Dodoma",
              location_country="TZA"),
        event("AGREE", MAJALIWA, MAASAI_ELDERS, T16),
    ],
    "quotes": [
        quote("Zuvor waren nach Angaben der Gemeinschaft bereits Schulen und Gesundheitsstationen geschlossen worden",
              "Maasai community of Ngorongoro", "indirect"),
        quote("Wir sind keine Fremden auf dem Land unserer Vorfahren", "Joseph Oleshangay", "direct"),
        quote("Alle Umzüge erfolgten freiwillig", "Mobhare Matinyi", "indirect"),
        quote("das nach Angaben der Regierung dem Schutz der Tierwelt dient", "Government of Tanzania", "indirect"),
        quote("die Massai für die Einnahmen aus dem Tourismus zu opfern", "Tundu Lissu", "indirect"),
    ],
    "entities": [
        entity("Arusha", "LOC", "TZA", ["Arusha"]),
        entity("Maasai", "MISC", "TZA", ["der Volksgruppe der Massai"]),
        entity("Maasai protesters in Ngorongoro", "PER", "TZA",
               ["Tausende Angehörige der Volksgruppe der Massai", "Die Demonstranten", "Die Massai",
                "die Demonstranten", "die Massai"]),
        entity("Tanzania", "LOC", "TZA", ["Tansanias", "des Landes", "des ostafrikanischen Landes"]),
        entity("Ngorongoro Conservation Area", "LOC", "TZA", ["dem Schutzgebiet Ngorongoro", "des Gebiets",
                                                             "Ngorongoro", "Das Ngorongoro-Schutzgebiet"]),
        entity("Serengeti National Park", "LOC", "TZA", ["Serengeti-Nationalpark"]),
        entity("Government of Tanzania", "ORG", "TZA", ["der Regierung", "Die Regierung", "die Behörden"]),
        entity("Maasai community of Ngorongoro", "ORG", "TZA", ["der Gemeinschaft"]),
        entity("Joseph Oleshangay", "PER", "TZA", ["der Anwalt Joseph Oleshangay"]),
        entity("Msomera", "LOC", "TZA", ["das Dorf Msomera"]),
        entity("Mobhare Matinyi", "PER", "TZA", ["Regierungssprecher Mobhare Matinyi", "er"]),
        entity("Dar es Salaam", "LOC", "TZA", ["Daressalam"]),
        entity("Tanzania Police Force", "ORG", "TZA", ["Die Polizei"]),
        entity("Chadema", "ORG", "TZA", ["Die größte Oppositionspartei Chadema", "Ihr"]),
        entity("Tundu Lissu", "PER", "TZA", ["Ihr Vizevorsitzender Tundu Lissu"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["Präsidentin Samia Suluhu Hassan"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Loliondo", "LOC", "TZA", ["im benachbarten Loliondo"]),
        entity("Kassim Majaliwa", "PER", "TZA", ["Premierminister Kassim Majaliwa", "Er"]),
        entity("Maasai elders", "PER", "TZA", ["eine Delegation von Massai-Ältesten"]),
        entity("Dodoma", "LOC", "TZA", ["Dodoma"]),
        entity("UNESCO", "ORG", "UNO", ["Unesco"]),
    ],
}

# ---------------------------------------------------------------- hm400-de-03 (Somaliland, Goojacade base falls)
SSC = actor("SSC-Khatumo", "SOM", "REB")
SL_ARMY = actor("Somaliland National Army", "SOM", "MIL")
SL_GOV = actor("Government of Somaliland", "SOM", "GOV")
BIHI = actor("Muse Bihi Abdi", "SOM", "GOV")
SOM_GOV = actor("Federal Government of Somalia", "SOM", "GOV")
PUNTLAND = actor("Government of Puntland", "SOM", "GOV")
OCHA = actor("UN Office for the Coordination of Humanitarian Affairs", "UNO", "IGO")
FIRDHIYE = actor("Abdulkadir Ahmed Aw-Ali Firdhiye", "SOM", "REB")
HARGEISA_PROTESTERS = actor("protesters in Hargeisa", "SOM", "CVL")
WADDANI = actor("Waddani", "SOM", "OPP")
ATEYE = actor("Abdiqani Mohamoud Ateye", "SOM", "GOV")

L1 = ("Hargeisa (dpa) - Kämpfer des Clanbündnisses SSC-Khatumo haben nach monatelangen Gefechten einen wichtigen "
      "Militärstützpunkt der Armee Somalilands nahe der umkämpften Stadt Las Anod eingenommen.")
L2 = ("Die Einheiten hätten den Stützpunkt Goojacade am Freitag nach schweren Kämpfen vollständig unter ihre "
      "Kontrolle gebracht, sagte ein Sprecher der Miliz.")
L3 = "Nach seinen Angaben wurden dabei Dutzende Soldaten getötet."
L4 = ("Somalilands Armee bestätigte den Rückzug ihrer Truppen in die rund 50 Kilometer entfernte Ortschaft Oog.")
L5 = "Verteidigungsminister Abdiqani Mohamoud Ateye sprach von einer „taktischen Entscheidung“."
L6 = ("Präsident Muse Bihi Abdi warf der somalischen Zentralregierung in Mogadischu und der Nachbarregion Puntland "
      "vor, die Milizen mit Waffen und Kämpfern zu versorgen.")
L7 = "Beide wiesen das zurück."
L8 = "Somaliland, das sich 1991 von Somalia losgesagt hat, wird international nicht als Staat anerkannt."
L9 = ("Die Kämpfe um Las Anod hatten im Februar begonnen, nachdem Clanälteste in der Stadt ihre Loyalität zu "
      "Somalia erklärt hatten.")
L10 = "Nach UN-Angaben wurden seither mehr als 150.000 Menschen vertrieben."
L11 = ("Das UN-Nothilfebüro OCHA rief beide Seiten auf, Zivilisten zu schonen und humanitären Helfern Zugang zu "
       "gewähren.")
L12 = ("SSC-Khatumo-Führer Abdulkadir Ahmed Aw-Ali, genannt Firdhiye, erklärte in Las Anod, die Region werde nie "
       "wieder unter die Verwaltung Hargeisas zurückkehren.")
L13 = "Er bot Somaliland zugleich einen Austausch von Gefangenen an."
L14 = "Die Regierung in Hargeisa lehnte Verhandlungen mit der Miliz ab."
L15 = ("In Hargeisa gingen am Samstag Hunderte Menschen gegen die Regierung auf die Straße und warfen ihr Versagen "
       "vor.")
L16 = "Die Oppositionspartei Waddani forderte den Rücktritt des Verteidigungsministers."
L17 = "Bihi ließ zunächst offen, ob er an Ateye festhält."

DE03 = {
    "id": "hm400-de-03", "lang": "de", "url": None, "published": "2023-08-26",
    "title": "Milizen erobern Armeestützpunkt in Somaliland",
    "text": paragraphs([L1, L2, L3, L4, L5], [L6, L7, L8], [L9, L10, L11], [L12, L13, L14],
                       [L15, L16, L17]),
    "events": [
        event("ASSAULT", SSC, SL_ARMY, L1, location="Las Anod", location_country="SOM"),
        event("ASSAULT", SSC, SL_ARMY, L2, date="2023-08-25", location="Goojacade", location_country="SOM"),
        event("ASSAULT", SSC, SL_ARMY, L3, date="2023-08-25", location="Goojacade", location_country="SOM"),
        event("RETREAT", SL_ARMY, SSC, L4, mode="withdraw", location="Oog", location_country="SOM"),
        event("ACCUSE", BIHI, SOM_GOV, L6, mode="allege"),
        event("ACCUSE", BIHI, PUNTLAND, L6, mode="allege"),
        event("REQUEST", OCHA, SL_GOV, L11),
        event("REQUEST", OCHA, SSC, L11),
        event("AGREE", FIRDHIYE, SL_GOV, L13),
        event("REJECT", SL_GOV, SSC, L14, mode="meet"),
        event("PROTEST", HARGEISA_PROTESTERS, SL_GOV, L15, mode="demo", date="2023-08-26", location="Hargeisa",
              location_country="SOM"),
        event("ACCUSE", HARGEISA_PROTESTERS, SL_GOV, L15, mode="disapprove", date="2023-08-26", location="Hargeisa",
              location_country="SOM"),
        event("REQUEST", WADDANI, ATEYE, L16, mode="change"),
    ],
    "quotes": [
        quote("Die Einheiten hätten den Stützpunkt Goojacade am Freitag nach schweren Kämpfen vollständig unter ihre "
              "Kontrolle gebracht", "spokesman of SSC-Khatumo", "indirect"),
        quote("Nach seinen Angaben wurden dabei Dutzende Soldaten getötet", "spokesman of SSC-Khatumo", "indirect"),
        quote("taktischen Entscheidung", "Abdiqani Mohamoud Ateye", "direct"),
        quote("die Milizen mit Waffen und Kämpfern zu versorgen", "Muse Bihi Abdi", "indirect"),
        quote("Nach UN-Angaben wurden seither mehr als 150.000 Menschen vertrieben", "United Nations", "indirect"),
        quote("die Region werde nie wieder unter die Verwaltung Hargeisas zurückkehren",
              "Abdulkadir Ahmed Aw-Ali Firdhiye", "indirect"),
    ],
    "entities": [
        entity("Hargeisa", "LOC", "SOM", ["Hargeisa"]),
        entity("SSC-Khatumo", "ORG", "SOM", ["Kämpfer des Clanbündnisses SSC-Khatumo", "Die Einheiten", "der Miliz",
                                             "die Milizen"]),
        entity("Somaliland National Army", "ORG", "SOM", ["der Armee Somalilands", "Somalilands Armee",
                                                          "ihrer Truppen", "Dutzende Soldaten"]),
        entity("Somaliland", "LOC", "SOM", ["Somalilands", "Somaliland"]),
        entity("Las Anod", "LOC", "SOM", ["der umkämpften Stadt Las Anod", "Las Anod", "der Stadt", "die Region"]),
        entity("Goojacade", "LOC", "SOM", ["den Stützpunkt Goojacade"]),
        entity("spokesman of SSC-Khatumo", "PER", "SOM", ["ein Sprecher der Miliz", "seinen"]),
        entity("Oog", "LOC", "SOM", ["die rund 50 Kilometer entfernte Ortschaft Oog"]),
        entity("Abdiqani Mohamoud Ateye", "PER", "SOM", ["Verteidigungsminister Abdiqani Mohamoud Ateye",
                                                         "des Verteidigungsministers", "Ateye"]),
        entity("Muse Bihi Abdi", "PER", "SOM", ["Präsident Muse Bihi Abdi", "Bihi", "er"]),
        entity("Federal Government of Somalia", "ORG", "SOM", ["der somalischen Zentralregierung in Mogadischu"]),
        entity("Mogadishu", "LOC", "SOM", ["Mogadischu"]),
        entity("Puntland", "LOC", "SOM", ["der Nachbarregion Puntland"]),
        entity("Somalia", "LOC", "SOM", ["Somalia"]),
        entity("clan elders of Las Anod", "PER", "SOM", ["Clanälteste in der Stadt"]),
        entity("United Nations", "ORG", "UNO", ["UN-Angaben"]),
        entity("UN Office for the Coordination of Humanitarian Affairs", "ORG", "UNO", ["Das UN-Nothilfebüro OCHA"]),
        entity("Abdulkadir Ahmed Aw-Ali Firdhiye", "PER", "SOM",
               ["SSC-Khatumo-Führer Abdulkadir Ahmed Aw-Ali, genannt Firdhiye", "Er"]),
        entity("Government of Somaliland", "ORG", "SOM", ["Hargeisas", "Somaliland", "Die Regierung in Hargeisa",
                                                          "die Regierung", "ihr"]),
        entity("protesters in Hargeisa", "PER", "SOM", ["Hunderte Menschen"]),
        entity("Waddani", "ORG", "SOM", ["Die Oppositionspartei Waddani"]),
    ],
}

# ---------------------------------------------------------------- hm400-de-04 (DR Congo/Kenya, AFC launch in Nairobi)
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
COD_MFA = actor("Ministry of Foreign Affairs of the Democratic Republic of the Congo", "COD", "GOV")
EAC = actor("East African Community", "IGO", "IGO")
NANGAA = actor("Corneille Nangaa", "COD", "REB")
M23 = actor("M23", "COD", "REB")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
KEN_MFA = actor("Ministry of Foreign Affairs of Kenya", "KEN", "GOV")
EACRF = actor("East African Community Regional Force", "IGO", "MIL")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")

C1 = ("Kinshasa (dpa) - Die Demokratische Republik Kongo hat ihren Botschafter in Kenia zu Konsultationen "
      "zurückgerufen.")
C2 = ("Anlass ist die Gründung eines politisch-militärischen Bündnisses gegen die Regierung in Kinshasa, die der "
      "frühere Chef der Wahlkommission, Corneille Nangaa, am Freitag in Nairobi verkündet hatte.")
C3 = ("Nach Angaben des Außenministeriums wurde auch der kongolesische Vertreter bei der Ostafrikanischen "
      "Gemeinschaft (EAC) in Arusha zurückbeordert.")
C4 = "Zudem bestellte das Ministerium den kenianischen Botschafter in Kinshasa ein."
C5 = ("Der Allianz Fleuve Congo (AFC) gehört auch die Rebellengruppe M23 an, die seit fast zwei Jahren weite Teile "
      "der Provinz Nord-Kivu kontrolliert.")
C6 = ("Nangaa kündigte in einem Hotel der kenianischen Hauptstadt an, gemeinsam mit der M23 für einen „Neuanfang“ "
      "im Kongo zu kämpfen.")
C7 = ("Er warf Präsident Félix Tshisekedi vor, das Land in den Abgrund zu führen, und sprach ihm jede Legitimität "
      "ab.")
C8 = ("Regierungssprecher Patrick Muyaya sagte, es sei „inakzeptabel“, dass ein befreundetes Land Verschwörern eine "
      "Bühne biete.")
C9 = "Kinshasa forderte Nairobi auf, Nangaa und die übrigen Beteiligten festzunehmen."
C10 = "Der kenianische Präsident William Ruto lehnte das ab."
C11 = ("„Kenia ist eine Demokratie, wir können niemanden festnehmen, nur weil er eine Erklärung abgegeben hat“, "
       "sagte Ruto am Samstag.")
C12 = "Das kenianische Außenministerium distanzierte sich allerdings von den Äußerungen Nangaas."
C13 = "Kenia vermittelt seit dem vergangenen Jahr im Auftrag der EAC im Konflikt im Osten des Kongos."
C14 = ("Erst Anfang Dezember hatten die ersten Soldaten einer von Kenia geführten EAC-Regionaltruppe den Ostkongo "
       "verlassen.")
C15 = "Tshisekedi wirft dem Nachbarland Ruanda vor, die M23 mit Waffen und Soldaten zu unterstützen."
C16 = "Kigali weist das zurück."
C17 = "Im Kongo wird am kommenden Mittwoch ein neuer Präsident gewählt."

DE04 = {
    "id": "hm400-de-04", "lang": "de", "url": None, "published": "2023-12-16",
    "title": "Kongo ruft Botschafter aus Kenia zurück",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11, C12], [C13, C14, C15, C16, C17]),
    "events": [
        event("SANCTION", COD_GOV, KEN_GOV, C1, mode="withdraw"),
        event("SANCTION", COD_MFA, EAC, C3, mode="withdraw"),
        event("ACCUSE", COD_MFA, KEN_GOV, C4, mode="disapprove", location="Kinshasa", location_country="COD"),
        event("COOPERATE", NANGAA, M23, C6, location="Nairobi", location_country="KEN"),
        event("THREATEN", NANGAA, COD_GOV, C6, mode="violence", location="Nairobi", location_country="KEN"),
        event("ACCUSE", NANGAA, TSHISEKEDI, C7, mode="disapprove"),
        event("ACCUSE", MUYAYA, KEN_GOV, C8, mode="disapprove"),
        event("REQUEST", COD_GOV, KEN_GOV, C9),
        event("REJECT", RUTO, COD_GOV, C10),
        event("ACCUSE", KEN_MFA, NANGAA, C12, mode="disapprove"),
        event("RETREAT", EACRF, None, C14, mode="withdraw", location_country="COD"),
        event("ACCUSE", TSHISEKEDI, RWA_GOV, C15, mode="allege"),
    ],
    "quotes": [
        quote("Nach Angaben des Außenministeriums wurde auch der kongolesische Vertreter bei der Ostafrikanischen "
              "Gemeinschaft (EAC) in Arusha zurückbeordert",
              "Ministry of Foreign Affairs of the Democratic Republic of the Congo", "indirect"),
        quote("Neuanfang", "Corneille Nangaa", "direct"),
        quote("das Land in den Abgrund zu führen", "Corneille Nangaa", "indirect"),
        quote("inakzeptabel", "Patrick Muyaya", "direct"),
        quote("es sei „inakzeptabel“, dass ein befreundetes Land Verschwörern eine Bühne biete", "Patrick Muyaya",
              "indirect"),
        quote("Kenia ist eine Demokratie, wir können niemanden festnehmen, nur weil er eine Erklärung abgegeben hat",
              "William Ruto", "direct"),
        quote("die M23 mit Waffen und Soldaten zu unterstützen", "Félix Tshisekedi", "indirect"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["im Kongo", "das Land", "des Kongos",
                                                                   "den Ostkongo"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD",
               ["Die Demokratische Republik Kongo", "die Regierung in Kinshasa", "Kinshasa"]),
        entity("Kenya", "LOC", "KEN", ["Kenia"]),
        entity("Government of Kenya", "ORG", "KEN", ["Nairobi", "ein befreundetes Land", "Kenia"]),
        entity("Corneille Nangaa", "PER", "COD", ["der frühere Chef der Wahlkommission, Corneille Nangaa", "Nangaa",
                                                  "Er", "Nangaas"]),
        entity("Independent National Electoral Commission (DR Congo)", "ORG", "COD", ["der Wahlkommission"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi", "der kenianischen Hauptstadt"]),
        entity("Ministry of Foreign Affairs of the Democratic Republic of the Congo", "ORG", "COD",
               ["des Außenministeriums", "das Ministerium"]),
        entity("East African Community", "ORG", "IGO", ["der Ostafrikanischen Gemeinschaft (EAC)", "der EAC"]),
        entity("Arusha", "LOC", "TZA", ["Arusha"]),
        entity("Kenyan ambassador to the Democratic Republic of the Congo", "PER", "KEN",
               ["den kenianischen Botschafter in Kinshasa"]),
        entity("Alliance Fleuve Congo", "ORG", "COD", ["Der Allianz Fleuve Congo (AFC)"]),
        entity("M23", "ORG", "COD", ["die Rebellengruppe M23", "der M23", "die M23"]),
        entity("North Kivu", "LOC", "COD", ["der Provinz Nord-Kivu"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi", "ihm", "Tshisekedi"]),
        entity("Patrick Muyaya", "PER", "COD", ["Regierungssprecher Patrick Muyaya"]),
        entity("William Ruto", "PER", "KEN", ["Der kenianische Präsident William Ruto", "Ruto"]),
        entity("Ministry of Foreign Affairs of Kenya", "ORG", "KEN", ["Das kenianische Außenministerium"]),
        entity("East African Community Regional Force", "ORG", "IGO",
               ["die ersten Soldaten einer von Kenia geführten EAC-Regionaltruppe"]),
        entity("Rwanda", "LOC", "RWA", ["dem Nachbarland Ruanda"]),
        entity("Government of Rwanda", "ORG", "RWA", ["Kigali"]),
    ],
}

# ---------------------------------------------------------------- hm400-en-01 (Cameroon, Zogo killing arrests)
CMR_SECURITY = actor("Cameroonian security forces", "CMR", "COP")
AMOUGOU = actor("Jean-Pierre Amougou Belinga", "CMR", "BUS")
CMR_COMMISSION = actor("joint police and gendarmerie commission of inquiry", "CMR", "COP")
ZOGO_KILLERS = actor("killers of Martinez Zogo", "CMR", "CVL")
ZOGO = actor("Martinez Zogo", "CMR", "MED")
DANWE = actor("Justin Danwe", "CMR", "GOV")
BIYA = actor("Paul Biya", "CMR", "GOV")
EKO_EKO = actor("Léopold Maxime Eko Eko", "CMR", "GOV")
CMR_PRESIDENCY = actor("Presidency of Cameroon", "CMR", "GOV")
SADI = actor("René Emmanuel Sadi", "CMR", "GOV")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
CMR_GOV = actor("Government of Cameroon", "CMR", "GOV")
MARONG = actor("Sadibou Marong", "NGO", "NGO")
CMR_JOURNALISTS = actor("Cameroonian journalists", "CMR", "MED")
USA_GOV = actor("Government of the United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")

Z1 = ("YAOUNDE, Cameroon (AP) — Cameroonian authorities have arrested businessman Jean-Pierre Amougou Belinga, a "
      "media owner with close ties to the government, over the killing of radio journalist Martinez Zogo.")
Z2 = ("Amougou Belinga was taken from his home in Yaounde on Monday by members of a joint police and gendarmerie "
      "commission investigating the case, his lawyer, Charles Tchoungang, told The Associated Press.")
Z3 = "The lawyer said his client had nothing to do with the killing."
Z4 = ("Zogo, who hosted a popular program on the private station Amplitude FM, was abducted by unidentified men on "
      "Jan. 17 after trying to escape into a police station.")
Z5 = "His mutilated body was found five days later on the outskirts of the capital."
Z6 = "He had repeatedly accused Amougou Belinga on air of embezzling public funds."
Z7 = ("Several officers of the country's external intelligence agency, known by its French acronym DGRE, have also "
      "been detained, among them its operations director, Lt. Col. Justin Danwe, according to security sources.")
Z8 = "The head of the agency, Maxime Eko Eko, was suspended by President Paul Biya and later taken into custody."
Z9 = ("In a statement read on state radio, the presidency said the investigation would be pursued \"to its end\" and "
      "that no one would be spared.")
Z10 = ("Communications Minister René Emmanuel Sadi called the killing an \"odious crime\" and said the government "
       "had nothing to hide.")
Z11 = ("Reporters Without Borders urged the authorities to put everyone involved on trial, including those who "
       "ordered the killing.")
Z12 = ("\"These arrests are a first step, but the masterminds must not escape justice,\" said Sadibou Marong, the "
       "group's director for sub-Saharan Africa.")
Z13 = "Hundreds of Cameroonian journalists marched through central Yaounde last week to demand justice for Zogo."
Z14 = "The United States and the European Union have called for a thorough and transparent investigation."
Z15 = "Another journalist was found dead near the capital last week."
Z16 = "Biya, who turned 90 this month, has ruled the Central African nation since 1982."

EN01 = {
    "id": "hm400-en-01", "lang": "en", "url": None, "published": "2023-02-07",
    "title": "Cameroon arrests media mogul over killing of radio journalist",
    "text": paragraphs([Z1, Z2, Z3], [Z4, Z5, Z6], [Z7, Z8, Z9], [Z10, Z11, Z12, Z13], [Z14, Z15, Z16]),
    "events": [
        event("COERCE", CMR_SECURITY, AMOUGOU, Z1, mode="arrest", location_country="CMR"),
        event("COERCE", CMR_COMMISSION, AMOUGOU, Z2, mode="arrest", date="2023-02-06", location="Yaounde",
              location_country="CMR"),
        event("ASSAULT", ZOGO_KILLERS, ZOGO, Z4, mode="abduct", date="2023-01-17", location_country="CMR"),
        event("ACCUSE", ZOGO, AMOUGOU, Z6, mode="allege"),
        event("COERCE", CMR_SECURITY, DANWE, Z7, mode="arrest"),
        event("COERCE", BIYA, EKO_EKO, Z8, mode="restrict"),
        event("COERCE", CMR_SECURITY, EKO_EKO, Z8, mode="arrest"),
        event("THREATEN", CMR_PRESIDENCY, ZOGO_KILLERS, Z9),
        event("ACCUSE", SADI, ZOGO_KILLERS, Z10, mode="disapprove"),
        event("REQUEST", RSF, CMR_GOV, Z11),
        event("REQUEST", MARONG, CMR_GOV, Z12),
        event("PROTEST", CMR_JOURNALISTS, CMR_GOV, Z13, mode="demo", location="Yaounde", location_country="CMR"),
        event("REQUEST", USA_GOV, CMR_GOV, Z14),
        event("REQUEST", EU, CMR_GOV, Z14),
    ],
    "quotes": [
        quote("Amougou Belinga was taken from his home in Yaounde on Monday by members of a joint police and "
              "gendarmerie commission investigating the case", "Charles Tchoungang", "indirect"),
        quote("his client had nothing to do with the killing", "Charles Tchoungang", "indirect"),
        quote("Several officers of the country's external intelligence agency, known by its French acronym DGRE, "
              "have also been detained, among them its operations director, Lt. Col. Justin Danwe",
              "Cameroonian security sources", "indirect"),
        quote("to its end", "Presidency of Cameroon", "direct"),
        quote("the investigation would be pursued \"to its end\" and that no one would be spared",
              "Presidency of Cameroon", "indirect"),
        quote("odious crime", "René Emmanuel Sadi", "direct"),
        quote("the government had nothing to hide", "René Emmanuel Sadi", "indirect"),
        quote("These arrests are a first step, but the masterminds must not escape justice", "Sadibou Marong",
              "direct"),
    ],
    "entities": [
        entity("Yaounde", "LOC", "CMR", ["YAOUNDE", "Yaounde", "the capital", "central Yaounde"]),
        entity("Cameroon", "LOC", "CMR", ["Cameroon", "the country's", "the Central African nation"]),
        entity("Cameroonian security forces", "ORG", "CMR", ["Cameroonian authorities"]),
        entity("Jean-Pierre Amougou Belinga", "PER", "CMR",
               ["businessman Jean-Pierre Amougou Belinga, a media owner with close ties to the government",
                "Amougou Belinga", "his", "his client"]),
        entity("Government of Cameroon", "ORG", "CMR", ["the government", "the authorities"]),
        entity("Martinez Zogo", "PER", "CMR", ["radio journalist Martinez Zogo", "Zogo", "His",
                                               "He"]),
        entity("joint police and gendarmerie commission of inquiry", "ORG", "CMR",
               ["members of a joint police and gendarmerie commission investigating the case"]),
        entity("Charles Tchoungang", "PER", "CMR", ["his lawyer, Charles Tchoungang", "The lawyer"]),
        entity("The Associated Press", "ORG", "USA", ["The Associated Press"]),
        entity("Amplitude FM", "ORG", "CMR", ["the private station Amplitude FM"]),
        entity("killers of Martinez Zogo", "PER", "CMR", ["unidentified men"]),
        entity("General Directorate for External Research", "ORG", "CMR",
               ["the country's external intelligence agency, known by its French acronym DGRE", "The head of the "
                "agency", "its"]),
        entity("Justin Danwe", "PER", "CMR", ["its operations director, Lt. Col. Justin Danwe"]),
        entity("Cameroonian security sources", "PER", "CMR", ["security sources"]),
        entity("Léopold Maxime Eko Eko", "PER", "CMR", ["The head of the agency, Maxime Eko Eko"]),
        entity("Paul Biya", "PER", "CMR", ["President Paul Biya", "Biya"]),
        entity("Presidency of Cameroon", "ORG", "CMR", ["the presidency"]),
        entity("Cameroon Radio Television", "ORG", "CMR", ["state radio"]),
        entity("René Emmanuel Sadi", "PER", "CMR", ["Communications Minister René Emmanuel Sadi"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporters Without Borders", "the group's"]),
        entity("Sadibou Marong", "PER", "NGO", ["Sadibou Marong, the group's director for sub-Saharan Africa"]),
        entity("Cameroonian journalists", "PER", "CMR", ["Hundreds of Cameroonian journalists"]),
        entity("United States", "ORG", "USA", ["The United States"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Another journalist", "PER", "CMR", ["Another journalist"]),
    ],
}

# ---------------------------------------------------------------- hm400-en-02 (Ethiopia, food aid suspended)
USAID = actor("United States Agency for International Development", "USA", "GOV")
WFP = actor("World Food Programme", "UNO", "IGO")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
POWER = actor("Samantha Power", "USA", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
LEGESSE = actor("Legesse Tulu", "ETH", "GOV")
TIGRAY_ADMIN = actor("Tigray Interim Regional Administration", "ETH", "GOV")
TIGRAY_OFFICIALS = actor("Tigray local officials", "ETH", "GOV")
STC = actor("Save the Children", "NGO", "NGO")
USA_GOV2 = actor("Government of the United States", "USA", "GOV")

E1 = ("ADDIS ABABA, Ethiopia (AP) — The United States and the U.N. World Food Program have suspended food aid "
      "across Ethiopia after uncovering what U.S. officials described as a widespread and coordinated scheme to "
      "divert donated grain.")
E2 = ("The U.S. Agency for International Development said in a statement Thursday that it had paused all food "
      "assistance and urged the government to carry out reforms to protect the aid from theft.")
E3 = "The agency accused Ethiopian government entities of taking part in the diversion, without naming them."
E4 = "Nutrition programs for malnourished children and refugees were not suspended, the WFP said."
E5 = ("USAID Administrator Samantha Power discussed the matter by phone with Prime Minister Abiy Ahmed on "
      "Wednesday, according to the agency.")
E6 = "Ethiopia's government said it regretted the decision but agreed to a joint investigation with the donors."
E7 = ("Government spokesman Legesse Tulu called the suspension \"collective punishment\" of millions of hungry "
      "people.")
E8 = ("About 20 million Ethiopians depend on food aid, many of them in the northern Tigray region, which is still "
      "recovering from a two-year war.")
E9 = ("USAID and the WFP had already halted deliveries to Tigray in early May after donated grain turned up for "
      "sale on local markets.")
E10 = ("Tigray's interim president, Getachew Reda, said last month that a regional inquiry had found some 7,000 "
       "metric tons of wheat missing.")
E11 = "He said several local officials had been arrested."
E12 = ("A spokesperson for the U.S. Embassy in Addis Ababa said Washington was ready to resume deliveries as soon "
       "as safeguards were in place.")
E13 = ("Aid groups warned that the suspension could deepen hunger in a country still reeling from drought and "
       "conflict.")
E14 = "Save the Children called on USAID and the WFP to resume deliveries within weeks."
E15 = "No date has been set for a resumption."

EN02 = {
    "id": "hm400-en-02", "lang": "en", "url": None, "published": "2023-06-09",
    "title": "US and UN food agency pause aid to Ethiopia over diversion scheme",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("SANCTION", USA_GOV2, ETH_GOV, E1, mode="discontinue", location_country="ETH"),
        event("SANCTION", WFP, ETH_GOV, E1, mode="discontinue", location_country="ETH"),
        event("SANCTION", USAID, ETH_GOV, E2, mode="discontinue", date="2023-06-08"),
        event("REQUEST", USAID, ETH_GOV, E2, mode="change", date="2023-06-08"),
        event("ACCUSE", USAID, ETH_GOV, E3, mode="allege"),
        event("SANCTION", WFP, ETH_GOV, E4, mode="discontinue", negated=True),
        event("CONSULT", POWER, ABIY, E5, mode="phone", date="2023-06-07"),
        event("AGREE", ETH_GOV, USAID, E6),
        event("AGREE", ETH_GOV, WFP, E6),
        event("ACCUSE", LEGESSE, USAID, E7, mode="disapprove"),
        event("ACCUSE", LEGESSE, WFP, E7, mode="disapprove"),
        event("SANCTION", USAID, TIGRAY_ADMIN, E9, mode="discontinue", location="Tigray", location_country="ETH"),
        event("SANCTION", WFP, TIGRAY_ADMIN, E9, mode="discontinue", location="Tigray", location_country="ETH"),
        event("COERCE", TIGRAY_ADMIN, TIGRAY_OFFICIALS, E11, mode="arrest", location="Tigray",
              location_country="ETH"),
        event("AGREE", USA_GOV2, ETH_GOV, E12),
        event("REQUEST", STC, USAID, E14),
        event("REQUEST", STC, WFP, E14),
    ],
    "quotes": [
        quote("a widespread and coordinated scheme to divert donated grain", "United States officials", "indirect"),
        quote("it had paused all food assistance", "United States Agency for International Development",
              "indirect"),
        quote("Nutrition programs for malnourished children and refugees were not suspended", "World Food Programme",
              "indirect"),
        quote("USAID Administrator Samantha Power discussed the matter by phone with Prime Minister Abiy Ahmed on "
              "Wednesday", "United States Agency for International Development", "indirect"),
        quote("it regretted the decision but agreed to a joint investigation with the donors", "Government of Ethiopia",
              "indirect"),
        quote("collective punishment", "Legesse Tulu", "direct"),
        quote("a regional inquiry had found some 7,000 metric tons of wheat missing", "Getachew Reda", "indirect"),
        quote("several local officials had been arrested", "Getachew Reda", "indirect"),
        quote("Washington was ready to resume deliveries as soon as safeguards were in place",
              "spokesperson for the U.S. Embassy in Addis Ababa", "indirect"),
        quote("the suspension could deepen hunger in a country still reeling from drought and conflict", "aid groups",
              "indirect"),
    ],
    "entities": [
        entity("Addis Ababa", "LOC", "ETH", ["ADDIS ABABA", "Addis Ababa"]),
        entity("Ethiopia", "LOC", "ETH", ["Ethiopia", "a country still reeling from drought and conflict"]),
        entity("Government of the United States", "ORG", "USA", ["The United States", "Washington"]),
        entity("World Food Programme", "ORG", "UNO", ["the U.N. World Food Program", "the WFP"]),
        entity("United States officials", "PER", "USA", ["U.S. officials"]),
        entity("United States Agency for International Development", "ORG", "USA",
               ["The U.S. Agency for International Development", "it", "The agency", "USAID", "the agency"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["the government", "Ethiopian government entities",
                                                        "Ethiopia's government"]),
        entity("Samantha Power", "PER", "USA", ["USAID Administrator Samantha Power"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Prime Minister Abiy Ahmed"]),
        entity("Legesse Tulu", "PER", "ETH", ["Government spokesman Legesse Tulu"]),
        entity("Ethiopians", "MISC", "ETH", ["Ethiopians"]),
        entity("Tigray", "LOC", "ETH", ["the northern Tigray region", "Tigray", "Tigray's"]),
        entity("Getachew Reda", "PER", "ETH", ["Tigray's interim president, Getachew Reda", "He"]),
        entity("Tigray local officials", "PER", "ETH", ["several local officials"]),
        entity("Embassy of the United States in Addis Ababa", "ORG", "USA", ["the U.S. Embassy in Addis Ababa"]),
        entity("spokesperson for the U.S. Embassy in Addis Ababa", "PER", "USA",
               ["A spokesperson for the U.S. Embassy in Addis Ababa"]),
        entity("aid groups", "ORG", "NGO", ["Aid groups"]),
        entity("Save the Children", "ORG", "NGO", ["Save the Children"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
