"""Round 80: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Invented but plausible wire-style reports on 2023-2025 settings (Africa, Latin America):

- hm80-de-01  El Salvador's foreign agents law and the arrest of Cristosal's Ruth López (2025-05-21)
- hm80-de-02  The RSF take El Fasher, the army withdraws, Dagalo admits "violations" (2025-10-30)
- hm80-de-03  A TPLF faction seizes Mekelle's city hall; Getachew Reda seeks help in Addis Ababa (2025-03-13)
- hm80-de-04  The "Generation Z" march in Mexico City and Sheinbaum's accusations (2025-11-16)
- hm80-en-01  The first Afrikaner refugees arrive in the US; Ramaphosa's reply (2025-05-13)
- hm80-en-02  Ecuador extradites Los Choneros leader Adolfo Macías ("Fito") to the US (2025-07-21)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm80-de-01
SLV_LEG = actor("Legislative Assembly of El Salvador", "SLV", "LEG")
NGOS = actor("non-governmental organisations", "SLV", "NGO")
SLV_POLICE = actor("Salvadoran police", "SLV", "COP")
LOPEZ = actor("Ruth López", "SLV", "NGO")
SLV_AG = actor("Attorney General's Office of El Salvador", "SLV", "JUD")
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")
OHCHR_SPOKES = actor("Spokesperson of the UN Human Rights Office", "UNO", "IGO")
SLV = actor("El Salvador", "SLV", "GOV")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
FARMERS = actor("farmers of the El Bosque cooperative", "SLV", "CVL")

S1 = ("Das Parlament in El Salvador hat am Dienstag ein Gesetz verabschiedet, das Nichtregierungsorganisationen "
      "als »ausländische Agenten« einstuft.")
S2 = "Organisationen, die Geld aus dem Ausland erhalten, müssen künftig 30 Prozent davon als Steuer abführen."
S3 = ("Bereits am Sonntag hatte die Polizei die Anwältin Ruth López festgenommen, die bei der "
      "Menschenrechtsorganisation Cristosal die Abteilung für Korruptionsbekämpfung leitet.")
S4 = "Die Generalstaatsanwaltschaft wirft ihr vor, als Beraterin der Wahlbehörde öffentliche Gelder veruntreut zu haben."
S5 = "Das UN-Menschenrechtsbüro forderte ihre sofortige Freilassung."
S6 = ("„Die Festnahme ist Teil eines Musters der Einschüchterung von Menschenrechtsverteidigern“, sagte eine "
      "Sprecherin in Genf.")
S7 = ("Präsident Nayib Bukele wies die Forderung zurück und warf den Organisationen vor, im Dienst "
      "»globalistischer« Geldgeber zu stehen.")
S8 = ("Am Montag hatten Polizisten einen Protestmarsch von Kleinbauern der Kooperative El Bosque zu Bukeles "
      "Privatresidenz gestoppt und zwei ihrer Anführer festgenommen.")
S9 = "Die Bauern hatten den Staatschef um Hilfe gegen ihre drohende Räumung gebeten."
S10 = "Bukele regiert seit 2019 und ist wegen seines harten Vorgehens gegen die Banden äußerst populär."

DE01 = {
    "id": "hm80-de-01", "lang": "de", "url": None, "published": "2025-05-21",
    "title": "El Salvador stuft Nichtregierungsorganisationen als »ausländische Agenten« ein",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7], [S8, S9, S10]),
    "events": [
        event("COERCE", SLV_LEG, NGOS, S1, mode="restrict", date="2025-05-20"),
        event("COERCE", SLV_POLICE, LOPEZ, S3, mode="arrest", date="2025-05-18"),
        event("ACCUSE", SLV_AG, LOPEZ, S4, mode="allege"),
        event("REQUEST", OHCHR, SLV, S5),
        event("ACCUSE", OHCHR_SPOKES, SLV, S6, mode="disapprove"),
        event("REJECT", BUKELE, OHCHR, S7),
        event("ACCUSE", BUKELE, NGOS, S7, mode="allege"),
        event("PROTEST", FARMERS, BUKELE, S8, mode="demo", date="2025-05-19"),
        event("COERCE", SLV_POLICE, FARMERS, S8, mode="arrest", date="2025-05-19"),
        event("REQUEST", FARMERS, BUKELE, S9, mode="assist"),
    ],
    "quotes": [
        quote("ausländische Agenten", "Legislative Assembly of El Salvador", "direct"),
        quote("als Beraterin der Wahlbehörde öffentliche Gelder veruntreut zu haben",
              "Attorney General's Office of El Salvador", "indirect"),
        quote("Die Festnahme ist Teil eines Musters der Einschüchterung von Menschenrechtsverteidigern",
              "Spokesperson of the UN Human Rights Office", "direct"),
        quote("globalistischer", "Nayib Bukele", "direct"),
        quote("im Dienst »globalistischer« Geldgeber zu stehen", "Nayib Bukele", "indirect"),
    ],
    "entities": [
        entity("Legislative Assembly of El Salvador", "ORG", "SLV", ["Das Parlament in El Salvador"]),
        entity("El Salvador", "GPE", "SLV", ["El Salvador"]),
        entity("Ruth López", "PER", "SLV", ["die Anwältin Ruth López", "ihr", "ihre"]),
        entity("Cristosal", "ORG", "SLV", ["der Menschenrechtsorganisation Cristosal"]),
        entity("Attorney General's Office of El Salvador", "ORG", "SLV", ["Die Generalstaatsanwaltschaft"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
        entity("Spokesperson of the UN Human Rights Office", "PER", "UNO", ["eine Sprecherin in Genf"]),
        entity("Nayib Bukele", "PER", "SLV", ["Präsident Nayib Bukele", "Bukeles", "den Staatschef", "Bukele"]),
        entity("Salvadoran police", "ORG", "SLV", ["die Polizei", "Polizisten"]),
        entity("El Bosque cooperative", "ORG", "SLV", ["Kleinbauern der Kooperative El Bosque", "Die Bauern"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
    ],
}

# ---------------------------------------------------------------- hm80-de-02
RSF = actor("Rapid Support Forces", "SDN", "REB")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
TURK = actor("Volker Türk", "UNO", "IGO")
DAGALO = actor("Mohamed Hamdan Dagalo", "SDN", "REB")
RSF_FIGHTERS = actor("RSF fighters", "SDN", "REB")
SUDAN = actor("Sudan", "SDN", "GOV")
WFP = actor("World Food Programme", "UNO", "IGO")
DISPLACED = actor("displaced people from El Fasher", "SDN", "CVL")

F1 = ("Die paramilitärische RSF hat am Sonntag die sudanesische Stadt El Fascher eingenommen, die letzte Hochburg "
      "der Armee in der Region Darfur.")
F2 = ("Armeechef Abdel Fattah al-Burhan gab am Montag den Rückzug seiner Truppen aus der Stadt bekannt, um die "
      "Bevölkerung zu schonen.")
F3 = "UN-Menschenrechtskommissar Volker Türk warf der RSF vor, Zivilisten auf der Flucht gezielt getötet zu haben."
F4 = ("RSF-Anführer Mohamed Hamdan Daglo räumte am Mittwoch »Verstöße« seiner Kämpfer ein und kündigte eine "
      "Untersuchung an.")
F5 = "Mehrere Kämpfer seien bereits festgenommen worden, hieß es in einer Erklärung der Miliz."
F6 = ("Die Regierung in Port Sudan nannte das ein »Täuschungsmanöver« und forderte, die RSF international als "
      "Terrororganisation einzustufen.")
F7 = ("Das Welternährungsprogramm kündigte an, Lebensmittel für die Geflüchteten in das nahe gelegene Tawila zu "
      "bringen.")
F8 = "Washington bemüht sich seit Monaten um eine humanitäre Waffenruhe."
F9 = "Der Krieg zwischen Armee und RSF hat seit April 2023 Zehntausende Menschenleben gefordert."

DE02 = {
    "id": "hm80-de-02", "lang": "de", "url": None, "published": "2025-10-30",
    "title": "Nach dem Fall von El Fascher: RSF-Chef räumt »Verstöße« ein",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9]),
    "events": [
        event("ASSAULT", RSF, SAF, F1, date="2025-10-26", location="El Fasher", location_country="SDN"),
        event("RETREAT", SAF, RSF, F2, mode="withdraw", date="2025-10-27", location="El Fasher",
              location_country="SDN"),
        event("ACCUSE", TURK, RSF, F3, mode="allege"),
        event("CONCEDE", DAGALO, None, F4, date="2025-10-29"),
        event("ACCUSE", DAGALO, None, F4, mode="investigate", date="2025-10-29"),
        event("COERCE", RSF, RSF_FIGHTERS, F5, mode="arrest"),
        event("ACCUSE", SUDAN, RSF, F6, mode="disapprove"),
        event("REQUEST", SUDAN, None, F6),
        event("AGREE", WFP, DISPLACED, F7),
    ],
    "quotes": [
        quote("Zivilisten auf der Flucht gezielt getötet zu haben", "Volker Türk", "indirect"),
        quote("Verstöße", "Mohamed Hamdan Dagalo", "direct"),
        quote("Mehrere Kämpfer seien bereits festgenommen worden", "Rapid Support Forces", "indirect"),
        quote("Täuschungsmanöver", "Government of Sudan", "direct"),
    ],
    "entities": [
        entity("Rapid Support Forces", "ORG", "SDN", ["Die paramilitärische RSF", "der RSF", "die RSF", "der Miliz",
                                                      "RSF"]),
        entity("El Fasher", "LOC", "SDN", ["die sudanesische Stadt El Fascher", "der Stadt"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["der Armee", "seiner Truppen", "Armee"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Armeechef Abdel Fattah al-Burhan"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["RSF-Anführer Mohamed Hamdan Daglo"]),
        entity("Government of Sudan", "ORG", "SDN", ["Die Regierung in Port Sudan"]),
        entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm"]),
        entity("Tawila", "LOC", "SDN", ["das nahe gelegene Tawila"]),
        entity("Darfur", "LOC", "SDN", ["der Region Darfur"]),
        entity("United States", "GPE", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm80-de-03
TPLF_D = actor("TPLF faction of Debretsion Gebremichael", "ETH", "OPP")
TIA = actor("Tigray Interim Administration", "ETH", "GOV")
GETACHEW = actor("Getachew Reda", "ETH", "GOV")
ETHIOPIA = actor("Ethiopia", "ETH", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
PMO = actor("Office of the Prime Minister of Ethiopia", "ETH", "GOV")
DEBRETSION = actor("Debretsion Gebremichael", "ETH", "OPP")
AU = actor("African Union", "IGO", "IGO")
ERITREA = actor("Eritrea", "ERI", "GOV")

Q1 = ("Im Machtkampf in der äthiopischen Region Tigray haben Kämpfer einer TPLF-Fraktion am Dienstag das Rathaus "
      "der Regionalhauptstadt Mekele besetzt.")
Q2 = ("Der Präsident der Übergangsverwaltung, Getachew Reda, sprach von einem »Putsch« und reiste in die "
      "Hauptstadt Addis Abeba.")
Q3 = "Dort bat er die Bundesregierung am Mittwoch um Hilfe, um die »Ordnung in Tigray wiederherzustellen«."
Q4 = "Am Abend kam Getachew mit Ministerpräsident Abiy Ahmed zusammen."
Q5 = "Abiys Büro sicherte ihm anschließend politische Rückendeckung zu, schloss einen Militäreinsatz aber aus."
Q6 = "TPLF-Chef Debretsion Gebremichael warf Getachew seinerseits vor, die Region an Addis Abeba »verkauft« zu haben."
Q7 = "Die Afrikanische Union rief beide Lager zur Zurückhaltung auf."
Q8 = "Asmara hatte im Februar eine landesweite Mobilmachung angeordnet."
Q9 = "Beobachter fürchten, dass Eritrea den Streit in Tigray für sich nutzen könnte."
Q10 = "Der Krieg in Tigray war im November 2022 mit einem Friedensabkommen beendet worden."

DE03 = {
    "id": "hm80-de-03", "lang": "de", "url": None, "published": "2025-03-13",
    "title": "Machtkampf in Tigray: TPLF-Kämpfer besetzen Rathaus von Mekele",
    "text": paragraphs([Q1, Q2, Q3], [Q4, Q5, Q6], [Q7, Q8, Q9, Q10]),
    "events": [
        event("COERCE", TPLF_D, TIA, Q1, mode="seize", date="2025-03-11", location="Mekelle",
              location_country="ETH"),
        event("ACCUSE", GETACHEW, TPLF_D, Q2, mode="disapprove"),
        event("REQUEST", GETACHEW, ETHIOPIA, Q3, mode="assist", date="2025-03-12", location="Addis Ababa",
              location_country="ETH"),
        event("CONSULT", GETACHEW, ABIY, Q4, date="2025-03-12"),
        event("AGREE", PMO, GETACHEW, Q5),
        event("REJECT", PMO, GETACHEW, Q5),
        event("ACCUSE", DEBRETSION, GETACHEW, Q6, mode="allege"),
        event("REQUEST", AU, TPLF_D, Q7),
        event("REQUEST", AU, TIA, Q7),
        event("MOBILIZE", ERITREA, None, Q8, mode="troops"),
    ],
    "quotes": [
        quote("Putsch", "Getachew Reda", "direct"),
        quote("Ordnung in Tigray wiederherzustellen", "Getachew Reda", "direct"),
        quote("die Region an Addis Abeba »verkauft« zu haben", "Debretsion Gebremichael", "indirect"),
        quote("verkauft", "Debretsion Gebremichael", "direct"),
        quote("dass Eritrea den Streit in Tigray für sich nutzen könnte", "observers", "indirect"),
    ],
    "entities": [
        entity("Tigray", "LOC", "ETH", ["der äthiopischen Region Tigray", "Tigray", "die Region"]),
        entity("Tigray People's Liberation Front (TPLF)", "ORG", "ETH", ["Kämpfer einer TPLF-Fraktion"]),
        entity("Mekelle", "LOC", "ETH", ["der Regionalhauptstadt Mekele"]),
        entity("Tigray Interim Administration", "ORG", "ETH", ["der Übergangsverwaltung"]),
        entity("Getachew Reda", "PER", "ETH", ["Der Präsident der Übergangsverwaltung, Getachew Reda", "er",
                                               "Getachew", "ihm"]),
        entity("Addis Ababa", "LOC", "ETH", ["Hauptstadt Addis Abeba"]),
        entity("Ethiopia", "GPE", "ETH", ["die Bundesregierung", "Addis Abeba"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Ministerpräsident Abiy Ahmed", "Abiys"]),
        entity("Office of the Prime Minister of Ethiopia", "ORG", "ETH", ["Abiys Büro"]),
        entity("Debretsion Gebremichael", "PER", "ETH", ["TPLF-Chef Debretsion Gebremichael"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Eritrea", "GPE", "ERI", ["Asmara", "Eritrea"]),
    ],
}

# ---------------------------------------------------------------- hm80-de-04
GENZ = actor("Generation Z protesters", "MEX", "CVL")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MASKED = actor("masked protesters", "MEX", "CVL")
CDMX_POLICE = actor("Mexico City police", "MEX", "COP")
MEX_OPP = actor("Mexican opposition", "MEX", "OPP")
PAN = actor("National Action Party (PAN)", "MEX", "PTY")
CDMX_GOV = actor("Government of Mexico City", "MEX", "GOV")
MANZO = actor("Carlos Manzo", "MEX", "GOV")
MEXICO = actor("Mexico", "MEX", "GOV")

X1 = ("Tausende junge Menschen haben am Samstag in Mexiko-Stadt gegen Gewalt und Korruption unter Präsidentin "
      "Claudia Sheinbaum protestiert.")
X2 = ("Vermummte rissen die Absperrungen vor dem Nationalpalast nieder und bewarfen Polizisten mit Steinen und "
      "Feuerwerkskörpern.")
X3 = "Die Polizei setzte Tränengas ein und nahm 20 Personen fest."
X4 = "Rund 100 Beamte seien verletzt worden, sagte der Sicherheitschef der Hauptstadt, Pablo Vázquez."
X4B = "Schusswaffen habe die Polizei nicht eingesetzt, betonte Vázquez."
X5 = ("Sheinbaum warf der Opposition am Sonntag vor, den Marsch mit Hilfe von Bots in sozialen Netzwerken "
      "organisiert zu haben.")
X6 = "»Das ist keine spontane Jugendbewegung«, sagte sie in Puebla, »dahinter stehen bekannte Politiker.«"
X7 = "Die oppositionelle PAN forderte eine Untersuchung des Polizeieinsatzes."
X8 = "Auslöser der Proteste war der Mord an Carlos Manzo, dem Bürgermeister von Uruapan, am 1. November."
X9 = ("Manzo hatte die Regierung wiederholt um mehr Unterstützung im Kampf gegen die Kartelle im Bundesstaat "
      "Michoacán gebeten.")
X10 = "Sheinbaum ließ daraufhin rund 10.000 zusätzliche Soldaten nach Michoacán verlegen."

DE04 = {
    "id": "hm80-de-04", "lang": "de", "url": None, "published": "2025-11-16",
    "title": "Gewalt bei Protestmarsch der »Generation Z« in Mexiko-Stadt",
    "text": paragraphs([X1, X2, X3, X4, X4B], [X5, X6, X7], [X8, X9, X10]),
    "events": [
        event("PROTEST", GENZ, SHEINBAUM, X1, mode="demo", date="2025-11-15", location="Mexico City",
              location_country="MEX"),
        event("PROTEST", MASKED, CDMX_POLICE, X2, mode="riot"),
        event("ASSAULT", CDMX_POLICE, GENZ, X3, mode="crowd-control"),
        event("COERCE", CDMX_POLICE, GENZ, X3, mode="arrest"),
        event("ASSAULT", CDMX_POLICE, GENZ, X4B, negated=True),
        event("ACCUSE", SHEINBAUM, MEX_OPP, X5, mode="allege", date="2025-11-16"),
        event("ACCUSE", SHEINBAUM, MEX_OPP, X6, mode="allege"),
        event("REQUEST", PAN, CDMX_GOV, X7),
        event("REQUEST", MANZO, MEXICO, X9, mode="assist"),
        event("MOBILIZE", SHEINBAUM, None, X10, mode="troops", location="Michoacán", location_country="MEX"),
    ],
    "quotes": [
        quote("Rund 100 Beamte seien verletzt worden", "Pablo Vázquez", "indirect"),
        quote("Schusswaffen habe die Polizei nicht eingesetzt", "Pablo Vázquez", "indirect"),
        quote("den Marsch mit Hilfe von Bots in sozialen Netzwerken organisiert zu haben", "Claudia Sheinbaum",
              "indirect"),
        quote("Das ist keine spontane Jugendbewegung", "Claudia Sheinbaum", "direct"),
        quote("dahinter stehen bekannte Politiker", "Claudia Sheinbaum", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt", "der Hauptstadt"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "Sheinbaum", "sie"]),
        entity("National Palace", "LOC", "MEX", ["dem Nationalpalast"]),
        entity("Mexico City police", "ORG", "MEX", ["Polizisten", "Die Polizei", "Beamte"]),
        entity("Pablo Vázquez", "PER", "MEX", ["der Sicherheitschef der Hauptstadt, Pablo Vázquez", "Vázquez"]),
        entity("Mexican opposition", "ORG", "MEX", ["der Opposition"]),
        entity("National Action Party (PAN)", "ORG", "MEX", ["Die oppositionelle PAN"]),
        entity("Carlos Manzo", "PER", "MEX", ["Carlos Manzo, dem Bürgermeister von Uruapan", "Manzo"]),
        entity("Government of Mexico", "ORG", "MEX", ["die Regierung"]),
        entity("Michoacán", "LOC", "MEX", ["Bundesstaat Michoacán", "Michoacán"]),
        entity("Puebla", "LOC", "MEX", ["Puebla"]),
        entity("Uruapan", "LOC", "MEX", ["Uruapan"]),
    ],
}

# ---------------------------------------------------------------- hm80-en-01
USA = actor("United States", "USA", "GOV")
AFRIKANERS = actor("Afrikaner refugees", "ZAF", "CVL")
LANDAU = actor("Christopher Landau", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
ZAF = actor("South Africa", "ZAF", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
DIRCO = actor("Department of International Relations and Cooperation of South Africa", "ZAF", "GOV")

A1 = ("A first group of 49 white South Africans arrived in the United States on Monday after the Trump "
      "administration granted them refugee status.")
A2 = ("Deputy Secretary of State Christopher Landau welcomed the group at Washington Dulles airport, telling "
      "them: “You are really welcome here.”")
A3 = ("President Donald Trump has accused Pretoria of allowing a “genocide” against white farmers, a claim "
      "South Africa's government has repeatedly rejected.")
A4 = "President Cyril Ramaphosa called the refugees “cowards” and said the US had “got it wrong”."
A5 = "He said he would raise the matter with Trump when he visits the White House next week."
A6 = ("South Africa's foreign ministry summoned the US chargé d'affaires on Tuesday to protest against the "
      "programme.")
A7 = ("Washington cut all financial aid to South Africa in February, accusing the government of seizing land "
      "from white farmers.")
A8 = "AfriForum, an Afrikaner lobby group, said most of its members wished to stay in South Africa."

EN01 = {
    "id": "hm80-en-01", "lang": "en", "url": None, "published": "2025-05-13",
    "title": "First Afrikaner 'refugees' land in US as Ramaphosa hits back",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8]),
    "events": [
        event("AID", USA, AFRIKANERS, A1),
        event("SUPPORT", LANDAU, AFRIKANERS, A2, location="Washington Dulles airport", location_country="USA"),
        event("ACCUSE", TRUMP, ZAF, A3, mode="allege"),
        event("ACCUSE", RAMAPHOSA, AFRIKANERS, A4, mode="disapprove"),
        event("ACCUSE", RAMAPHOSA, USA, A4, mode="disapprove"),
        event("AGREE", RAMAPHOSA, TRUMP, A5),
        event("ACCUSE", DIRCO, USA, A6, mode="disapprove", date="2025-05-13"),
        event("SANCTION", USA, ZAF, A7, mode="withdraw"),
        event("ACCUSE", USA, ZAF, A7, mode="allege"),
    ],
    "quotes": [
        quote("You are really welcome here", "Christopher Landau", "direct"),
        quote("genocide", "Donald Trump", "direct"),
        quote("cowards", "Cyril Ramaphosa", "direct"),
        quote("got it wrong", "Cyril Ramaphosa", "direct"),
        quote("the US had “got it wrong”", "Cyril Ramaphosa", "indirect"),
        quote("he would raise the matter with Trump when he visits the White House next week", "Cyril Ramaphosa",
              "indirect"),
        quote("most of its members wished to stay in South Africa", "AfriForum",
              "indirect"),
    ],
    "entities": [
        entity("Afrikaner refugees", "ORG", "ZAF", ["A first group of 49 white South Africans", "the group", "them",
                                                    "the refugees"]),
        entity("United States", "GPE", "USA", ["the United States", "the Trump administration", "the US",
                                               "Washington"]),
        entity("Christopher Landau", "PER", "USA", ["Deputy Secretary of State Christopher Landau"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("South Africa", "GPE", "ZAF", ["Pretoria", "South Africa's government", "South Africa",
                                              "the government"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["President Cyril Ramaphosa", "He"]),
        entity("Department of International Relations and Cooperation of South Africa", "ORG", "ZAF",
               ["South Africa's foreign ministry"]),
        entity("AfriForum", "ORG", "ZAF", ["AfriForum, an Afrikaner lobby group", "its"]),
        entity("Washington Dulles airport", "LOC", "USA", ["Washington Dulles airport"]),
        entity("White House", "ORG", "USA", ["the White House"]),
    ],
}

# ---------------------------------------------------------------- hm80-en-02
ECU = actor("Ecuador", "ECU", "GOV")
US = actor("United States", "USA", "GOV")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
US_PROS = actor("US federal prosecutors", "USA", "JUD")
FITO = actor("Adolfo Macías", "ECU", "REB")
ECU_FORCES = actor("Ecuadorian security forces", "ECU", "MIL")
GANGS = actor("gangs", "ECU", "REB")
HRW = actor("Human Rights Watch", "NGO", "NGO")
ECU_SOLDIERS = actor("Ecuadorian army", "ECU", "MIL")

G1 = ("Ecuador on Sunday extradited Adolfo Macías, the leader of the Los Choneros gang known as Fito, to the "
      "United States.")
G2 = "He was flown from Manta to New York under heavy guard, the prison authority SNAI said."
G3 = ("“This is a message to all criminals: there is no place to hide,” President Daniel Noboa wrote on X, "
      "thanking Washington for its help.")
G4 = ("US prosecutors in New York charged Macías in April with smuggling cocaine and buying weapons in the "
      "United States.")
G5 = "He had been recaptured in June, 17 months after escaping from a prison in Guayaquil."
G6 = ("His escape had triggered a wave of violence that prompted Noboa to declare an “internal armed conflict” "
      "and deploy the army against 22 gangs.")
G7 = "Ecuador signed a security agreement with the United States in 2023 that allows US troops to operate in the country."
G8 = "Noboa has also invited Washington to set up military bases in Ecuador."
G9 = ("Human Rights Watch has accused soldiers of torturing inmates, saying the abuses "
      "were “systematic”.")

EN02 = {
    "id": "hm80-en-02", "lang": "en", "url": None, "published": "2025-07-21",
    "title": "Ecuador extradites gang leader 'Fito' to the United States",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9]),
    "events": [
        event("COOPERATE", ECU, US, G1, date="2025-07-20"),
        event("SUPPORT", NOBOA, US, G3),
        event("ACCUSE", US_PROS, FITO, G4, mode="allege"),
        event("COERCE", ECU_FORCES, FITO, G5, mode="arrest"),
        event("MOBILIZE", NOBOA, GANGS, G6, mode="troops"),
        event("SUPPORT", ECU, US, G7),
        event("AGREE", NOBOA, US, G8),
        event("ACCUSE", HRW, ECU_SOLDIERS, G9, mode="allege"),
    ],
    "quotes": [
        quote("He was flown from Manta to New York under heavy guard", "SNAI", "indirect"),
        quote("This is a message to all criminals: there is no place to hide", "Daniel Noboa", "direct"),
        quote("internal armed conflict", "Daniel Noboa", "direct"),
        quote("systematic", "Human Rights Watch", "direct"),
        quote("the abuses were “systematic”", "Human Rights Watch", "indirect"),
    ],
    "entities": [
        entity("Ecuador", "GPE", "ECU", ["Ecuador", "the country"]),
        entity("Adolfo Macías", "PER", "ECU", ["Adolfo Macías", "Fito", "He", "Macías", "His"]),
        entity("Los Choneros", "ORG", "ECU", ["the Los Choneros gang"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("SNAI", "ORG", "ECU", ["the prison authority SNAI"]),
        entity("Daniel Noboa", "PER", "ECU", ["President Daniel Noboa", "Noboa"]),
        entity("US federal prosecutors", "ORG", "USA", ["US prosecutors in New York"]),
        entity("Ecuadorian army", "ORG", "ECU", ["the army", "soldiers"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Manta", "LOC", "ECU", ["Manta"]),
        entity("Guayaquil", "LOC", "ECU", ["a prison in Guayaquil"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("X", "ORG", "MNC", ["X"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
