"""Round 142: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm142-de-01: Kizza Besigye, seized in Nairobi, is charged before a military court in Kampala (2024-11-20).
- hm142-de-02: A UAE court sentences 43 defendants to life in the "Justice and Dignity Committee" mass trial; Türk and NGOs object (2024-07-11).
- hm142-de-03: Chilpancingo mayor Alejandro Arcos killed a week after taking office; Sheinbaum, García Harfuch, PRI and Salgado react (2024-10-07).
- hm142-de-04: Iran's President Pezeshkian makes his first foreign trip to Baghdad; 14 memoranda signed with al-Sudani (2024-09-11).
- hm142-en-01: Peru's Congress censures Interior Minister Santivanez after the killing of singer Paul Flores; state of emergency in Lima (2025-03-22).
- hm142-en-02: Bahrain and Iran agree to start talks on restoring relations at the Asia Cooperation Dialogue in Tehran (2024-06-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm142-de-01
BESIGYE = actor("Kizza Besigye", "UGA", "OPP")
UGA_MIL_PROSECUTION = actor("Ugandan military prosecution", "UGA", "MIL")
UGA_COURT_MARTIAL = actor("General Court Martial of Uganda", "UGA", "JUD")
LUTALE = actor("Obeid Lutale", "UGA", "OPP")
BYANYIMA = actor("Winnie Byanyima", "UGA", "CVL")
UGA_SECURITY = actor("Ugandan security forces", "UGA", "MIL")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
KARUA = actor("Martha Karua", "KEN", "OPP")
UPDF = actor("Uganda People's Defence Force", "UGA", "MIL")
HR_GROUPS = actor("human rights organisations", "NGO", "NGO")
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")

G1 = "Der ugandische Oppositionspolitiker Kizza Besigye ist wenige Tage nach seinem Verschwinden in Kenia vor ein Militärgericht in Kampala gestellt worden."
G2 = "Die Militärstaatsanwaltschaft warf dem 68-Jährigen am Mittwoch vor, illegal Schusswaffen besessen und die nationale Sicherheit gefährdet zu haben."
G3 = "Das Gericht ordnete an, ihn und seinen Mitangeklagten Obeid Lutale bis zum 2. Dezember im Militärgefängnis Makindye festzuhalten."
G4 = "Besigyes Ehefrau, die UNAIDS-Direktorin Winnie Byanyima, hatte am Sonntag erklärt, ihr Mann sei am Samstag in Nairobi von ugandischen Sicherheitskräften verschleppt worden."
G5 = "„Ich verlange, dass er sofort freigelassen und zu seinen Anwälten vorgelassen wird“, schrieb sie auf der Plattform X."
G6 = "Die kenianische Regierung wies jede Beteiligung an der Festnahme zurück."
G7 = "Die kenianische Politikerin Martha Karua, bei deren Buchvorstellung Besigye in Nairobi hatte auftreten sollen, sprach von einem „Angriff auf die Souveränität Kenias“."
G8 = "Ein Sprecher der ugandischen Armee sagte, Besigye müsse sich vor einem Militärgericht verantworten, weil er mit Soldaten Straftaten geplant habe."
G9 = "Menschenrechtsorganisationen kritisieren seit Langem, dass Präsident Yoweri Museveni Zivilisten vor Militärgerichte stellen lässt."
G10 = "Besigye war viermal erfolglos gegen Museveni bei Präsidentschaftswahlen angetreten."

DE01 = {
    "id": "hm142-de-01", "lang": "de", "url": None, "published": "2024-11-20",
    "title": "Ugandischer Oppositionspolitiker Besigye vor Militärgericht",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9, G10]),
    "events": [
        event("ACCUSE", UGA_MIL_PROSECUTION, BESIGYE, G1, mode="allege", location="Kampala", location_country="UGA"),
        event("ACCUSE", UGA_MIL_PROSECUTION, BESIGYE, G2, mode="allege", date="2024-11-20", location="Kampala", location_country="UGA"),
        event("COERCE", UGA_COURT_MARTIAL, BESIGYE, G3, mode="arrest", date="2024-11-20", location="Kampala", location_country="UGA"),
        event("COERCE", UGA_COURT_MARTIAL, LUTALE, G3, mode="arrest", date="2024-11-20", location="Kampala", location_country="UGA"),
        event("ACCUSE", BYANYIMA, UGA_SECURITY, G4, mode="allege", date="2024-11-17"),
        event("REQUEST", BYANYIMA, UGA_GOV, G5, mode="yield"),
        event("ACCUSE", KARUA, UGA_GOV, G7, mode="disapprove"),
        event("ACCUSE", UPDF, BESIGYE, G8, mode="allege"),
        event("ACCUSE", HR_GROUPS, MUSEVENI, G9, mode="disapprove"),
    ],
    "quotes": [
        quote("illegal Schusswaffen besessen und die nationale Sicherheit gefährdet zu haben", "Ugandan military prosecution", "indirect"),
        quote("ihr Mann sei am Samstag in Nairobi von ugandischen Sicherheitskräften verschleppt worden", "Winnie Byanyima", "indirect"),
        quote("Ich verlange, dass er sofort freigelassen und zu seinen Anwälten vorgelassen wird", "Winnie Byanyima", "direct"),
        quote("Angriff auf die Souveränität Kenias", "Martha Karua", "direct"),
        quote("Besigye müsse sich vor einem Militärgericht verantworten, weil er mit Soldaten Straftaten geplant habe", "UPDF spokesperson", "indirect"),
        quote("dass Präsident Yoweri Museveni Zivilisten vor Militärgerichte stellen lässt", "human rights organisations", "indirect"),
    ],
    "entities": [
        entity("Kizza Besigye", "PER", "UGA", ["Der ugandische Oppositionspolitiker Kizza Besigye", "dem 68-Jährigen", "ihn", "Besigyes", "ihr Mann", "er", "Besigye"]),
        entity("Kenya", "GPE", "KEN", ["Kenia", "Kenias"]),
        entity("General Court Martial of Uganda", "ORG", "UGA", ["ein Militärgericht in Kampala", "Das Gericht", "einem Militärgericht"]),
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
        entity("Ugandan military prosecution", "ORG", "UGA", ["Die Militärstaatsanwaltschaft"]),
        entity("Obeid Lutale", "PER", "UGA", ["seinen Mitangeklagten Obeid Lutale"]),
        entity("Makindye military prison", "LOC", "UGA", ["Militärgefängnis Makindye"]),
        entity("Winnie Byanyima", "PER", "UGA", ["Besigyes Ehefrau, die UNAIDS-Direktorin Winnie Byanyima", "sie"]),
        entity("UNAIDS", "ORG", "UNO", ["UNAIDS"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Ugandan security forces", "ORG", "UGA", ["ugandischen Sicherheitskräften"]),
        entity("Besigye's lawyers", "ORG", "UGA", ["seinen Anwälten"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Government of Kenya", "ORG", "KEN", ["Die kenianische Regierung"]),
        entity("Martha Karua", "PER", "KEN", ["Die kenianische Politikerin Martha Karua"]),
        entity("Uganda People's Defence Force", "ORG", "UGA", ["der ugandischen Armee", "Soldaten"]),
        entity("UPDF spokesperson", "PER", "UGA", ["Ein Sprecher der ugandischen Armee"]),
        entity("human rights organisations", "ORG", "NGO", ["Menschenrechtsorganisationen"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Präsident Yoweri Museveni", "Museveni"]),
        entity("Ugandan civilians", "ORG", "UGA", ["Zivilisten"]),
    ],
}

# ---------------------------------------------------------------- hm142-de-02
UAE_COURT = actor("Federal Court of Appeal (Abu Dhabi)", "ARE", "JUD")
UAE_DISSIDENTS = actor("Emirati dissidents", "ARE", "OPP")
MANSOOR = actor("Ahmed Mansoor", "ARE", "CVL")
TURK = actor("Volker Türk", "UNO", "IGO")
UAE_GOV = actor("Government of the United Arab Emirates", "ARE", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
HRW = actor("Human Rights Watch", "NGO", "NGO")

H1 = "Ein Gericht in den Vereinigten Arabischen Emiraten hat am Mittwoch 43 Angeklagte in einem Massenprozess gegen Regierungskritiker zu lebenslanger Haft verurteilt."
H2 = "Zehn weitere Angeklagte erhielten nach Angaben der staatlichen Nachrichtenagentur WAM Haftstrafen zwischen zehn und 15 Jahren."
H3 = "Das Bundesberufungsgericht in Abu Dhabi sah es als erwiesen an, dass die Männer eine Terrororganisation namens „Komitee für Gerechtigkeit und Würde“ gegründet hätten."
H4 = "Viele der Verurteilten verbüßen bereits Haftstrafen aus einem früheren Massenprozess von 2013; unter ihnen ist auch der bekannte Menschenrechtsaktivist Ahmed Mansur."
H5 = "UN-Menschenrechtskommissar Volker Türk verurteilte die Urteile am Donnerstag scharf und forderte die Behörden auf, sie aufzuheben."
H6 = "„Das Verfahren war von schweren Mängeln geprägt, darunter Berichte über Folter und die Verweigerung eines fairen Prozesses“, erklärte Türk in Genf."
H7 = "Auch Amnesty International und Human Rights Watch kritisierten den Prozess als unfair."
H8 = "Das Außenministerium in Abu Dhabi wies die Kritik zurück und erklärte, die Angeklagten hätten ein faires Verfahren mit Verteidigern ihrer Wahl erhalten."
H9 = "Die Emirate gehen seit dem Arabischen Frühling 2011 hart gegen die islamistische Islah-Bewegung vor, die sie der Muslimbruderschaft zurechnen."

DE02 = {
    "id": "hm142-de-02", "lang": "de", "url": None, "published": "2024-07-11",
    "title": "Emirate verurteilen 43 Regierungskritiker zu lebenslanger Haft",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9]),
    "events": [
        event("SANCTION", UAE_COURT, UAE_DISSIDENTS, H1, mode="convict", date="2024-07-10", location="Abu Dhabi", location_country="ARE"),
        event("COERCE", UAE_COURT, UAE_DISSIDENTS, H1, mode="arrest", date="2024-07-10", location="Abu Dhabi", location_country="ARE"),
        event("SANCTION", UAE_COURT, UAE_DISSIDENTS, H2, mode="convict", date="2024-07-10", location="Abu Dhabi", location_country="ARE"),
        event("COERCE", UAE_COURT, UAE_DISSIDENTS, H2, mode="arrest", date="2024-07-10", location="Abu Dhabi", location_country="ARE"),
        event("SANCTION", UAE_COURT, UAE_DISSIDENTS, H3, mode="convict", date="2024-07-10", location="Abu Dhabi", location_country="ARE"),
        event("SANCTION", UAE_COURT, MANSOOR, H4, mode="convict", date="2024-07-10", location="Abu Dhabi", location_country="ARE"),
        event("ACCUSE", TURK, UAE_COURT, H5, mode="disapprove", date="2024-07-11"),
        event("REQUEST", TURK, UAE_GOV, H5, mode="yield", date="2024-07-11"),
        event("ACCUSE", TURK, UAE_COURT, H6, mode="disapprove", date="2024-07-11", location="Geneva", location_country="CHE"),
        event("ACCUSE", AMNESTY, UAE_COURT, H7, mode="disapprove"),
        event("ACCUSE", HRW, UAE_COURT, H7, mode="disapprove"),
    ],
    "quotes": [
        quote("Zehn weitere Angeklagte erhielten nach Angaben der staatlichen Nachrichtenagentur WAM Haftstrafen zwischen zehn und 15 Jahren", "Emirates News Agency (WAM)", "indirect"),
        quote("dass die Männer eine Terrororganisation namens „Komitee für Gerechtigkeit und Würde“ gegründet hätten", "Federal Court of Appeal (Abu Dhabi)", "indirect"),
        quote("Komitee für Gerechtigkeit und Würde", "Federal Court of Appeal (Abu Dhabi)", "direct"),
        quote("sie aufzuheben", "Volker Türk", "indirect"),
        quote("Das Verfahren war von schweren Mängeln geprägt, darunter Berichte über Folter und die Verweigerung eines fairen Prozesses", "Volker Türk", "direct"),
        quote("die Angeklagten hätten ein faires Verfahren mit Verteidigern ihrer Wahl erhalten", "Ministry of Foreign Affairs of the United Arab Emirates", "indirect"),
    ],
    "entities": [
        entity("United Arab Emirates", "GPE", "ARE", ["den Vereinigten Arabischen Emiraten", "Die Emirate"]),
        entity("Federal Court of Appeal (Abu Dhabi)", "ORG", "ARE", ["Ein Gericht in den Vereinigten Arabischen Emiraten", "Das Bundesberufungsgericht in Abu Dhabi"]),
        entity("Emirati dissidents", "ORG", "ARE", ["43 Angeklagte", "Regierungskritiker", "Zehn weitere Angeklagte", "die Männer", "Viele der Verurteilten", "ihnen", "die Angeklagten"]),
        entity("Emirates News Agency (WAM)", "ORG", "ARE", ["der staatlichen Nachrichtenagentur WAM"]),
        entity("Abu Dhabi", "LOC", "ARE", ["Abu Dhabi"]),
        entity("Justice and Dignity Committee", "ORG", "ARE", ["eine Terrororganisation namens „Komitee für Gerechtigkeit und Würde“"]),
        entity("Ahmed Mansoor", "PER", "ARE", ["der bekannte Menschenrechtsaktivist Ahmed Mansur"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk", "Türk"]),
        entity("Government of the United Arab Emirates", "ORG", "ARE", ["die Behörden"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Ministry of Foreign Affairs of the United Arab Emirates", "ORG", "ARE", ["Das Außenministerium in Abu Dhabi"]),
        entity("Al-Islah (UAE)", "ORG", "ARE", ["die islamistische Islah-Bewegung"]),
        entity("Muslim Brotherhood", "ORG", None, ["der Muslimbruderschaft"]),
    ],
}

# ---------------------------------------------------------------- hm142-de-03
ASSAILANTS = actor("unidentified assailants", "MEX", None)
ARCOS = actor("Alejandro Arcos", "MEX", "GOV")
TAPIA = actor("Francisco Tapia", "MEX", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
GRO_PROSECUTOR = actor("Guerrero State Prosecutor's Office", "MEX", "JUD")
GARCIA_HARFUCH = actor("Omar Garcia Harfuch", "MEX", "GOV")
ARDILLOS = actor("Los Ardillos", "MEX", "REB")
TLACOS = actor("Los Tlacos", "MEX", "REB")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
MORENO = actor("Alejandro Moreno", "MEX", "PTY")
MORENA = actor("Morena", "MEX", "PTY")
SALGADO = actor("Evelyn Salgado", "MEX", "GOV")

I1 = "Knapp eine Woche nach seinem Amtsantritt ist der Bürgermeister der mexikanischen Stadt Chilpancingo, Alejandro Arcos, ermordet worden."
I2 = "Die Leiche des Politikers sei am Sonntag in einem Fahrzeug gefunden worden, teilte die Staatsanwaltschaft des Bundesstaates Guerrero mit."
I3 = "Nur drei Tage zuvor war der neue Sekretär der Stadtverwaltung, Francisco Tapia, in Chilpancingo erschossen worden."
I4 = "Präsidentin Claudia Sheinbaum verurteilte die Tat am Montag und sagte, die Bundesbehörden würden die Ermittlungen der Justiz in Guerrero unterstützen."
I5 = "„Es wird keine Straflosigkeit geben“, sagte sie bei ihrer morgendlichen Pressekonferenz."
I6 = "Sicherheitsminister Omar García Harfuch erklärte, die Ermittler prüften Verbindungen zu den Revierkämpfen der Banden Los Ardillos und Los Tlacos in der Region."
I7 = "Die Regierung schickte zudem zusätzliche Einheiten der Nationalgarde in die Hauptstadt von Guerrero."
I8 = "Arcos war Ende September für ein Bündnis der Oppositionsparteien PRI, PAN und PRD ins Amt gekommen."
I9 = "PRI-Chef Alejandro Moreno warf der regierenden Morena-Partei vor, die Gewalt in Guerrero nicht in den Griff zu bekommen, und forderte den Rücktritt von Gouverneurin Evelyn Salgado."
I10 = "Salgado, eine Parteifreundin Sheinbaums, lehnte einen Rücktritt ab und sprach von einem „feigen Verbrechen“."

DE03 = {
    "id": "hm142-de-03", "lang": "de", "url": None, "published": "2024-10-07",
    "title": "Bürgermeister von Chilpancingo ermordet",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6, I7], [I8, I9, I10]),
    "events": [
        event("ASSAULT", ASSAILANTS, ARCOS, I1, mode="targeted", date="2024-10-06", location="Chilpancingo", location_country="MEX"),
        event("ASSAULT", ASSAILANTS, TAPIA, I3, mode="targeted", date="2024-10-03", location="Chilpancingo", location_country="MEX"),
        event("ACCUSE", SHEINBAUM, ASSAILANTS, I4, mode="disapprove", date="2024-10-07"),
        event("AGREE", SHEINBAUM, GRO_PROSECUTOR, I4, date="2024-10-07"),
        event("ACCUSE", GARCIA_HARFUCH, ARDILLOS, I6, mode="investigate"),
        event("ACCUSE", GARCIA_HARFUCH, TLACOS, I6, mode="investigate"),
        event("MOBILIZE", MEX_GOV, None, I7, mode="troops", location="Chilpancingo", location_country="MEX"),
        event("ACCUSE", MORENO, MORENA, I9, mode="disapprove"),
        event("REQUEST", MORENO, SALGADO, I9, mode="change"),
        event("REJECT", SALGADO, MORENO, I10, mode="change"),
        event("ACCUSE", SALGADO, ASSAILANTS, I10, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Leiche des Politikers sei am Sonntag in einem Fahrzeug gefunden worden", "Guerrero State Prosecutor's Office", "indirect"),
        quote("die Bundesbehörden würden die Ermittlungen der Justiz in Guerrero unterstützen", "Claudia Sheinbaum", "indirect"),
        quote("Es wird keine Straflosigkeit geben", "Claudia Sheinbaum", "direct"),
        quote("die Ermittler prüften Verbindungen zu den Revierkämpfen der Banden Los Ardillos und Los Tlacos in der Region", "Omar Garcia Harfuch", "indirect"),
        quote("die Gewalt in Guerrero nicht in den Griff zu bekommen", "Alejandro Moreno", "indirect"),
        quote("feigen Verbrechen", "Evelyn Salgado", "direct"),
    ],
    "entities": [
        entity("Chilpancingo", "LOC", "MEX", ["der mexikanischen Stadt Chilpancingo", "Chilpancingo", "die Hauptstadt von Guerrero"]),
        entity("Alejandro Arcos", "PER", "MEX", ["der Bürgermeister der mexikanischen Stadt Chilpancingo, Alejandro Arcos", "des Politikers", "Arcos"]),
        entity("Guerrero State Prosecutor's Office", "ORG", "MEX", ["die Staatsanwaltschaft des Bundesstaates Guerrero", "der Justiz in Guerrero"]),
        entity("Guerrero", "LOC", "MEX", ["des Bundesstaates Guerrero", "Guerrero"]),
        entity("Francisco Tapia", "PER", "MEX", ["der neue Sekretär der Stadtverwaltung, Francisco Tapia"]),
        entity("Chilpancingo city administration", "ORG", "MEX", ["der Stadtverwaltung"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "sie", "Sheinbaums"]),
        entity("Mexican federal authorities", "ORG", "MEX", ["die Bundesbehörden"]),
        entity("Omar Garcia Harfuch", "PER", "MEX", ["Sicherheitsminister Omar García Harfuch"]),
        entity("investigators", "ORG", "MEX", ["die Ermittler"]),
        entity("Los Ardillos", "ORG", "MEX", ["Los Ardillos"]),
        entity("Los Tlacos", "ORG", "MEX", ["Los Tlacos"]),
        entity("Government of Mexico", "ORG", "MEX", ["Die Regierung"]),
        entity("National Guard (Mexico)", "ORG", "MEX", ["Einheiten der Nationalgarde"]),
        entity("PRI-PAN-PRD alliance", "ORG", "MEX", ["ein Bündnis der Oppositionsparteien PRI, PAN und PRD"]),
        entity("Institutional Revolutionary Party (PRI)", "ORG", "MEX", ["PRI"]),
        entity("National Action Party (PAN)", "ORG", "MEX", ["PAN"]),
        entity("Party of the Democratic Revolution (PRD)", "ORG", "MEX", ["PRD"]),
        entity("Alejandro Moreno", "PER", "MEX", ["PRI-Chef Alejandro Moreno"]),
        entity("Morena", "ORG", "MEX", ["der regierenden Morena-Partei"]),
        entity("Evelyn Salgado", "PER", "MEX", ["Gouverneurin Evelyn Salgado", "Salgado", "eine Parteifreundin Sheinbaums"]),
    ],
}

# ---------------------------------------------------------------- hm142-de-04
PEZESHKIAN = actor("Masoud Pezeshkian", "IRN", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
KURD_GROUPS = actor("Iranian Kurdish opposition groups", "IRN", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
N_BARZANI = actor("Nechirvan Barzani", "IRQ", "GOV")

J1 = "Der iranische Präsident Massud Peseschkian ist am Mittwoch zu seinem ersten Auslandsbesuch seit seinem Amtsantritt im Irak eingetroffen."
J2 = "In Bagdad empfing ihn Ministerpräsident Mohammed Schia al-Sudani mit militärischen Ehren."
J3 = "Beide Regierungen unterzeichneten im Anschluss 14 Absichtserklärungen, unter anderem zu Handel, Landwirtschaft, Bildung und Kommunikation."
J4 = "Peseschkian sagte nach dem Treffen, beide Länder wollten ihre Zusammenarbeit „in allen Bereichen“ ausbauen."
J5 = "Zugleich mahnte er die Umsetzung eines Sicherheitsabkommens aus dem vergangenen Jahr an, in dem sich die irakische Regierung verpflichtet hatte, iranisch-kurdische Oppositionsgruppen im Nordirak zu entwaffnen."
J6 = "Teheran wirft diesen Gruppen vor, Anschläge in Iran zu planen und die Proteste nach dem Tod der jungen Kurdin Jina Mahsa Amini im Jahr 2022 angeheizt zu haben."
J7 = "Sudani sagte, der Irak werde nicht zulassen, dass sein Territorium für Angriffe auf Nachbarstaaten genutzt werde."
J8 = "Beide Politiker verurteilten zudem das Vorgehen Israels im Gazastreifen und im Libanon."
J9 = "Peseschkian besuchte auch den Ort am Bagdader Flughafen, an dem der iranische General Ghassem Soleimani im Januar 2020 bei einem US-Drohnenangriff getötet worden war."
J10 = "Am Donnerstag will der Präsident nach Erbil weiterreisen, wo ein Treffen mit dem Präsidenten der Kurdenregion, Nechirvan Barsani, geplant ist."

DE04 = {
    "id": "hm142-de-04", "lang": "de", "url": None, "published": "2024-09-11",
    "title": "Peseschkian reist zu erstem Auslandsbesuch in den Irak",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9, J10]),
    "events": [
        event("CONSULT", PEZESHKIAN, IRQ_GOV, J1, mode="visit", date="2024-09-11", location="Iraq", location_country="IRQ"),
        event("CONSULT", PEZESHKIAN, SUDANI, J2, mode="visit", date="2024-09-11", location="Baghdad", location_country="IRQ"),
        event("SUPPORT", IRN_GOV, IRQ_GOV, J3, date="2024-09-11", location="Baghdad", location_country="IRQ"),
        event("AGREE", PEZESHKIAN, IRQ_GOV, J4, date="2024-09-11"),
        event("REQUEST", PEZESHKIAN, IRQ_GOV, J5, mode="change", date="2024-09-11"),
        event("ACCUSE", IRN_GOV, KURD_GROUPS, J6, mode="allege"),
        event("AGREE", SUDANI, IRN_GOV, J7, date="2024-09-11"),
        event("ACCUSE", PEZESHKIAN, ISRAEL, J8, mode="disapprove", date="2024-09-11"),
        event("ACCUSE", SUDANI, ISRAEL, J8, mode="disapprove", date="2024-09-11"),
        event("AGREE", PEZESHKIAN, N_BARZANI, J10, date="2024-09-12", location="Erbil", location_country="IRQ"),
    ],
    "quotes": [
        quote("beide Länder wollten ihre Zusammenarbeit „in allen Bereichen“ ausbauen", "Masoud Pezeshkian", "indirect"),
        quote("in allen Bereichen", "Masoud Pezeshkian", "direct"),
        quote("Anschläge in Iran zu planen und die Proteste nach dem Tod der jungen Kurdin Jina Mahsa Amini im Jahr 2022 angeheizt zu haben", "Government of Iran", "indirect"),
        quote("der Irak werde nicht zulassen, dass sein Territorium für Angriffe auf Nachbarstaaten genutzt werde", "Mohammed Shia al-Sudani", "indirect"),
    ],
    "entities": [
        entity("Masoud Pezeshkian", "PER", "IRN", ["Der iranische Präsident Massud Peseschkian", "ihn", "Peseschkian", "er", "der Präsident"]),
        entity("Iraq", "GPE", "IRQ", ["Irak", "der Irak"]),
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani", "Sudani"]),
        entity("Government of Iran", "ORG", "IRN", ["Teheran"]),
        entity("Government of Iraq", "ORG", "IRQ", ["die irakische Regierung"]),
        entity("Iranian Kurdish opposition groups", "ORG", "IRN", ["iranisch-kurdische Oppositionsgruppen im Nordirak", "diesen Gruppen"]),
        entity("Northern Iraq", "LOC", "IRQ", ["Nordirak"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("Jina Mahsa Amini", "PER", "IRN", ["der jungen Kurdin Jina Mahsa Amini"]),
        entity("Israel", "GPE", "ISR", ["Israels"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Lebanon", "GPE", "LBN", ["Libanon"]),
        entity("Baghdad International Airport", "LOC", "IRQ", ["am Bagdader Flughafen"]),
        entity("Qasem Soleimani", "PER", "IRN", ["der iranische General Ghassem Soleimani"]),
        entity("Erbil", "LOC", "IRQ", ["Erbil"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["der Kurdenregion"]),
        entity("Nechirvan Barzani", "PER", "IRQ", ["dem Präsidenten der Kurdenregion, Nechirvan Barsani"]),
    ],
}

# ---------------------------------------------------------------- hm142-en-01
PER_CONGRESS = actor("Congress of Peru", "PER", "LEG")
SANTIVANEZ = actor("Juan Jose Santivanez", "PER", "GOV")
PER_LAWMAKER = actor("Peruvian lawmaker", "PER", "LEG")
GUNMEN = actor("unidentified gunmen", "PER", None)
FLORES = actor("Paul Flores", "PER", "CVL")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
PER_UNIONS = actor("Peruvian transport unions", "PER", "LAB")
PER_GOV = actor("Government of Peru", "PER", "GOV")
PER_DRIVERS = actor("Peruvian bus and taxi drivers", "PER", "LAB")
PER_OPP = actor("Peruvian opposition lawmakers", "PER", "LEG")

K1 = "Peru's Congress voted on Friday to censure Interior Minister Juan Jose Santivanez, obliging him to step down after a wave of extortion-related killings in the capital Lima."
K2 = "Lawmakers approved the motion by 64 votes to 40, blaming Santivanez for failing to stop gangs that extort bus drivers, shopkeepers and small businesses."
K3 = "\"Peruvians are being killed every day while the minister makes excuses,\" one of the lawmakers who backed the motion said during the debate."
K4 = "The vote came days after popular cumbia singer Paul Flores was shot dead when gunmen opened fire on his band's bus in Lima's San Juan de Lurigancho district on Sunday."
K5 = "President Dina Boluarte responded to the killing by declaring a 30-day state of emergency in Lima and neighbouring Callao and ordering soldiers onto the streets to support the police."
K6 = "Transport unions, whose members have been among the main targets of extortion gangs, have threatened another strike if the government fails to act."
K7 = "Thousands of bus and taxi drivers walked off the job in October, bringing much of the capital to a standstill."
K8 = "Santivanez, a close ally of Boluarte, had rejected calls to resign, saying opposition lawmakers were exploiting the crime wave for political ends."
K9 = "He submitted his resignation on Saturday morning."
K10 = "\"I leave with my head held high,\" Santivanez told reporters, adding that crime figures had improved under his watch."
K11 = "Boluarte thanked him for his work and said she would name a successor within days."

EN01 = {
    "id": "hm142-en-01", "lang": "en", "url": None, "published": "2025-03-22",
    "title": "Peru's Congress ousts interior minister over extortion killings",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10, K11]),
    "events": [
        event("ACCUSE", PER_CONGRESS, SANTIVANEZ, K1, mode="disapprove", date="2025-03-21", location="Lima", location_country="PER"),
        event("ACCUSE", PER_CONGRESS, SANTIVANEZ, K2, mode="allege", date="2025-03-21", location="Lima", location_country="PER"),
        event("ACCUSE", PER_LAWMAKER, SANTIVANEZ, K3, mode="disapprove", date="2025-03-21"),
        event("ASSAULT", GUNMEN, FLORES, K4, mode="firearms", date="2025-03-16", location="San Juan de Lurigancho", location_country="PER"),
        event("COERCE", BOLUARTE, None, K5, mode="martial-law", location="Lima", location_country="PER"),
        event("MOBILIZE", BOLUARTE, None, K5, mode="troops", location="Lima", location_country="PER"),
        event("THREATEN", PER_UNIONS, PER_GOV, K6, mode="restrict"),
        event("PROTEST", PER_DRIVERS, PER_GOV, K7, mode="strike", location="Lima", location_country="PER"),
        event("REJECT", SANTIVANEZ, PER_OPP, K8, mode="change"),
        event("ACCUSE", SANTIVANEZ, PER_OPP, K8, mode="allege"),
        event("RETREAT", SANTIVANEZ, None, K9, mode="resign", date="2025-03-22"),
        event("SUPPORT", BOLUARTE, SANTIVANEZ, K11),
    ],
    "quotes": [
        quote("Peruvians are being killed every day while the minister makes excuses", "Peruvian lawmaker", "direct"),
        quote("opposition lawmakers were exploiting the crime wave for political ends", "Juan Jose Santivanez", "indirect"),
        quote("I leave with my head held high", "Juan Jose Santivanez", "direct"),
        quote("crime figures had improved under his watch", "Juan Jose Santivanez", "indirect"),
        quote("she would name a successor within days", "Dina Boluarte", "indirect"),
    ],
    "entities": [
        entity("Congress of Peru", "ORG", "PER", ["Peru's Congress", "Lawmakers"]),
        entity("Peru", "GPE", "PER", ["Peru"]),
        entity("Juan Jose Santivanez", "PER", "PER", ["Interior Minister Juan Jose Santivanez", "him", "Santivanez", "the minister", "He"]),
        entity("Lima", "LOC", "PER", ["the capital Lima", "Lima", "the capital"]),
        entity("extortion gangs", "ORG", "PER", ["gangs that extort bus drivers, shopkeepers and small businesses", "extortion gangs"]),
        entity("Peruvian lawmaker", "PER", "PER", ["one of the lawmakers who backed the motion"]),
        entity("Peruvians", "ORG", "PER", ["Peruvians"]),
        entity("Paul Flores", "PER", "PER", ["popular cumbia singer Paul Flores"]),
        entity("unidentified gunmen", "ORG", "PER", ["gunmen"]),
        entity("Armonia 10", "ORG", "PER", ["his band"]),
        entity("San Juan de Lurigancho", "LOC", "PER", ["Lima's San Juan de Lurigancho district"]),
        entity("Dina Boluarte", "PER", "PER", ["President Dina Boluarte", "Boluarte", "she"]),
        entity("Callao", "LOC", "PER", ["neighbouring Callao"]),
        entity("Peruvian Armed Forces", "ORG", "PER", ["soldiers"]),
        entity("Peruvian National Police", "ORG", "PER", ["the police"]),
        entity("Peruvian transport unions", "ORG", "PER", ["Transport unions"]),
        entity("Government of Peru", "ORG", "PER", ["the government"]),
        entity("Peruvian bus and taxi drivers", "ORG", "PER", ["Thousands of bus and taxi drivers"]),
        entity("Peruvian opposition lawmakers", "ORG", "PER", ["opposition lawmakers"]),
        entity("reporters", "ORG", None, ["reporters"]),
    ],
}

# ---------------------------------------------------------------- hm142-en-02
BHR_GOV = actor("Government of Bahrain", "BHR", "GOV")
IRN_GOV2 = actor("Government of Iran", "IRN", "GOV")
ZAYANI = actor("Abdullatif al-Zayani", "BHR", "GOV")
BAGHERI = actor("Ali Bagheri Kani", "IRN", "GOV")
HAMAD = actor("Hamad bin Isa Al Khalifa", "BHR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")

L1 = "Bahrain and Iran agreed on Sunday to start talks on restoring diplomatic relations, eight years after the Gulf kingdom cut ties with the Islamic Republic."
L2 = "The agreement was reached when Bahraini Foreign Minister Abdullatif al-Zayani met Iran's acting Foreign Minister Ali Bagheri Kani on the sidelines of the Asia Cooperation Dialogue in Tehran."
L3 = "\"We agreed to establish the necessary mechanisms to begin talks between the two countries on how to resume political relations,\" the two ministers said in a joint statement."
L4 = "Bagheri Kani called the meeting a \"positive step\" and said Iran was ready to restore ties with all its neighbours."
L5 = "Bahrain cut relations with Iran in January 2016 after protesters stormed Saudi diplomatic missions there following Riyadh's execution of a prominent Shi'ite cleric."
L6 = "The kingdom's Sunni rulers have long accused Iran of stirring unrest among Bahrain's Shi'ite majority, a charge Iran denies."
L7 = "King Hamad bin Isa Al Khalifa said during a visit to Moscow last month that there was \"no reason to delay\" resuming relations with Iran."
L8 = "Iran's foreign ministry spokesman Nasser Kanaani welcomed the remarks at the time."
L9 = "Saudi Arabia and Iran restored ties in a China-brokered deal in March last year, easing tensions across the Gulf."

EN02 = {
    "id": "hm142-en-02", "lang": "en", "url": None, "published": "2024-06-23",
    "title": "Bahrain and Iran agree to start talks on restoring ties",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9]),
    "events": [
        event("AGREE", BHR_GOV, IRN_GOV2, L1, date="2024-06-23"),
        event("CONSULT", ZAYANI, BAGHERI, L2, mode="multilateral", date="2024-06-23", location="Tehran", location_country="IRN"),
        event("AGREE", ZAYANI, BAGHERI, L2, date="2024-06-23", location="Tehran", location_country="IRN"),
        event("AGREE", ZAYANI, BAGHERI, L3, date="2024-06-23"),
        event("SUPPORT", BAGHERI, BHR_GOV, L4, date="2024-06-23"),
        event("AGREE", BAGHERI, None, L4, date="2024-06-23"),
        event("CONSULT", HAMAD, RUSSIA, L7, mode="visit", location="Moscow", location_country="RUS"),
        event("AGREE", HAMAD, IRN_GOV2, L7),
        event("SUPPORT", KANAANI, HAMAD, L8),
    ],
    "quotes": [
        quote("We agreed to establish the necessary mechanisms to begin talks between the two countries on how to resume political relations", "Abdullatif al-Zayani", "direct"),
        quote("We agreed to establish the necessary mechanisms to begin talks between the two countries on how to resume political relations", "Ali Bagheri Kani", "direct"),
        quote("positive step", "Ali Bagheri Kani", "direct"),
        quote("Iran was ready to restore ties with all its neighbours", "Ali Bagheri Kani", "indirect"),
        quote("there was \"no reason to delay\" resuming relations with Iran", "Hamad bin Isa Al Khalifa", "indirect"),
        quote("no reason to delay", "Hamad bin Isa Al Khalifa", "direct"),
    ],
    "entities": [
        entity("Bahrain", "GPE", "BHR", ["Bahrain", "the Gulf kingdom", "The kingdom"]),
        entity("Iran", "GPE", "IRN", ["Iran", "the Islamic Republic"]),
        entity("Abdullatif al-Zayani", "PER", "BHR", ["Bahraini Foreign Minister Abdullatif al-Zayani"]),
        entity("Ali Bagheri Kani", "PER", "IRN", ["Iran's acting Foreign Minister Ali Bagheri Kani", "Bagheri Kani"]),
        entity("Asia Cooperation Dialogue", "ORG", "IGO", ["the Asia Cooperation Dialogue"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Iranian protesters", "ORG", "IRN", ["protesters"]),
        entity("Saudi diplomatic missions in Iran", "LOC", "SAU", ["Saudi diplomatic missions"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Riyadh", "Saudi Arabia"]),
        entity("Nimr al-Nimr", "PER", "SAU", ["a prominent Shi'ite cleric"]),
        entity("Bahraini royal family", "ORG", "BHR", ["The kingdom's Sunni rulers"]),
        entity("Bahraini Shi'ites", "ORG", "BHR", ["Bahrain's Shi'ite majority"]),
        entity("Hamad bin Isa Al Khalifa", "PER", "BHR", ["King Hamad bin Isa Al Khalifa"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Iran's foreign ministry spokesman Nasser Kanaani"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Persian Gulf", "LOC", None, ["the Gulf"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
