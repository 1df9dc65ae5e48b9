"""Round 467: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm467-de-01: Brazil/Germany: Olaf Scholz visits Lula in Brasília at the end of his South America tour; Lula refuses Germany's request for Gepard ammunition for Ukraine and proposes a club of neutral mediators, Lula and Scholz criticise Russia, Germany pledges 200 million euros for the Amazon, the two agree to revive government consultations, earlier meetings with Fernández and Boric and Boric's hydrogen request recalled (2023-01-30).
- hm467-de-02: Mexico: a mob lynches a woman suspected in the killing of eight-year-old Camila in Taxco and injures two men while police do not intervene; the mother accuses the Guerrero prosecutors, who deny, Governor Salgado condemns and vows punishment, prosecutors investigate both crimes, López Obrador condemns and appeals to citizens, residents block the Taxco-Iguala highway, police arrest the two men (2024-03-29).
- hm467-de-03: Venezuela: Sebin agents arrest ex-oil minister Pedro Tellechea; Attorney General Tarek William Saab accuses him of treason and of handing PDVSA's control system to a US-intelligence front company, the family denies and his daughter accuses the government, El Aissami's resignation and arrest recalled, Washington's reimposed oil sanctions and accusation against Maduro, Machado speaks of a "war of the clans" (2024-10-28).
- hm467-de-04: Peru: Perú Libre leader Vladimir Cerrón goes into hiding after the Junín appeals court upholds his sentence in the Jauja aerodrome case and orders his arrest; police search his house in Huancayo, Cerrón refuses to surrender and accuses the judges, Interior Minister Tiburcio threatens, a travel ban, Boluarte urges him to surrender, prosecutors investigate money laundering, supporters rally in Huancayo, his brother Waldemar denies knowing his whereabouts (2023-10-09).
- hm467-en-01: Brazil/China: Lula receives Xi Jinping for a state visit in Brasília and both governments reach 37 agreements and elevate their ties; Lula and Xi praise each other, Xi invites Lula, Brazil does not join the Belt and Road Initiative but agrees on "synergies", U.S. officials' earlier appeal, Zelenskyy's rejection of the China-Brazil peace plan, Xi's meeting with Biden in Lima and Lula's 2023 Beijing visit recalled (2024-11-20).
- hm467-en-02: Colombia: Carlos Fernando Galán wins the Bogotá mayoral race as Petro's coalition loses the big cities; Bolívar concedes and congratulates, Petro promises to work with all mayors and invites Galán, Federico Gutiérrez attacks Petro, troops and police deployed, 41 arrests for vote buying, the government blames the ELN for kidnapping Luis Díaz's father, the ceasefire in force (2023-10-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm467-de-01 (Brazil/Germany, Scholz in Brasília)
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
FERNANDEZ = actor("Alberto Fernández", "ARG", "GOV")
BORIC = actor("Gabriel Boric", "CHL", "GOV")

P1 = ("Brasília (dpa) - Brasiliens Präsident Luiz Inácio Lula da Silva hat Bundeskanzler Olaf Scholz bei dessen "
      "Besuch in Brasília eine klare Absage für Munitionslieferungen an die Ukraine erteilt.")
P2 = ("„Brasilien hat kein Interesse daran, Munition weiterzugeben, die im Krieg zwischen der Ukraine und Russland "
      "eingesetzt werden könnte“, sagte Lula am Montag nach einem Treffen mit dem Kanzler im Präsidentenpalast "
      "Planalto.")
P3 = ("Die Bundesregierung hatte Brasília im Januar um Munition für die Flugabwehrpanzer vom Typ Gepard gebeten, die "
      "Deutschland an Kiew geliefert hat.")
P4 = "Scholz sagte, er respektiere die Entscheidung der brasilianischen Regierung."
P5 = ("Lula schlug stattdessen vor, eine Gruppe neutraler Staaten unter Beteiligung Chinas, Indiens und Indonesiens zu "
      "bilden, die zwischen Moskau und Kiew vermitteln solle.")
P6 = "Zugleich warf er Russland vor, mit dem Einmarsch in das Nachbarland einen „klassischen Fehler“ begangen zu haben."
P7 = "Der Kanzler verurteilte den russischen Angriffskrieg erneut als Bruch des Völkerrechts."
P8 = "Deutschland sagte Brasilien zum Schutz des Amazonas-Regenwalds rund 200 Millionen Euro zu."
P9 = ("Davon sollen 35 Millionen Euro in den Amazonienfonds fließen, dessen Zahlungen unter Lulas Vorgänger Jair "
      "Bolsonaro eingefroren worden waren.")
P10 = ("Beide Politiker vereinbarten, die seit Jahren ausgesetzten deutsch-brasilianischen Regierungskonsultationen "
       "noch in diesem Jahr wieder aufzunehmen.")
P11 = ("Außerdem wollen sie das seit mehr als zwei Jahrzehnten verhandelte Handelsabkommen zwischen der EU und dem "
       "südamerikanischen Staatenbund Mercosur rasch zum Abschluss bringen.")
P12 = "Lula sagte, er hoffe auf eine Einigung bis zur Jahresmitte."
P13 = "Brasília war die letzte Station der viertägigen Südamerikareise des Kanzlers."
P14 = ("Zuvor hatte Scholz in Buenos Aires den argentinischen Präsidenten Alberto Fernández und in Santiago de Chile "
       "Präsident Gabriel Boric getroffen.")
P15 = "Boric hatte den Kanzler um Unterstützung beim Aufbau einer Industrie für grünen Wasserstoff in Chile gebeten."
P16 = "Die Bundesregierung setzt in der Region auf Rohstoffpartnerschaften, etwa bei Lithium und Wasserstoff."

DE01 = {
    "id": "hm467-de-01", "lang": "de", "url": None, "published": "2023-01-30",
    "title": "Lula verweigert Scholz Munition für die Ukraine",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7], [P8, P9, P10, P11, P12], [P13, P14, P15, P16]),
    "events": [
        event("CONSULT", SCHOLZ, LULA, P1, mode="visit", location="Brasília", location_country="BRA"),
        event("REJECT", LULA, SCHOLZ, P1, mode="assist"),
        event("REJECT", LULA, DEU_GOV, P2, mode="assist", date="2023-01-30"),
        event("CONSULT", SCHOLZ, LULA, P2, mode="meet", date="2023-01-30", location="Planalto",
              location_country="BRA"),
        event("REQUEST", DEU_GOV, BRA_GOV, P3, mode="assist"),
        event("AID", DEU_GOV, UKR_GOV, P3),
        event("AGREE", LULA, None, P5),
        event("ACCUSE", LULA, RUS_GOV, P6, mode="disapprove"),
        event("ACCUSE", SCHOLZ, RUS_GOV, P7, mode="disapprove"),
        event("AGREE", DEU_GOV, BRA_GOV, P8),
        event("AGREE", SCHOLZ, LULA, P10),
        event("CONSULT", SCHOLZ, FERNANDEZ, P14, mode="visit", location="Buenos Aires", location_country="ARG"),
        event("CONSULT", SCHOLZ, BORIC, P14, mode="visit", location="Santiago de Chile", location_country="CHL"),
        event("REQUEST", BORIC, SCHOLZ, P15, mode="assist"),
    ],
    "quotes": [
        quote("Brasilien hat kein Interesse daran, Munition weiterzugeben, die im Krieg zwischen der Ukraine und "
              "Russland eingesetzt werden könnte", "Luiz Inácio Lula da Silva", "direct"),
        quote("er respektiere die Entscheidung der brasilianischen Regierung", "Olaf Scholz", "indirect"),
        quote("eine Gruppe neutraler Staaten unter Beteiligung Chinas, Indiens und Indonesiens zu bilden, die zwischen "
              "Moskau und Kiew vermitteln solle", "Luiz Inácio Lula da Silva", "indirect"),
        quote("klassischen Fehler", "Luiz Inácio Lula da Silva", "direct"),
        quote("mit dem Einmarsch in das Nachbarland einen „klassischen Fehler“ begangen zu haben",
              "Luiz Inácio Lula da Silva", "indirect"),
        quote("er hoffe auf eine Einigung bis zur Jahresmitte", "Luiz Inácio Lula da Silva", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Brazil", "LOC", "BRA", ["Brasiliens", "Brasilien"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA",
               ["Brasiliens Präsident Luiz Inácio Lula da Silva", "Lula", "er", "Lulas"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz", "dessen", "dem Kanzler", "Scholz", "er",
                                             "Der Kanzler", "des Kanzlers", "den Kanzler"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine", "der Ukraine"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Planalto Palace", "LOC", "BRA", ["im Präsidentenpalast Planalto"]),
        entity("Government of Germany", "ORG", "DEU", ["Die Bundesregierung", "Deutschland"]),
        entity("Government of Brazil", "ORG", "BRA", ["Brasília", "der brasilianischen Regierung", "Brasilien"]),
        entity("Gepard", "MISC", "DEU", ["Flugabwehrpanzer vom Typ Gepard"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew"]),
        entity("China", "LOC", "CHN", ["Chinas"]),
        entity("India", "LOC", "IND", ["Indiens"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesiens"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau", "Russland"]),
        entity("Amazon rainforest", "LOC", "BRA", ["des Amazonas-Regenwalds"]),
        entity("Amazon Fund", "ORG", "BRA", ["den Amazonienfonds"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Lulas Vorgänger Jair Bolsonaro"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("Mercosur", "ORG", "IGO", ["dem südamerikanischen Staatenbund Mercosur"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Alberto Fernández", "PER", "ARG", ["den argentinischen Präsidenten Alberto Fernández"]),
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "Boric"]),
        entity("Chile", "LOC", "CHL", ["Chile"]),
    ],
}

# ---------------------------------------------------------------- hm467-de-02 (Mexico, Taxco lynching)
TAXCO_MOB = actor("residents of Taxco", "MEX", "CVL")
SUSPECT = actor("woman suspected in the killing of Camila Gómez Ortega", "MEX", "CVL")
TWO_MEN = actor("two men in the suspect's house", "MEX", "CVL")
TAXCO_POLICE = actor("police in Taxco", "MEX", "COP")
MOTHER = actor("mother of Camila Gómez Ortega", "MEX", "CVL")
GRO_PROS = actor("Guerrero State Prosecutor's Office", "MEX", "JUD")
SALGADO = actor("Evelyn Salgado", "MEX", "GOV")
CAMILA_KILLERS = actor("killers of Camila Gómez Ortega", "MEX", "CVL")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
MEX_CITIZENS = actor("Mexican citizens", "MEX", "CVL")
GRO_GOV = actor("Government of Guerrero", "MEX", "GOV")

Q1 = ("Mexiko-Stadt (dpa) - Nach dem gewaltsamen Tod eines achtjährigen Mädchens hat eine aufgebrachte Menge in der "
      "mexikanischen Stadt Taxco eine mutmaßliche Tatverdächtige gelyncht.")
Q2 = ("Hunderte Anwohner drangen am Donnerstag in das Haus der Frau ein, zerrten sie auf die Straße und schlugen sie "
      "zu Tode, wie die Staatsanwaltschaft des Bundesstaates Guerrero mitteilte.")
Q3 = "Zwei Männer, die sich mit ihr in dem Haus aufgehalten hatten, wurden von der Menge schwer verletzt."
Q4 = "Die anwesenden Polizisten griffen nicht ein."
Q5 = ("Die kleine Camila war am Mittwoch auf dem Weg zu einer Nachbarin verschwunden, ihre Leiche wurde am "
      "Donnerstagmorgen am Rand einer Landstraße gefunden.")
Q6 = "Aufnahmen einer Überwachungskamera sollen zeigen, wie das Kind das Haus der später getöteten Frau betrat."
Q7 = ("Die Mutter des Mädchens warf der Staatsanwaltschaft vor, trotz ihrer Anzeige stundenlang untätig geblieben zu "
      "sein.")
Q8 = "Die Behörde wies dies zurück und erklärte, sie habe sofort eine Suche eingeleitet."
Q9 = ("Gouverneurin Evelyn Salgado verurteilte die Selbstjustiz und kündigte an, dass die Verantwortlichen für beide "
      "Verbrechen bestraft würden.")
Q10 = ("Die Staatsanwaltschaft leitete Ermittlungen sowohl wegen des Mordes an dem Kind als auch wegen der Lynchtat "
       "ein.")
Q11 = ("Präsident Andrés Manuel López Obrador nannte die Tat am Freitag bei seiner morgendlichen Pressekonferenz "
       "„bedauerlich“ und rief die Bevölkerung auf, das Recht nicht in die eigenen Hände zu nehmen.")
Q12 = ("Am Freitag blockierten Dutzende Anwohner die Bundesstraße zwischen Taxco und Iguala und forderten "
       "Gerechtigkeit für das Mädchen.")
Q13 = "Die Polizei nahm nach Angaben der Staatsanwaltschaft die beiden verletzten Männer fest."
Q14 = "Ob sie an der Entführung beteiligt waren, war zunächst unklar."
Q15 = "Guerrero zählt zu den gewalttätigsten Bundesstaaten Mexikos."
Q16 = ("In der für ihr Silberhandwerk bekannten Kolonialstadt kämpfen kriminelle Gruppen seit Jahren um Schutzgelder "
       "und Schmuggelrouten.")

DE02 = {
    "id": "hm467-de-02", "lang": "de", "url": None, "published": "2024-03-29",
    "title": "Lynchmord in Mexiko nach Tod eines Mädchens",
    "text": paragraphs([Q1, Q2, Q3, Q4], [Q5, Q6, Q7, Q8], [Q9, Q10, Q11], [Q12, Q13, Q14], [Q15, Q16]),
    "events": [
        event("ASSAULT", TAXCO_MOB, SUSPECT, Q1, mode="beat", location="Taxco", location_country="MEX"),
        event("ASSAULT", TAXCO_MOB, SUSPECT, Q2, mode="beat", date="2024-03-28", location="Taxco",
              location_country="MEX"),
        event("ASSAULT", TAXCO_MOB, TWO_MEN, Q3, mode="beat", location="Taxco", location_country="MEX"),
        event("COERCE", TAXCO_POLICE, TAXCO_MOB, Q4, mode="crowd-control", location="Taxco",
              location_country="MEX", negated=True),
        event("ACCUSE", MOTHER, GRO_PROS, Q7, mode="disapprove"),
        event("ACCUSE", SALGADO, TAXCO_MOB, Q9, mode="disapprove"),
        event("THREATEN", SALGADO, TAXCO_MOB, Q9),
        event("THREATEN", SALGADO, CAMILA_KILLERS, Q9),
        event("ACCUSE", GRO_PROS, CAMILA_KILLERS, Q10, mode="investigate"),
        event("ACCUSE", GRO_PROS, TAXCO_MOB, Q10, mode="investigate"),
        event("ACCUSE", AMLO, TAXCO_MOB, Q11, mode="disapprove", date="2024-03-29"),
        event("REQUEST", AMLO, MEX_CITIZENS, Q11, date="2024-03-29"),
        event("PROTEST", TAXCO_MOB, GRO_GOV, Q12, mode="obstruct", date="2024-03-29", location="Taxco",
              location_country="MEX"),
        event("COERCE", TAXCO_POLICE, TWO_MEN, Q13, mode="arrest", location="Taxco", location_country="MEX"),
    ],
    "quotes": [
        quote("Hunderte Anwohner drangen am Donnerstag in das Haus der Frau ein, zerrten sie auf die Straße und "
              "schlugen sie zu Tode", "Guerrero State Prosecutor's Office", "indirect"),
        quote("trotz ihrer Anzeige stundenlang untätig geblieben zu sein", "mother of Camila Gómez Ortega",
              "indirect"),
        quote("sie habe sofort eine Suche eingeleitet", "Guerrero State Prosecutor's Office", "indirect"),
        quote("dass die Verantwortlichen für beide Verbrechen bestraft würden", "Evelyn Salgado", "indirect"),
        quote("bedauerlich", "Andrés Manuel López Obrador", "direct"),
        quote("das Recht nicht in die eigenen Hände zu nehmen", "Andrés Manuel López Obrador", "indirect"),
        quote("Die Polizei nahm nach Angaben der Staatsanwaltschaft die beiden verletzten Männer fest",
              "Guerrero State Prosecutor's Office", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Camila Gómez Ortega", "PER", "MEX", ["eines achtjährigen Mädchens", "Die kleine Camila",
                                                     "das Kind", "des Mädchens", "dem Kind",
                                                     "das Mädchen"]),
        entity("residents of Taxco", "PER", "MEX", ["eine aufgebrachte Menge", "Hunderte Anwohner", "der Menge",
                                                    "Dutzende Anwohner"]),
        entity("Taxco", "LOC", "MEX", ["der mexikanischen Stadt Taxco", "Taxco",
                                       "der für ihr Silberhandwerk bekannten Kolonialstadt"]),
        entity("woman suspected in the killing of Camila Gómez Ortega", "PER", "MEX",
               ["eine mutmaßliche Tatverdächtige", "der Frau", "sie", "ihr", "der später getöteten Frau"]),
        entity("Guerrero State Prosecutor's Office", "ORG", "MEX",
               ["die Staatsanwaltschaft des Bundesstaates Guerrero", "der Staatsanwaltschaft", "Die Behörde",
                "Die Staatsanwaltschaft"]),
        entity("Guerrero", "LOC", "MEX", ["des Bundesstaates Guerrero", "Guerrero"]),
        entity("two men in the suspect's house", "PER", "MEX", ["Zwei Männer", "die beiden verletzten Männer",
                                                                 "sie"]),
        entity("police in Taxco", "ORG", "MEX", ["Die anwesenden Polizisten", "Die Polizei"]),
        entity("mother of Camila Gómez Ortega", "PER", "MEX", ["Die Mutter des Mädchens", "ihrer"]),
        entity("Evelyn Salgado", "PER", "MEX", ["Gouverneurin Evelyn Salgado"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador", "seiner"]),
        entity("Iguala", "LOC", "MEX", ["Iguala"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos"]),
    ],
}

# ---------------------------------------------------------------- hm467-de-03 (Venezuela, Tellechea arrested)
SEBIN = actor("Bolivarian National Intelligence Service", "VEN", "COP")
TELLECHEA = actor("Pedro Tellechea", "VEN", "GOV")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
US_INTEL = actor("United States intelligence services", "USA", "GOV")
TELLECHEA_DAUGHTER = actor("daughter of Pedro Tellechea", "VEN", "CVL")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
EL_AISSAMI = actor("Tareck El Aissami", "VEN", "GOV")
VEN_SECURITY = actor("Venezuelan security forces", "VEN", "COP")
USA_GOV = actor("Government of the United States", "USA", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
MACHADO = actor("María Corina Machado", "VEN", "OPP")

T1 = ("Caracas (dpa) - Venezuelas früherer Ölminister Pedro Tellechea ist wegen des Vorwurfs des Landesverrats "
      "festgenommen worden.")
T2 = ("Agenten des Geheimdienstes Sebin brachten den Politiker am Samstag aus seiner Wohnung in Caracas an einen "
      "unbekannten Ort, wie Angehörige berichteten.")
T3 = ("Generalstaatsanwalt Tarek William Saab warf Tellechea am Sonntag vor, das automatisierte Steuerungssystem des "
      "staatlichen Ölkonzerns PDVSA einer Briefkastenfirma überlassen zu haben, hinter der US-Geheimdienste stünden.")
T4 = ("Damit habe er die „Souveränität der Ölindustrie“ in die Hände des Feindes gelegt, sagte Saab im staatlichen "
      "Fernsehen.")
T5 = ("Tellechea hatte das Ölministerium erst vor gut einer Woche an Vizepräsidentin Delcy Rodríguez abgeben müssen und "
      "war an die Spitze des Industrieministeriums gewechselt.")
T6 = "Die Familie des früheren Ministers wies die Vorwürfe zurück."
T7 = ("Seine Tochter schrieb auf der Plattform X, ihr Vater sei ein loyaler Staatsdiener und werde internen "
      "Machtkämpfen geopfert.")
T8 = ("Tellechea hatte das Ölministerium im März 2023 übernommen, nachdem sein Vorgänger Tareck El Aissami im Zuge "
      "eines Korruptionsskandals zurückgetreten war.")
T9 = "Sicherheitskräfte nahmen El Aissami im April dieses Jahres fest."
T10 = "Ihm wird vorgeworfen, Milliarden aus Ölgeschäften über Kryptowährungen abgezweigt zu haben."
T11 = "Unter Tellechea war die Ölförderung des Landes zuletzt wieder auf rund 900.000 Barrel pro Tag gestiegen."
T12 = ("Die USA hatten im April eine im Vorjahr gewährte Lockerung der Ölsanktionen zurückgenommen, weil Maduro "
       "Zusagen für eine faire Präsidentenwahl nicht eingehalten habe.")
T13 = ("Die Wahlbehörde hatte Maduro nach der Abstimmung vom 28. Juli zum Sieger erklärt, ohne detaillierte "
       "Ergebnisse vorzulegen.")
T14 = "Oppositionsführerin María Corina Machado sprach auf X von einem „Krieg der Clans“ innerhalb der Regierung."
T15 = "Der Sebin äußerte sich zu der Festnahme zunächst nicht."

DE03 = {
    "id": "hm467-de-03", "lang": "de", "url": None, "published": "2024-10-28",
    "title": "Venezuelas Ex-Ölminister Tellechea festgenommen",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7], [T8, T9, T10, T11], [T12, T13, T14, T15]),
    "events": [
        event("COERCE", SEBIN, TELLECHEA, T1, mode="arrest"),
        event("COERCE", SEBIN, TELLECHEA, T2, mode="arrest", date="2024-10-26", location="Caracas",
              location_country="VEN"),
        event("ACCUSE", SAAB, TELLECHEA, T3, mode="allege", date="2024-10-27"),
        event("ACCUSE", SAAB, US_INTEL, T3, mode="allege", date="2024-10-27"),
        event("ACCUSE", SAAB, TELLECHEA, T4, mode="allege"),
        event("ACCUSE", TELLECHEA_DAUGHTER, VEN_GOV, T7, mode="disapprove"),
        event("RETREAT", EL_AISSAMI, None, T8, mode="resign"),
        event("COERCE", VEN_SECURITY, EL_AISSAMI, T9, mode="arrest"),
        event("SANCTION", USA_GOV, VEN_GOV, T12),
        event("ACCUSE", USA_GOV, MADURO, T12, mode="allege"),
        event("ACCUSE", MACHADO, VEN_GOV, T14, mode="disapprove"),
    ],
    "quotes": [
        quote("Agenten des Geheimdienstes Sebin brachten den Politiker am Samstag aus seiner Wohnung in Caracas an "
              "einen unbekannten Ort", "relatives of Pedro Tellechea", "indirect"),
        quote("das automatisierte Steuerungssystem des staatlichen Ölkonzerns PDVSA einer Briefkastenfirma "
              "überlassen zu haben, hinter der US-Geheimdienste stünden", "Tarek William Saab", "indirect"),
        quote("Souveränität der Ölindustrie", "Tarek William Saab", "direct"),
        quote("Damit habe er die „Souveränität der Ölindustrie“ in die Hände des Feindes gelegt", "Tarek William Saab",
              "indirect"),
        quote("ihr Vater sei ein loyaler Staatsdiener und werde internen Machtkämpfen geopfert",
              "daughter of Pedro Tellechea", "indirect"),
        quote("weil Maduro Zusagen für eine faire Präsidentenwahl nicht eingehalten habe",
              "Government of the United States", "indirect"),
        quote("Krieg der Clans", "María Corina Machado", "direct"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuelas", "des Landes"]),
        entity("Pedro Tellechea", "PER", "VEN",
               ["Venezuelas früherer Ölminister Pedro Tellechea", "den Politiker", "seiner", "Tellechea", "er",
                "des früheren Ministers", "Seine", "ihr Vater"]),
        entity("Bolivarian National Intelligence Service", "ORG", "VEN", ["Geheimdienstes Sebin", "Der Sebin"]),
        entity("relatives of Pedro Tellechea", "PER", "VEN", ["Angehörige", "Die Familie des früheren Ministers"]),
        entity("Tarek William Saab", "PER", "VEN", ["Generalstaatsanwalt Tarek William Saab", "Saab"]),
        entity("PDVSA", "ORG", "VEN", ["des staatlichen Ölkonzerns PDVSA"]),
        entity("United States intelligence services", "ORG", "USA", ["US-Geheimdienste"]),
        entity("Ministry of Petroleum of Venezuela", "ORG", "VEN", ["das Ölministerium"]),
        entity("Delcy Rodríguez", "PER", "VEN", ["Vizepräsidentin Delcy Rodríguez"]),
        entity("Ministry of Industry of Venezuela", "ORG", "VEN", ["des Industrieministeriums"]),
        entity("daughter of Pedro Tellechea", "PER", "VEN", ["Seine Tochter"]),
        entity("X", "ORG", "USA", ["der Plattform X", "X"]),
        entity("Tareck El Aissami", "PER", "VEN", ["sein Vorgänger Tareck El Aissami", "El Aissami", "Ihm"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["Sicherheitskräfte"]),
        entity("Government of the United States", "ORG", "USA", ["Die USA"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Maduro"]),
        entity("National Electoral Council of Venezuela", "ORG", "VEN", ["Die Wahlbehörde"]),
        entity("María Corina Machado", "PER", "VEN", ["Oppositionsführerin María Corina Machado"]),
        entity("Government of Venezuela", "ORG", "VEN", ["der Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm467-de-04 (Peru, Cerrón in hiding)
JUNIN_COURT = actor("Superior Court of Justice of Junín", "PER", "JUD")
CERRON = actor("Vladimir Cerrón", "PER", "PTY")
PER_POLICE = actor("National Police of Peru", "PER", "COP")
TIBURCIO = actor("Vicente Tiburcio", "PER", "GOV")
MIGRACIONES = actor("National Superintendence of Migration of Peru", "PER", "GOV")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
PER_PROSECUTORS = actor("Public Ministry of Peru", "PER", "JUD")
PERU_LIBRE = actor("Perú Libre", "PER", "PTY")
CERRON_FANS = actor("supporters of Vladimir Cerrón", "PER", "CVL")

C1 = ("Lima (dpa) - Der Chef der peruanischen Linkspartei Perú Libre, Vladimir Cerrón, ist nach der Bestätigung "
      "seiner Haftstrafe untergetaucht.")
C2 = ("Ein Berufungsgericht in der Andenregion Junín hatte am Freitag eine Strafe von drei Jahren und sechs Monaten "
      "Haft wegen Vorteilsnahme bestätigt und seine Festnahme angeordnet.")
C3 = ("Die Vorwürfe betreffen seine Zeit als Regionalgouverneur von Junín, als ein Auftrag für den Ausbau des "
      "Flugplatzes von Jauja vergeben wurde.")
C4 = "Polizisten durchsuchten am Samstag sein Haus in Huancayo, trafen Cerrón aber nicht an."
C5 = ("Er werde sich nicht „einer politisierten Justiz“ ausliefern, schrieb Cerrón auf der Plattform X und warf den "
      "Richtern vor, ihn auf Druck der Rechten zu verfolgen.")
C6 = "Cerrón bestreitet alle Vorwürfe."
C7 = ("Innenminister Vicente Tiburcio kündigte an, die Polizei werde den Flüchtigen „bis in den letzten Winkel des "
      "Landes“ suchen.")
C8 = "Die Migrationsbehörde verhängte zudem eine Ausreisesperre gegen den Politiker."
C9 = ("Präsidentin Dina Boluarte, die 2021 auf der Liste von Perú Libre zur Vizepräsidentin gewählt worden war, rief "
      "Cerrón auf, sich der Justiz zu stellen.")
C10 = "Die Staatsanwaltschaft ermittelt in einem weiteren Verfahren wegen Geldwäsche gegen ihn."
C11 = "Perú Libre sprach in einer Erklärung von „politischer Verfolgung“ ihres Gründers."
C12 = ("Am Sonntag versammelten sich nach Polizeiangaben rund 300 Anhänger vor dem Gerichtsgebäude in Huancayo und "
       "forderten die Aufhebung des Urteils.")
C13 = ("Sein Bruder Waldemar Cerrón, Vizepräsident des Kongresses, bestritt, den Aufenthaltsort des Parteichefs zu "
       "kennen.")
C14 = "Perú Libre stellt im Kongress eine der größten Fraktionen."
C15 = ("Die Partei hatte 2021 den Dorfschullehrer Pedro Castillo ins Präsidentenamt gebracht, sich später aber mit ihm "
       "überworfen.")

DE04 = {
    "id": "hm467-de-04", "lang": "de", "url": None, "published": "2023-10-09",
    "title": "Perus Linkspolitiker Cerrón nach Urteil untergetaucht",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C10], [C11, C12, C13], [C14, C15]),
    "events": [
        event("SANCTION", JUNIN_COURT, CERRON, C2, mode="convict", date="2023-10-06"),
        event("COERCE", JUNIN_COURT, CERRON, C2, mode="arrest", date="2023-10-06"),
        event("COERCE", PER_POLICE, CERRON, C4, date="2023-10-07", location="Huancayo", location_country="PER"),
        event("REJECT", CERRON, JUNIN_COURT, C5, mode="yield"),
        event("ACCUSE", CERRON, JUNIN_COURT, C5, mode="disapprove"),
        event("THREATEN", TIBURCIO, CERRON, C7, mode="arrest"),
        event("COERCE", MIGRACIONES, CERRON, C8, mode="restrict"),
        event("REQUEST", BOLUARTE, CERRON, C9, mode="yield"),
        event("ACCUSE", PER_PROSECUTORS, CERRON, C10, mode="investigate"),
        event("ACCUSE", PERU_LIBRE, JUNIN_COURT, C11, mode="disapprove"),
        event("PROTEST", CERRON_FANS, JUNIN_COURT, C12, mode="demo", date="2023-10-08", location="Huancayo",
              location_country="PER"),
    ],
    "quotes": [
        quote("einer politisierten Justiz", "Vladimir Cerrón", "direct"),
        quote("Er werde sich nicht „einer politisierten Justiz“ ausliefern", "Vladimir Cerrón", "indirect"),
        quote("ihn auf Druck der Rechten zu verfolgen", "Vladimir Cerrón", "indirect"),
        quote("bis in den letzten Winkel des Landes", "Vicente Tiburcio", "direct"),
        quote("die Polizei werde den Flüchtigen „bis in den letzten Winkel des Landes“ suchen", "Vicente Tiburcio",
              "indirect"),
        quote("sich der Justiz zu stellen", "Dina Boluarte", "indirect"),
        quote("politischer Verfolgung", "Perú Libre", "direct"),
        quote("Am Sonntag versammelten sich nach Polizeiangaben rund 300 Anhänger vor dem Gerichtsgebäude in Huancayo "
              "und forderten die Aufhebung des Urteils", "National Police of Peru", "indirect"),
        quote("den Aufenthaltsort des Parteichefs zu kennen", "Waldemar Cerrón", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Perú Libre", "ORG", "PER", ["der peruanischen Linkspartei Perú Libre", "Perú Libre", "Die Partei"]),
        entity("Vladimir Cerrón", "PER", "PER",
               ["Der Chef der peruanischen Linkspartei Perú Libre, Vladimir Cerrón", "seiner", "seine", "sein",
                "Cerrón", "Er", "ihn", "den Flüchtigen", "den Politiker", "ihres Gründers", "Sein",
                "des Parteichefs"]),
        entity("Superior Court of Justice of Junín", "ORG", "PER",
               ["Ein Berufungsgericht in der Andenregion Junín", "den Richtern"]),
        entity("Junín", "LOC", "PER", ["der Andenregion Junín", "Junín"]),
        entity("Jauja", "LOC", "PER", ["des Flugplatzes von Jauja"]),
        entity("National Police of Peru", "ORG", "PER", ["Polizisten", "die Polizei"]),
        entity("Huancayo", "LOC", "PER", ["Huancayo"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Vicente Tiburcio", "PER", "PER", ["Innenminister Vicente Tiburcio"]),
        entity("Peru", "LOC", "PER", ["des Landes"]),
        entity("National Superintendence of Migration of Peru", "ORG", "PER", ["Die Migrationsbehörde"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte"]),
        entity("Public Ministry of Peru", "ORG", "PER", ["Die Staatsanwaltschaft"]),
        entity("supporters of Vladimir Cerrón", "PER", "PER", ["rund 300 Anhänger"]),
        entity("Waldemar Cerrón", "PER", "PER", ["Sein Bruder Waldemar Cerrón, Vizepräsident des Kongresses"]),
        entity("Congress of Peru", "ORG", "PER", ["des Kongresses", "im Kongress"]),
        entity("Pedro Castillo", "PER", "PER", ["den Dorfschullehrer Pedro Castillo", "ihm"]),
    ],
}

# ---------------------------------------------------------------- hm467-en-01 (Brazil/China, Xi in Brasília)
XI = actor("Xi Jinping", "CHN", "GOV")
LULA_E = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
BRA_GOV_E = actor("Government of Brazil", "BRA", "GOV")
US_OFFICIALS = actor("United States officials", "USA", "GOV")
ZELENSKYY = actor("Volodymyr Zelenskyy", "UKR", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")

X1 = ("BRASILIA, Brazil (AP) — Brazilian President Luiz Inácio Lula da Silva hosted Chinese leader Xi Jinping for a "
      "state visit on Wednesday, and their governments reached 37 agreements on trade, agriculture, technology and "
      "infrastructure.")
X2 = ("Lula received Xi with military honors at the Alvorada presidential residence, a day after the Group of 20 "
      "summit in Rio de Janeiro ended.")
X3 = ('"China and Brazil are today references for a more just world," Lula said in a joint statement to reporters, '
      'calling the relationship "one of the most important partnerships" of his government.')
X4 = ('Xi said relations between the two countries were "at their best in history" and invited Lula to visit Beijing '
      'again next year.')
X5 = ('The two governments also elevated their ties to what they called a "community with a shared future for a more '
      'just world and a more sustainable planet."')
X6 = ("Brazil did not formally join China's Belt and Road Initiative, the infrastructure program that more than 140 "
      "countries have signed on to.")
X7 = ('Instead, the two sides agreed to seek "synergies" between the initiative and Brazilian development programs, '
      'including Lula\'s flagship public works plan.')
X8 = ('Celso Amorim, Lula\'s chief foreign policy adviser, told reporters last month that Brazil did not need to sign '
      'a "contract of adhesion" to do business with Beijing.')
X9 = "U.S. officials had urged Brazil to weigh the risks of closer ties with Beijing ahead of the visit."
X10 = ("China is Brazil's biggest trading partner and the main buyer of its soybeans, iron ore and oil.")
X11 = ("Among the deals announced Wednesday were protocols opening the Chinese market to Brazilian grapes, sorghum, "
       "sesame and fish meal.")
X12 = "Lula and Xi also defended their joint six-point proposal for peace talks between Russia and Ukraine."
X13 = ('Ukrainian President Volodymyr Zelenskyy has rejected the plan, calling it "destructive."')
X14 = ("Xi arrived in Brazil last week after attending the Asia-Pacific Economic Cooperation forum in Lima, Peru, where "
       "he met outgoing U.S. President Joe Biden.")
X15 = "It was Xi's first state visit to Brazil since 2014."
X16 = "Lula traveled to Beijing in April 2023 on his first trip outside the Americas after taking office."

EN01 = {
    "id": "hm467-en-01", "lang": "en", "url": None, "published": "2024-11-20",
    "title": "Brazil's Lula hosts China's Xi for state visit, but stops short of joining Belt and Road",
    "text": paragraphs([X1, X2, X3, X4, X5], [X6, X7, X8, X9], [X10, X11], [X12, X13], [X14, X15, X16]),
    "events": [
        event("CONSULT", XI, LULA_E, X1, mode="visit", date="2024-11-20", location="Brasília",
              location_country="BRA"),
        event("AGREE", CHN_GOV, BRA_GOV_E, X1, date="2024-11-20"),
        event("CONSULT", XI, LULA_E, X2, mode="visit", date="2024-11-20", location="Alvorada Palace",
              location_country="BRA"),
        event("SUPPORT", LULA_E, CHN_GOV, X3),
        event("SUPPORT", XI, BRA_GOV_E, X4),
        event("AGREE", XI, LULA_E, X4),
        event("AGREE", CHN_GOV, BRA_GOV_E, X5),
        event("AGREE", BRA_GOV_E, CHN_GOV, X6, negated=True),
        event("AGREE", CHN_GOV, BRA_GOV_E, X7),
        event("REQUEST", US_OFFICIALS, BRA_GOV_E, X9),
        event("AGREE", CHN_GOV, BRA_GOV_E, X11, date="2024-11-20"),
        event("REJECT", ZELENSKYY, BRA_GOV_E, X13),
        event("REJECT", ZELENSKYY, CHN_GOV, X13),
        event("ACCUSE", ZELENSKYY, BRA_GOV_E, X13, mode="disapprove"),
        event("ACCUSE", ZELENSKYY, CHN_GOV, X13, mode="disapprove"),
        event("CONSULT", XI, BIDEN, X14, mode="meet", location="Lima", location_country="PER"),
        event("CONSULT", LULA_E, CHN_GOV, X16, mode="visit", location="Beijing", location_country="CHN"),
    ],
    "quotes": [
        quote("China and Brazil are today references for a more just world", "Luiz Inácio Lula da Silva", "direct"),
        quote("one of the most important partnerships", "Luiz Inácio Lula da Silva", "direct"),
        quote("at their best in history", "Xi Jinping", "direct"),
        quote('relations between the two countries were "at their best in history"', "Xi Jinping", "indirect"),
        quote("community with a shared future for a more just world and a more sustainable planet",
              "Brazilian and Chinese governments", "direct"),
        quote("synergies", "Brazilian and Chinese governments", "direct"),
        quote("contract of adhesion", "Celso Amorim", "direct"),
        quote('Brazil did not need to sign a "contract of adhesion" to do business with Beijing', "Celso Amorim",
              "indirect"),
        quote("destructive", "Volodymyr Zelenskyy", "direct"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["BRASILIA"]),
        entity("Brazil", "LOC", "BRA", ["Brazil", "Brazil's"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA",
               ["Brazilian President Luiz Inácio Lula da Silva", "Lula", "his", "Lula's"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese leader Xi Jinping", "Xi", "he", "Xi's"]),
        entity("Government of China", "ORG", "CHN", ["China", "Beijing", "China's"]),
        entity("Government of Brazil", "ORG", "BRA", ["Brazil", "his government"]),
        entity("Alvorada Palace", "LOC", "BRA", ["the Alvorada presidential residence"]),
        entity("Group of 20", "ORG", "IGO", ["the Group of 20"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("Belt and Road Initiative", "MISC", "CHN", ["China's Belt and Road Initiative", "the initiative"]),
        entity("Celso Amorim", "PER", "BRA", ["Celso Amorim, Lula's chief foreign policy adviser"]),
        entity("United States officials", "PER", "USA", ["U.S. officials"]),
        entity("China", "LOC", "CHN", ["China", "the Chinese market"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Volodymyr Zelenskyy", "PER", "UKR", ["Ukrainian President Volodymyr Zelenskyy"]),
        entity("Asia-Pacific Economic Cooperation", "ORG", "IGO", ["the Asia-Pacific Economic Cooperation forum"]),
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Peru", "LOC", "PER", ["Peru"]),
        entity("Joe Biden", "PER", "USA", ["outgoing U.S. President Joe Biden"]),
    ],
}

# ---------------------------------------------------------------- hm467-en-02 (Colombia, Galán wins Bogotá)
BOLIVAR = actor("Gustavo Bolívar", "COL", "PTY")
GALAN = actor("Carlos Fernando Galán", "COL", "PTY")
PETRO = actor("Gustavo Petro", "COL", "GOV")
COL_MAYORS = actor("elected Colombian mayors and governors", "COL", "GOV")
GUTIERREZ = actor("Federico Gutiérrez", "COL", "PTY")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
COL_MIL = actor("Military Forces of Colombia", "COL", "MIL")
COL_POLICE = actor("National Police of Colombia", "COL", "COP")
VOTE_BUYERS = actor("suspected vote buyers", "COL", "CVL")
ELN = actor("National Liberation Army", "COL", "REB")

G1 = ("BOGOTA, Colombia (AP) — Centrist Carlos Fernando Galán won the race for mayor of Colombia's capital on Sunday, "
      "dealing a blow to President Gustavo Petro, whose leftist coalition lost in most of the country's big cities.")
G2 = ("According to the national registrar's office, Galán, a former senator who had lost two previous bids for the "
      "job, took 49% of the vote.")
G3 = ("Economist Juan Daniel Oviedo came second, while Gustavo Bolívar of Petro's Historic Pact finished a distant "
      "third.")
G4 = "Bolívar conceded defeat late Sunday and congratulated Galán."
G5 = ('Petro acknowledged the results on the social media platform X, writing that he would work with all elected '
      'mayors and governors "without distinction of party" for the good of the country.')
G6 = "He also invited Galán to a meeting at the Casa de Nariño presidential palace in the coming weeks."
G7 = ('In Medellín, conservative former mayor Federico Gutiérrez won by a landslide and accused Petro of '
      '"abandoning" the country\'s second city.')
G8 = '"Medellín has defeated the government of hatred," Gutiérrez told cheering supporters.'
G9 = "Alejandro Eder won in Cali and Alejandro Char in Barranquilla, both backed by traditional parties."
G10 = ("The vote took place under heavy security, with more than 300,000 soldiers and police officers deployed across "
       "the country, according to the Defense Ministry.")
G11 = ("Police arrested 41 people for alleged vote buying and other electoral crimes, the National Police said.")
G12 = ("The Electoral Observation Mission, an independent monitoring group, said at least five candidates had been "
       "killed during the campaign.")
G13 = ("On the eve of the election, rebels of the National Liberation Army, or ELN, kidnapped the father of "
       "Liverpool forward Luis Díaz in the northern province of La Guajira, the government said Monday.")
G14 = ("Petro's government and the ELN have been observing a six-month ceasefire since August as part of peace "
       "talks.")
G15 = "Galán will take office on Jan. 1 for a four-year term."
G16 = "Petro, Colombia's first leftist president, is barred from seeking reelection in 2026."

EN02 = {
    "id": "hm467-en-02", "lang": "en", "url": None, "published": "2023-10-30",
    "title": "Centrist Galán wins Bogota mayor's race in setback for Colombia's Petro",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6], [G7, G8, G9], [G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("CONCEDE", BOLIVAR, GALAN, G4, date="2023-10-29"),
        event("SUPPORT", BOLIVAR, GALAN, G4, date="2023-10-29"),
        event("AGREE", PETRO, COL_MAYORS, G5),
        event("AGREE", PETRO, GALAN, G6, mode="meet"),
        event("ACCUSE", GUTIERREZ, PETRO, G7, mode="disapprove", location="Medellín", location_country="COL"),
        event("ACCUSE", GUTIERREZ, COL_GOV, G8, mode="disapprove"),
        event("MOBILIZE", COL_MIL, None, G10, mode="troops", date="2023-10-29", location_country="COL"),
        event("MOBILIZE", COL_POLICE, None, G10, mode="police", date="2023-10-29", location_country="COL"),
        event("COERCE", COL_POLICE, VOTE_BUYERS, G11, mode="arrest", location_country="COL"),
        event("ACCUSE", COL_GOV, ELN, G13, mode="allege", date="2023-10-30"),
        event("RETREAT", COL_GOV, ELN, G14, mode="ceasefire"),
        event("RETREAT", ELN, COL_GOV, G14, mode="ceasefire"),
    ],
    "quotes": [
        quote("Galán, a former senator who had lost two previous bids for the job, took 49% of the vote",
              "National Civil Registry of Colombia", "indirect"),
        quote("without distinction of party", "Gustavo Petro", "direct"),
        quote('he would work with all elected mayors and governors "without distinction of party" for the good of '
              'the country', "Gustavo Petro", "indirect"),
        quote("abandoning", "Federico Gutiérrez", "direct"),
        quote("Medellín has defeated the government of hatred", "Federico Gutiérrez", "direct"),
        quote("The vote took place under heavy security, with more than 300,000 soldiers and police officers deployed "
              "across the country", "Ministry of National Defense of Colombia", "indirect"),
        quote("Police arrested 41 people for alleged vote buying and other electoral crimes",
              "National Police of Colombia", "indirect"),
        quote("at least five candidates had been killed during the campaign", "Electoral Observation Mission",
              "indirect"),
        quote("On the eve of the election, rebels of the National Liberation Army, or ELN, kidnapped the father of "
              "Liverpool forward Luis Díaz in the northern province of La Guajira", "Government of Colombia",
              "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["BOGOTA", "Colombia's capital"]),
        entity("Colombia", "LOC", "COL", ["Colombia", "Colombia's", "the country's", "the country"]),
        entity("Carlos Fernando Galán", "PER", "COL",
               ["Centrist Carlos Fernando Galán", "Galán, a former senator who had lost two previous bids for the job",
                "Galán"]),
        entity("Gustavo Petro", "PER", "COL", ["President Gustavo Petro", "Petro's", "Petro", "he", "He",
                                               "Colombia's first leftist president"]),
        entity("Historic Pact", "ORG", "COL", ["whose leftist coalition", "Petro's Historic Pact"]),
        entity("National Civil Registry of Colombia", "ORG", "COL", ["the national registrar's office"]),
        entity("Juan Daniel Oviedo", "PER", "COL", ["Economist Juan Daniel Oviedo"]),
        entity("Gustavo Bolívar", "PER", "COL", ["Gustavo Bolívar", "Bolívar"]),
        entity("X", "ORG", "USA", ["the social media platform X"]),
        entity("elected Colombian mayors and governors", "PER", "COL", ["all elected mayors and governors"]),
        entity("Casa de Nariño", "LOC", "COL", ["the Casa de Nariño presidential palace"]),
        entity("Medellín", "LOC", "COL", ["Medellín", "the country's second city"]),
        entity("Federico Gutiérrez", "PER", "COL", ["conservative former mayor Federico Gutiérrez", "Gutiérrez"]),
        entity("Government of Colombia", "ORG", "COL", ["the government of hatred", "the government",
                                                        "Petro's government"]),
        entity("Alejandro Eder", "PER", "COL", ["Alejandro Eder"]),
        entity("Cali", "LOC", "COL", ["Cali"]),
        entity("Alejandro Char", "PER", "COL", ["Alejandro Char"]),
        entity("Barranquilla", "LOC", "COL", ["Barranquilla"]),
        entity("Military Forces of Colombia", "ORG", "COL", ["soldiers"]),
        entity("National Police of Colombia", "ORG", "COL", ["police officers", "Police", "the National Police"]),
        entity("Ministry of National Defense of Colombia", "ORG", "COL", ["the Defense Ministry"]),
        entity("suspected vote buyers", "PER", "COL", ["41 people"]),
        entity("Electoral Observation Mission", "ORG", "COL",
               ["The Electoral Observation Mission, an independent monitoring group"]),
        entity("National Liberation Army", "ORG", "COL", ["rebels of the National Liberation Army, or ELN",
                                                          "the ELN"]),
        entity("Luis Manuel Díaz", "PER", "COL", ["the father of Liverpool forward Luis Díaz"]),
        entity("Luis Díaz", "PER", "COL", ["Liverpool forward Luis Díaz"]),
        entity("Liverpool F.C.", "ORG", "GBR", ["Liverpool"]),
        entity("La Guajira", "LOC", "COL", ["the northern province of La Guajira"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
