"""Round 34: six blind hand-made articles (4 German, 2 English), invented wire-style reports on
real 2023-2025 settings, annotated by ../../shared/data/articles/CONVENTIONS.md.

hm34-de-01  Spain: clashes outside the Socialists' headquarters in Madrid over the amnesty (November 2023)
hm34-de-02  Cambodia: the election commission bars the Candlelight Party (May 2023)
hm34-de-03  Sierra Leone: the APC ends its boycott under a mediated unity agreement (October 2023)
hm34-de-04  Brazil: Bolsonaro supporters storm the government quarter in Brasília (January 2023)
hm34-en-01  Pakistan: army deployed after Imran Khan's arrest sets off violent protests (May 2023)
hm34-en-02  Gaza: the first aid trucks cross at Rafah, Cairo peace summit (October 2023)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm34-de-01 (Spain / Ferraz)
G1 = "Vor der Zentrale der spanischen Sozialisten in Madrid ist es in der Nacht zum Mittwoch erneut zu Ausschreitungen gekommen."
G2 = ("Tausende Menschen protestierten gegen eine geplante Amnestie für katalanische Separatisten, mit der sich "
      "Regierungschef Pedro Sánchez die Stimmen für seine Wiederwahl sichern will.")
G3 = "Einige Demonstranten warfen Flaschen und Feuerwerkskörper auf Polizisten."
G4 = "Die Polizei setzte Tränengas und Schlagstöcke ein und nahm sieben Menschen fest."
G5 = "Die Sozialisten warfen der rechtspopulistischen Partei Vox vor, die Gewalt zu schüren."
G6 = "Vox-Chef Santiago Abascal wies das zurück."
G7 = "Er nannte Sánchez einen »Verräter«."
G8 = "Der konservative Oppositionsführer Alberto Núñez Feijóo forderte Sánchez auf, Neuwahlen auszurufen."
G9 = ("Die Regierung verhandelt seit Wochen mit der Partei Junts des früheren katalanischen Regionalpräsidenten "
      "Carles Puigdemont.")
G10A = "Eine Einigung gibt es bislang nicht."
G10 = "Ein Sprecher von Junts sagte, man stehe »kurz vor einer Einigung«."
G11 = "Innenminister Fernando Grande-Marlaska ließ die Polizeipräsenz vor der Parteizentrale am Mittwoch verstärken."
G12 = "„Wer Polizisten angreift“, sagte er, „wird sich vor Gericht verantworten müssen.“"

PROTESTERS_ESP = actor("protesters in Madrid", "ESP", "CVL")
ESP_POLICE = actor("Spanish police", "ESP", "COP")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
MARLASKA = actor("Fernando Grande-Marlaska", "ESP", "GOV")

DE01 = {
    "id": "hm34-de-01", "lang": "de", "published": "2023-11-08",
    "title": "Erneut Ausschreitungen vor PSOE-Zentrale in Madrid",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10A, G10, G11, G12]),
    "events": [
        event("PROTEST", PROTESTERS_ESP, SANCHEZ, G2, mode="demo"),
        event("ASSAULT", PROTESTERS_ESP, ESP_POLICE, G3, mode="primitive"),
        event("ASSAULT", ESP_POLICE, PROTESTERS_ESP, G4, mode="crowd-control"),
        event("COERCE", ESP_POLICE, PROTESTERS_ESP, G4, mode="arrest"),
        event("ACCUSE", actor("Spanish Socialist Workers' Party", "ESP", "PTY"), actor("Vox", "ESP", "PTY"), G5,
              mode="allege"),
        event("ACCUSE", actor("Santiago Abascal", "ESP", "PTY"), SANCHEZ, G7, mode="disapprove"),
        event("REQUEST", actor("Alberto Núñez Feijóo", "ESP", "OPP"), SANCHEZ, G8, mode="change"),
        event("AGREE", actor("Government of Spain", "ESP", "GOV"), actor("Junts", "ESP", "PTY"), G10A, negated=True),
        event("MOBILIZE", MARLASKA, None, G11, mode="police", date="2023-11-08", location="Madrid",
              location_country="ESP"),
        event("THREATEN", MARLASKA, PROTESTERS_ESP, G12, mode="arrest"),
    ],
    "quotes": [
        quote("die Gewalt zu schüren", "Spanish Socialist Workers' Party", "indirect"),
        quote("Verräter", "Santiago Abascal", "direct"),
        quote("kurz vor einer Einigung", "Junts spokesperson", "direct"),
        quote("man stehe »kurz vor einer Einigung«", "Junts spokesperson", "indirect"),
        quote("Wer Polizisten angreift", "Fernando Grande-Marlaska", "direct"),
        quote("wird sich vor Gericht verantworten müssen", "Fernando Grande-Marlaska", "direct"),
    ],
    "entities": [
        entity("Spanish Socialist Workers' Party", "ORG", "ESP",
               ["der spanischen Sozialisten", "Die Sozialisten", "der Parteizentrale"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Regierungschef Pedro Sánchez", "Sánchez"]),
        entity("Spanish police", "ORG", "ESP", ["Die Polizei"]),
        entity("Vox", "ORG", "ESP", ["der rechtspopulistischen Partei Vox"]),
        entity("Santiago Abascal", "PER", "ESP", ["Vox-Chef Santiago Abascal", "Er"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["Der konservative Oppositionsführer Alberto Núñez Feijóo"]),
        entity("Government of Spain", "ORG", "ESP", ["Die Regierung"]),
        entity("Junts", "ORG", "ESP", ["der Partei Junts", "Junts"]),
        entity("Carles Puigdemont", "PER", "ESP",
               ["des früheren katalanischen Regionalpräsidenten Carles Puigdemont"]),
        entity("Junts spokesperson", "PER", "ESP", ["Ein Sprecher von Junts"]),
        entity("Fernando Grande-Marlaska", "PER", "ESP", ["Innenminister Fernando Grande-Marlaska", "er"]),
    ],
}

# ---------------------------------------------------------------- hm34-de-02 (Cambodia)
H1 = "Kambodschas Wahlkommission hat die größte Oppositionspartei von der Parlamentswahl im Juli ausgeschlossen."
H2 = ("Die Candlelight-Partei habe nicht die erforderlichen Registrierungsunterlagen vorgelegt, teilte die "
      "Behörde am Montag mit.")
H3 = "Damit tritt die Volkspartei von Regierungschef Hun Sen praktisch ohne ernsthafte Konkurrenz an."
H4 = "Parteivize Son Chhay sprach von einem „politisch motivierten“ Schritt."
H5 = "Hun Sen wies die Kritik zurück."
H6 = "Die Opposition beschuldige andere, statt die eigenen Fehler einzugestehen, sagte er."
H7 = "Der Ausschluss sei ein „schwerer Rückschlag für die Demokratie“, erklärte das US-Außenministerium."
H8 = "Washington forderte Phnom Penh auf, die Entscheidung rückgängig zu machen."
H9 = "Die EU strich ihre finanzielle Unterstützung für die Wahlkommission."
H10 = "China sagte dagegen zu, Wahlurnen und Computer zu liefern."
H11 = "Bereits im April hatte die Polizei in der Provinz Kampong Cham mehrere Funktionäre der Partei festgenommen."
H12 = ("Oppositionsführer Kem Sokha war im März wegen Hochverrats zu 27 Jahren Hausarrest verurteilt "
       "worden.")

NEC = actor("National Election Committee of Cambodia", "KHM", "GOV")
CANDLELIGHT = actor("Candlelight Party", "KHM", "PTY")
HUN_SEN = actor("Hun Sen", "KHM", "GOV")
CAMBODIA = actor("Cambodia", "KHM", "GOV")

DE02 = {
    "id": "hm34-de-02", "lang": "de", "published": "2023-05-16",
    "title": "Kambodschas Opposition von Parlamentswahl ausgeschlossen",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9, H10, H11, H12]),
    "events": [
        event("COERCE", NEC, CANDLELIGHT, H1, mode="restrict"),
        event("ACCUSE", actor("Son Chhay", "KHM", "PTY"), NEC, H4, mode="disapprove"),
        event("ACCUSE", HUN_SEN, CANDLELIGHT, H6, mode="disapprove"),
        event("ACCUSE", actor("US State Department", "USA", "GOV"), CAMBODIA, H7, mode="disapprove"),
        event("REQUEST", actor("United States", "USA", "GOV"), CAMBODIA, H8, mode="change"),
        event("SANCTION", actor("European Union", "EUR", "IGO"), NEC, H9, mode="withdraw"),
        event("AGREE", actor("China", "CHN", "GOV"), CAMBODIA, H10),
        event("COERCE", actor("Cambodian police", "KHM", "COP"), actor("Candlelight Party officials", "KHM", "PTY"),
              H11, mode="arrest", location="Kampong Cham", location_country="KHM"),
        event("SANCTION", actor("Phnom Penh Municipal Court", "KHM", "JUD"), actor("Kem Sokha", "KHM", "OPP"), H12,
              mode="convict"),
    ],
    "quotes": [
        quote("Die Candlelight-Partei habe nicht die erforderlichen Registrierungsunterlagen vorgelegt",
              "National Election Committee of Cambodia", "indirect"),
        quote("politisch motivierten", "Son Chhay", "direct"),
        quote("Die Opposition beschuldige andere, statt die eigenen Fehler einzugestehen", "Hun Sen", "indirect"),
        quote("Der Ausschluss sei ein „schwerer Rückschlag für die Demokratie“", "US State Department", "indirect"),
        quote("schwerer Rückschlag für die Demokratie", "US State Department", "direct"),
    ],
    "entities": [
        entity("Cambodia", "GPE", "KHM", ["Kambodschas", "Phnom Penh"]),
        entity("National Election Committee of Cambodia", "ORG", "KHM",
               ["Kambodschas Wahlkommission", "die Behörde", "die Wahlkommission"]),
        entity("Candlelight Party", "ORG", "KHM",
               ["die größte Oppositionspartei", "Die Candlelight-Partei", "Die Opposition", "der Partei"]),
        entity("Cambodian People's Party", "ORG", "KHM", ["die Volkspartei"]),
        entity("Hun Sen", "PER", "KHM", ["Regierungschef Hun Sen", "Hun Sen", "er"]),
        entity("Son Chhay", "PER", "KHM", ["Parteivize Son Chhay"]),
        entity("US State Department", "ORG", "USA", ["das US-Außenministerium"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Cambodian police", "ORG", "KHM", ["die Polizei"]),
        entity("Kampong Cham", "LOC", "KHM", ["der Provinz Kampong Cham"]),
        entity("Kem Sokha", "PER", "KHM", ["Oppositionsführer Kem Sokha"]),
    ],
}

# ---------------------------------------------------------------- hm34-de-03 (Sierra Leone)
I1 = ("Sierra Leones größte Oppositionspartei APC hat sich mit der Regierung auf ein Ende ihres monatelangen "
      "Boykotts von Parlament und Gemeinderäten geeinigt.")
I2 = "Vertreter beider Seiten unterzeichneten die Vereinbarung am Mittwoch in Freetown."
I3 = ("Die Unterhändler waren seit Montag unter Vermittlung des Commonwealth, der Afrikanischen Union und "
      "der Ecowas zusammengekommen.")
I4 = ("Die Regierung von Präsident Julius Maada Bio sagte im Gegenzug zu, festgenommene Anhänger der "
      "Opposition freizulassen.")
I5 = ("Die APC hatte der Wahlkommission vorgeworfen, das Ergebnis der Präsidentenwahl im Juni zugunsten Bios "
      "manipuliert zu haben.")
I6 = "Die Kommission hatte die Vorwürfe stets zurückgewiesen."
I7 = "APC-Chef Samura Kamara nannte die Einigung einen »ersten Schritt«."
I8 = "Die Partei werde ihre Abgeordneten aber erst ins Parlament zurückschicken, wenn alle Gefangenen frei seien, sagte er."
I9 = "Der Commonwealth-Sondergesandte lobte beide Seiten für ihre »Kompromissbereitschaft«."
I10 = "Die Ecowas sagte Unterstützung bei der Umsetzung zu."

APC = actor("All People's Congress", "SLE", "PTY")
SLE_GOV = actor("Government of Sierra Leone", "SLE", "GOV")
CW_ENVOY = actor("Commonwealth special envoy", "IGO", "IGO")

DE03 = {
    "id": "hm34-de-03", "lang": "de", "published": "2023-10-19",
    "title": "Sierra Leones Opposition beendet Boykott des Parlaments",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10]),
    "events": [
        event("AGREE", APC, SLE_GOV, I1),
        event("SUPPORT", APC, SLE_GOV, I2, date="2023-10-18", location="Freetown", location_country="SLE"),
        event("CONSULT", APC, SLE_GOV, I3, mode="third-party", date="2023-10-16"),
        event("CONCEDE", SLE_GOV, APC, I4),
        event("ACCUSE", APC, actor("Electoral Commission for Sierra Leone", "SLE", "GOV"), I5, mode="allege"),
        event("SUPPORT", CW_ENVOY, APC, I9),
        event("SUPPORT", CW_ENVOY, SLE_GOV, I9),
        event("AGREE", actor("ECOWAS", "IGO", "IGO"), actor("Sierra Leone", "SLE", "GOV"), I10),
    ],
    "quotes": [
        quote("das Ergebnis der Präsidentenwahl im Juni zugunsten Bios manipuliert zu haben",
              "All People's Congress", "indirect"),
        quote("ersten Schritt", "Samura Kamara", "direct"),
        quote("Die Partei werde ihre Abgeordneten aber erst ins Parlament zurückschicken, wenn alle Gefangenen "
              "frei seien", "Samura Kamara", "indirect"),
        quote("Kompromissbereitschaft", "Commonwealth special envoy", "direct"),
    ],
    "entities": [
        entity("Sierra Leone", "GPE", "SLE", ["Sierra Leones"]),
        entity("All People's Congress", "ORG", "SLE",
               ["größte Oppositionspartei APC", "Die APC", "Die Partei", "der Opposition"]),
        entity("Government of Sierra Leone", "ORG", "SLE",
               ["der Regierung", "Die Regierung von Präsident Julius Maada Bio"]),
        entity("Freetown", "LOC", "SLE", ["Freetown"]),
        entity("Commonwealth", "ORG", "IGO", ["des Commonwealth"]),
        entity("African Union", "ORG", "IGO", ["der Afrikanischen Union"]),
        entity("ECOWAS", "ORG", "IGO", ["der Ecowas", "Die Ecowas"]),
        entity("Julius Maada Bio", "PER", "SLE", ["Präsident Julius Maada Bio", "Bios"]),
        entity("Electoral Commission for Sierra Leone", "ORG", "SLE", ["der Wahlkommission", "Die Kommission"]),
        entity("Samura Kamara", "PER", "SLE", ["APC-Chef Samura Kamara", "er"]),
        entity("Commonwealth special envoy", "PER", "IGO", ["Der Commonwealth-Sondergesandte"]),
    ],
}

# ---------------------------------------------------------------- hm34-de-04 (Brazil, 8 January)
J1 = ("Tausende Anhänger des früheren brasilianischen Präsidenten Jair Bolsonaro haben am Sonntag das "
      "Regierungsviertel in Brasília gestürmt.")
J2 = "Sie zerschlugen Fenster, verwüsteten Büros und zerstörten Kunstwerke."
J3 = ("Sicherheitskräfte räumten die Gebäude nach mehreren Stunden mit Tränengas und nahmen rund 400 "
      "Menschen fest.")
J4 = ("Präsident Luiz Inácio Lula da Silva, der erst am 1. Januar sein Amt angetreten hatte, sprach von "
      "„faschistischen Fanatikern“.")
J5 = "Er ordnete eine Bundesintervention in die Sicherheitsbehörden des Hauptstadtdistrikts an."
J6 = "Bolsonaro habe die Gewalt mit seinen Reden ermutigt, sagte Lula."
J7 = "Der Ex-Präsident, der sich in den USA aufhält, wies das auf Twitter zurück."
J8 = ("Richter Alexandre de Moraes vom Obersten Gerichtshof suspendierte in der Nacht den Gouverneur des "
      "Hauptstadtdistrikts, Ibaneis Rocha, für 90 Tage.")
J9 = "Rocha habe die Ausschreitungen nicht verhindert, obwohl es Warnungen gegeben habe, hieß es in der Begründung."
J10 = ("US-Präsident Joe Biden verurteilte den „Angriff auf die Demokratie“ und sicherte Lula seine "
       "Unterstützung zu.")

SUPPORTERS = actor("supporters of Jair Bolsonaro", "BRA", "CVL")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
BRA_SEC = actor("Brazilian security forces", "BRA", "COP")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
ROCHA = actor("Ibaneis Rocha", "BRA", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")

DE04 = {
    "id": "hm34-de-04", "lang": "de", "published": "2023-01-09",
    "title": "Bolsonaro-Anhänger stürmen Regierungsviertel in Brasília",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6, J7], [J8, J9, J10]),
    "events": [
        event("PROTEST", SUPPORTERS, BRA_GOV, J1, mode="riot", date="2023-01-08", location="Brasília",
              location_country="BRA"),
        event("PROTEST", SUPPORTERS, BRA_GOV, J2, mode="riot"),
        event("ASSAULT", BRA_SEC, SUPPORTERS, J3, mode="crowd-control"),
        event("COERCE", BRA_SEC, SUPPORTERS, J3, mode="arrest"),
        event("ACCUSE", LULA, SUPPORTERS, J4, mode="disapprove"),
        event("COERCE", LULA, actor("Government of the Federal District", "BRA", "GOV"), J5, mode="restrict"),
        event("ACCUSE", LULA, actor("Jair Bolsonaro", "BRA", "OPP"), J6, mode="allege"),
        event("COERCE", MORAES, ROCHA, J8, mode="restrict"),
        event("ACCUSE", MORAES, ROCHA, J9, mode="allege"),
        event("ACCUSE", BIDEN, SUPPORTERS, J10, mode="disapprove"),
        event("SUPPORT", BIDEN, LULA, J10),
    ],
    "quotes": [
        quote("faschistischen Fanatikern", "Luiz Inácio Lula da Silva", "direct"),
        quote("Bolsonaro habe die Gewalt mit seinen Reden ermutigt", "Luiz Inácio Lula da Silva", "indirect"),
        quote("Rocha habe die Ausschreitungen nicht verhindert, obwohl es Warnungen gegeben habe",
              "Alexandre de Moraes", "indirect"),
        quote("Angriff auf die Demokratie", "Joe Biden", "direct"),
    ],
    "entities": [
        entity("Jair Bolsonaro", "PER", "BRA",
               ["des früheren brasilianischen Präsidenten Jair Bolsonaro", "Bolsonaro", "Der Ex-Präsident"]),
        entity("supporters of Jair Bolsonaro", "ORG", "BRA", ["Tausende Anhänger", "Sie"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Brazilian security forces", "ORG", "BRA", ["Sicherheitskräfte"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA",
               ["Präsident Luiz Inácio Lula da Silva", "Er", "Lula"]),
        entity("Federal District", "LOC", "BRA", ["des Hauptstadtdistrikts"]),
        entity("United States", "GPE", "USA", ["den USA"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Richter Alexandre de Moraes"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["Obersten Gerichtshof"]),
        entity("Ibaneis Rocha", "PER", "BRA", ["Ibaneis Rocha", "Rocha"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
    ],
}

# ---------------------------------------------------------------- hm34-en-01 (Pakistan / Imran Khan)
K1 = ("Pakistan deployed the army in two provinces on Wednesday after supporters of former prime minister "
      "Imran Khan attacked military installations in protest at his arrest.")
K2 = "Paramilitary Rangers detained Khan on Tuesday at the Islamabad High Court, where he had appeared in a graft case."
K3 = "Protesters set fire to a corps commander's residence in Lahore and stormed the army's headquarters in Rawalpindi."
K4 = "Authorities suspended mobile internet services nationwide and blocked access to Twitter, Facebook and YouTube."
K5 = "Khan's party, Pakistan Tehreek-e-Insaf (PTI), accused the government of abducting its leader."
K6 = '"This is not an arrest, it is an abduction," said PTI vice-chairman Shah Mahmood Qureshi.'
K7 = ('The military said the attacks were a "black chapter" and warned of a "severe response" against '
      'those involved.')
K8 = "Interior Minister Rana Sanaullah said that more than 1,000 people had been arrested in Punjab alone."
K9 = "He rejected the PTI's demand to release Khan, saying the former premier would have to answer the charges in court."
K10 = "An anti-corruption court on Wednesday ordered that Khan be held for eight days."

PAKISTAN = actor("Pakistan", "PAK", "GOV")
KHAN_SUPP = actor("supporters of Imran Khan", "PAK", "CVL")
KHAN = actor("Imran Khan", "PAK", "OPP")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "PTY")

EN01 = {
    "id": "hm34-en-01", "lang": "en", "published": "2023-05-10",
    "title": "Pakistan deploys army after Imran Khan's arrest sparks violent protests",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10]),
    "events": [
        event("MOBILIZE", PAKISTAN, None, K1, mode="troops", date="2023-05-10"),
        event("PROTEST", KHAN_SUPP, PAK_ARMY, K1, mode="riot"),
        event("COERCE", actor("Pakistan Rangers", "PAK", "MIL"), KHAN, K2, mode="arrest", date="2023-05-09",
              location="Islamabad", location_country="PAK"),
        event("PROTEST", KHAN_SUPP, PAK_ARMY, K3, mode="riot", location="Lahore", location_country="PAK"),
        event("COERCE", PAKISTAN, None, K4, mode="withhold"),
        event("COERCE", PAKISTAN, actor("social media platforms", "MNC", "BUS"), K4, mode="censor"),
        event("ACCUSE", PTI, PAKISTAN, K5, mode="allege"),
        event("ACCUSE", actor("Shah Mahmood Qureshi", "PAK", "PTY"), PAKISTAN, K6, mode="allege"),
        event("ACCUSE", PAK_ARMY, KHAN_SUPP, K7, mode="disapprove"),
        event("THREATEN", PAK_ARMY, KHAN_SUPP, K7, mode="violence"),
        event("COERCE", actor("Pakistani police", "PAK", "COP"), KHAN_SUPP, K8, mode="arrest",
              location="Punjab", location_country="PAK"),
        event("REJECT", actor("Rana Sanaullah", "PAK", "GOV"), PTI, K9, mode="yield"),
        event("COERCE", actor("Pakistani anti-corruption court", "PAK", "JUD"), KHAN, K10, mode="arrest",
              date="2023-05-10"),
    ],
    "quotes": [
        quote("This is not an arrest, it is an abduction", "Shah Mahmood Qureshi", "direct"),
        quote('the attacks were a "black chapter"', "Pakistan Army", "indirect"),
        quote("black chapter", "Pakistan Army", "direct"),
        quote("severe response", "Pakistan Army", "direct"),
        quote("that more than 1,000 people had been arrested in Punjab alone", "Rana Sanaullah", "indirect"),
        quote("the former premier would have to answer the charges in court", "Rana Sanaullah", "indirect"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
        entity("Imran Khan", "PER", "PAK",
               ["former prime minister Imran Khan", "Khan", "his", "he", "its leader", "the former premier"]),
        entity("Pakistan Rangers", "ORG", "PAK", ["Paramilitary Rangers"]),
        entity("Islamabad High Court", "ORG", "PAK", ["the Islamabad High Court"]),
        entity("Lahore", "LOC", "PAK", ["Lahore"]),
        entity("Rawalpindi", "LOC", "PAK", ["Rawalpindi"]),
        entity("Pakistan Army", "ORG", "PAK", ["the army", "the army's", "The military"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("YouTube", "ORG", "MNC", ["YouTube"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK",
               ["Khan's party, Pakistan Tehreek-e-Insaf (PTI)", "the PTI's", "PTI"]),
        entity("Government of Pakistan", "ORG", "PAK", ["the government", "Authorities"]),
        entity("Shah Mahmood Qureshi", "PER", "PAK", ["PTI vice-chairman Shah Mahmood Qureshi"]),
        entity("Rana Sanaullah", "PER", "PAK", ["Interior Minister Rana Sanaullah", "He"]),
        entity("Punjab", "LOC", "PAK", ["Punjab"]),
    ],
}

# ---------------------------------------------------------------- hm34-en-02 (Rafah aid)
L1 = ("Twenty Egyptian Red Crescent trucks carrying food, water and medicine entered the Gaza Strip through "
      "the Rafah crossing on Saturday, the first aid since the war began.")
L2 = "US President Joe Biden had secured Israel's consent to the deliveries during a visit to Tel Aviv on Wednesday."
L3 = "Israel said the aid must not reach Hamas and that every shipment would be inspected."
L4 = "UN Secretary-General Antonio Guterres called for a “massive” and sustained flow of supplies."
L5 = "“Twenty trucks are a drop in the ocean,” said Cindy McCain, head of the World Food Programme."
L6 = "Hamas accused Israel of blocking fuel deliveries that hospitals need to run their generators."
L7 = "Israeli aircraft struck more than 100 Hamas targets in Gaza overnight, the military said."
L8 = ("At a peace summit in Cairo on Saturday, Egyptian President Abdel Fattah al-Sisi said that Egypt would "
      "never accept the forced displacement of Palestinians into Sinai.")
L9 = "Jordan's King Abdullah II called on Israel to halt its bombardment of the territory."
L10 = "Hamas had released two American hostages on Friday."

ISRAEL = actor("Israel", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
BIDEN_EN = actor("Joe Biden", "USA", "GOV")

EN02 = {
    "id": "hm34-en-02", "lang": "en", "published": "2023-10-21",
    "title": "First aid trucks enter Gaza through Rafah crossing",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9, L10]),
    "events": [
        event("AID", actor("Egyptian Red Crescent", "EGY", "NGO"), actor("residents of Gaza", "PSE", "CVL"), L1,
              date="2023-10-21", location="Rafah crossing", location_country="EGY"),
        event("CONSULT", BIDEN_EN, ISRAEL, L2, mode="visit", date="2023-10-18", location="Tel Aviv",
              location_country="ISR"),
        event("AGREE", ISRAEL, BIDEN_EN, L2),
        event("REQUEST", actor("Antonio Guterres", "UNO", "IGO"), None, L4, mode="assist"),
        event("ACCUSE", HAMAS, ISRAEL, L6, mode="allege"),
        event("ASSAULT", actor("Israel Defense Forces", "ISR", "MIL"), HAMAS, L7, mode="aerial",
              location="Gaza", location_country="PSE"),
        event("CONSULT", actor("Abdel Fattah al-Sisi", "EGY", "GOV"), None, L8, mode="multilateral",
              date="2023-10-21", location="Cairo", location_country="EGY"),
        event("REQUEST", actor("Abdullah II", "JOR", "GOV"), ISRAEL, L9, mode="yield"),
        event("RETREAT", HAMAS, actor("American hostages", "USA", "CVL"), L10, mode="release", date="2023-10-20"),
    ],
    "quotes": [
        quote("the aid must not reach Hamas and that every shipment would be inspected", "Israel", "indirect"),
        quote("massive", "Antonio Guterres", "direct"),
        quote("Twenty trucks are a drop in the ocean", "Cindy McCain", "direct"),
        quote("Israeli aircraft struck more than 100 Hamas targets in Gaza overnight", "Israel Defense Forces",
              "indirect"),
        quote("that Egypt would never accept the forced displacement of Palestinians into Sinai",
              "Abdel Fattah al-Sisi", "indirect"),
    ],
    "entities": [
        entity("Egyptian Red Crescent", "ORG", "EGY", ["Egyptian Red Crescent"]),
        entity("Gaza Strip", "LOC", "PSE", ["the Gaza Strip", "Gaza", "the territory"]),
        entity("Rafah crossing", "LOC", "EGY", ["the Rafah crossing"]),
        entity("Joe Biden", "PER", "USA", ["US President Joe Biden"]),
        entity("Israel", "GPE", "ISR", ["Israel's", "Israel"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Antonio Guterres", "PER", "UNO", ["UN Secretary-General Antonio Guterres"]),
        entity("Cindy McCain", "PER", "USA", ["Cindy McCain"]),
        entity("World Food Programme", "ORG", "UNO", ["the World Food Programme"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israeli aircraft", "the military"]),
        entity("Cairo", "LOC", "EGY", ["Cairo"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Egyptian President Abdel Fattah al-Sisi"]),
        entity("Egypt", "GPE", "EGY", ["Egypt"]),
        entity("Sinai", "LOC", "EGY", ["Sinai"]),
        entity("Abdullah II", "PER", "JOR", ["Jordan's King Abdullah II"]),
        entity("Jordan", "GPE", "JOR", ["Jordan's"]),
        entity("American hostages", "PER", "USA", ["two American hostages"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
