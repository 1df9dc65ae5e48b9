"""Round 385: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm385-de-01: Sri Lanka/IMF: the IMF board approves a three-billion-dollar bailout; Wickremesinghe thanks the Fund and pledges reforms, Georgieva's demand, Indian and Chinese Exim assurances, union strike, Premadasa's demand, tear gas on students without arrests, Gotabaya's 2022 fall recalled (2023-03-21).
- hm385-de-02: Vietnam: a Ho Chi Minh City court jails climate activist Hoang Thi Minh Hong for three years for tax evasion; her admission and plea, the June arrest, Washington's demand for her release, HRW's criticism, Hanoi's denial, Nguy Thi Khanh's release, Biden's visit and the G7 energy pledge recalled (2023-09-28).
- hm385-de-03: Australia: independent senator Lidia Thorpe heckles King Charles III in Parliament House in Canberra and accuses him of genocide; security leads her out without arrest, Dutton demands her resignation, Albanese's criticism, protest outside, her 2022 oath recalled (2024-10-21).
- hm385-de-04: ASEAN/Indonesia: the Labuan Bajo summit condemns the attack on a convoy with Indonesian and Singaporean diplomats in Shan State; Jokowi's demand, the junta blames "terrorists" and the NUG denies, the Sagaing air strike and the 2021 exclusion of Min Aung Hlaing, Marcos asks for help with scam-centre victims, Indonesian arrests, Jokowi meets Taur Matan Ruak (2023-05-10).
- hm385-en-01: WTO: the General Council reappoints Ngozi Okonjo-Iweala by consensus ahead of Trump's return; her thanks and offer to work with Washington, the 2020 US blockade and Biden's endorsement, Trump's tariff threats and Beijing's criticism, the blocked Appellate Body, no fisheries deal in Abu Dhabi (2024-11-29).
- hm385-en-02: United States/India: Manhattan prosecutors charge Nikhil Gupta over a plot to kill Sikh separatist Gurpatwant Singh Pannun on an Indian official's orders; the Czech arrest, India's inquiry committee, White House concern, Trudeau's demand and the Nijjar row with expelled diplomats, Pannun's accusation (2023-11-29).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm385-de-01 (Sri Lanka, IMF bailout)
IMF = actor("International Monetary Fund", "IGO", "IGO")
LKA_GOV = actor("Government of Sri Lanka", "LKA", "GOV")
WICKREMESINGHE = actor("Ranil Wickremesinghe", "LKA", "GOV")
GEORGIEVA = actor("Kristalina Georgieva", "IGO", "IGO")
IND_GOV = actor("Government of India", "IND", "GOV")
CHN_EXIM = actor("Export-Import Bank of China", "CHN", "BUS")
LKA_UNIONS = actor("Sri Lankan trade unions", "LKA", "LAB")
PREMADASA = actor("Sajith Premadasa", "LKA", "OPP")
LKA_POLICE = actor("Sri Lanka Police", "LKA", "COP")
LKA_STUDENTS = actor("Sri Lankan students", "LKA", "EDU")
LKA_PROTESTERS = actor("Sri Lankan protesters", "LKA", "CVL")
GOTABAYA = actor("Gotabaya Rajapaksa", "LKA", "GOV")

L1 = ("Colombo (dpa) - Der Internationale Währungsfonds (IWF) hat dem hoch verschuldeten Sri Lanka ein "
      "Hilfsprogramm über rund drei Milliarden US-Dollar bewilligt.")
L2 = ("Das Exekutivdirektorium des Fonds gab am Montag in Washington grünes Licht für die auf vier Jahre angelegte "
      "Kreditlinie, wie der IWF mitteilte.")
L3 = "Eine erste Tranche von etwa 333 Millionen Dollar soll umgehend fließen."
L4 = ("Präsident Ranil Wickremesinghe, der zugleich das Finanzressort führt, dankte dem Fonds in einer Fernsehansprache "
      "für seine Unterstützung.")
L5 = ("Die Vereinbarung werde es Sri Lanka ermöglichen, bei anderen Geldgebern wie der Weltbank und der Asiatischen "
      "Entwicklungsbank weitere Mittel von bis zu sieben Milliarden Dollar zu erschließen, sagte er.")
L6 = ("IWF-Chefin Kristalina Georgieva forderte die Regierung in Colombo auf, die vereinbarten Reformen ohne "
      "Verzögerung umzusetzen.")
L7 = "Dazu gehören höhere Steuern, kostendeckende Strompreise und ein entschlossenerer Kampf gegen Korruption."
L8 = "„Wir werden jede Verpflichtung einhalten“, versprach Wickremesinghe."
L9 = ("Voraussetzung für die Freigabe waren Finanzierungszusagen der wichtigsten bilateralen Gläubiger des "
      "Inselstaats.")
L10 = ("Indien hatte bereits im Januar entsprechende Garantien abgegeben, Anfang März folgte die chinesische "
       "Export-Import-Bank.")
L11 = "Im Land selbst stößt der Sparkurs auf Widerstand."
L12 = ("Gewerkschaften von Ärzten, Lehrern, Bank- und Hafenangestellten hatten am vergangenen Mittwoch mit einem "
       "landesweiten Streik gegen die drastischen Steuererhöhungen protestiert.")
L13 = "Oppositionsführer Sajith Premadasa verlangte, das Abkommen dem Parlament zur Abstimmung vorzulegen."
L14 = ("Die Regierung wies den Vorwurf der Opposition zurück, sie halte Einzelheiten der Vereinbarung vor der "
       "Öffentlichkeit geheim.")
L15 = ("In Colombo feuerte die Polizei am Wochenende Tränengas auf Studenten, die gegen die Regierung "
       "demonstrierten.")
L16 = "Nach Polizeiangaben wurde niemand festgenommen."
L17 = ("Sri Lanka hatte im April 2022 seine Auslandsschulden nicht mehr bedienen können und war in die schwerste "
       "Wirtschaftskrise seit der Unabhängigkeit gestürzt.")
L18 = ("Nach monatelangen Massenprotesten war der damalige Präsident Gotabaya Rajapaksa im Juli 2022 ins Ausland "
       "geflohen und zurückgetreten.")

DE01 = {
    "id": "hm385-de-01", "lang": "de", "url": None, "published": "2023-03-21",
    "title": "IWF bewilligt Sri Lanka Milliardenhilfe",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7, L8], [L9, L10], [L11, L12, L13, L14, L15, L16], [L17, L18]),
    "events": [
        event("AID", IMF, LKA_GOV, L1),
        event("AID", IMF, LKA_GOV, L2, date="2023-03-20", location="Washington", location_country="USA"),
        event("SUPPORT", WICKREMESINGHE, IMF, L4),
        event("REQUEST", GEORGIEVA, LKA_GOV, L6, mode="change"),
        event("AGREE", WICKREMESINGHE, IMF, L8),
        event("AGREE", IND_GOV, LKA_GOV, L10),
        event("AGREE", CHN_EXIM, LKA_GOV, L10),
        event("PROTEST", LKA_UNIONS, LKA_GOV, L12, mode="strike", date="2023-03-15"),
        event("REQUEST", PREMADASA, LKA_GOV, L13, mode="change"),
        event("ASSAULT", LKA_POLICE, LKA_STUDENTS, L15, mode="crowd-control", location="Colombo",
              location_country="LKA"),
        event("PROTEST", LKA_STUDENTS, LKA_GOV, L15, mode="demo", location="Colombo", location_country="LKA"),
        event("COERCE", LKA_POLICE, LKA_STUDENTS, L16, mode="arrest", negated=True),
        event("PROTEST", LKA_PROTESTERS, GOTABAYA, L18, mode="demo"),
        event("RETREAT", GOTABAYA, None, L18, mode="resign"),
    ],
    "quotes": [
        quote("Das Exekutivdirektorium des Fonds gab am Montag in Washington grünes Licht für die auf vier Jahre "
              "angelegte Kreditlinie", "International Monetary Fund", "indirect"),
        quote("Die Vereinbarung werde es Sri Lanka ermöglichen, bei anderen Geldgebern wie der Weltbank und der "
              "Asiatischen Entwicklungsbank weitere Mittel von bis zu sieben Milliarden Dollar zu erschließen",
              "Ranil Wickremesinghe", "indirect"),
        quote("Wir werden jede Verpflichtung einhalten", "Ranil Wickremesinghe", "direct"),
        quote("das Abkommen dem Parlament zur Abstimmung vorzulegen", "Sajith Premadasa", "indirect"),
        quote("sie halte Einzelheiten der Vereinbarung vor der Öffentlichkeit geheim", "Sri Lankan opposition",
              "indirect"),
        quote("Nach Polizeiangaben wurde niemand festgenommen", "Sri Lanka Police", "indirect"),
    ],
    "entities": [
        entity("Colombo", "LOC", "LKA", ["Colombo"]),
        entity("International Monetary Fund", "ORG", "IGO",
               ["Der Internationale Währungsfonds (IWF)", "Das Exekutivdirektorium des Fonds", "der IWF",
                "dem Fonds", "des Fonds"]),
        entity("Sri Lanka", "LOC", "LKA", ["Sri Lanka", "des Inselstaats", "Im Land"]),
        entity("Government of Sri Lanka", "ORG", "LKA", ["die Regierung in Colombo", "Die Regierung",
                                                         "die Regierung"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Ranil Wickremesinghe", "PER", "LKA", ["Präsident Ranil Wickremesinghe", "er", "Wickremesinghe"]),
        entity("World Bank", "ORG", "IGO", ["der Weltbank"]),
        entity("Asian Development Bank", "ORG", "IGO", ["der Asiatischen Entwicklungsbank"]),
        entity("Kristalina Georgieva", "PER", "IGO", ["IWF-Chefin Kristalina Georgieva"]),
        entity("Government of India", "ORG", "IND", ["Indien"]),
        entity("Export-Import Bank of China", "ORG", "CHN", ["die chinesische Export-Import-Bank"]),
        entity("Sri Lankan trade unions", "ORG", "LKA",
               ["Gewerkschaften von Ärzten, Lehrern, Bank- und Hafenangestellten"]),
        entity("Sajith Premadasa", "PER", "LKA", ["Oppositionsführer Sajith Premadasa"]),
        entity("Parliament of Sri Lanka", "ORG", "LKA", ["dem Parlament"]),
        entity("Sri Lankan opposition", "ORG", "LKA", ["der Opposition"]),
        entity("Sri Lanka Police", "ORG", "LKA", ["die Polizei"]),
        entity("Sri Lankan students", "PER", "LKA", ["Studenten"]),
        entity("Gotabaya Rajapaksa", "PER", "LKA", ["der damalige Präsident Gotabaya Rajapaksa"]),
    ],
}

# ---------------------------------------------------------------- hm385-de-02 (Vietnam, climate activist jailed)
HCMC_COURT = actor("People's Court of Ho Chi Minh City", "VNM", "JUD")
HONG = actor("Hoang Thi Minh Hong", "VNM", "NGO")
VNM_PROSECUTION = actor("People's Procuracy of Ho Chi Minh City", "VNM", "JUD")
VNM_POLICE = actor("Vietnamese police", "VNM", "COP")
USA_GOV = actor("Government of the United States", "USA", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
VNM_GOV = actor("Government of Vietnam", "VNM", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
VNM_AUTHORITIES = actor("Vietnamese authorities", "VNM", "GOV")
KHANH = actor("Nguy Thi Khanh", "VNM", "NGO")
BIDEN = actor("Joe Biden", "USA", "GOV")
TRONG = actor("Nguyen Phu Trong", "VNM", "PTY")
G7 = actor("Group of Seven", "IGO", "IGO")

H1 = ("Hanoi (dpa) - Ein Gericht in Vietnam hat die bekannte Umweltaktivistin Hoang Thi Minh Hong wegen "
      "Steuerhinterziehung zu drei Jahren Haft verurteilt.")
H2 = ("Das Volksgericht in Ho-Chi-Minh-Stadt verhängte am Donnerstag nach eintägiger Verhandlung zudem eine "
      "Geldstrafe von 100 Millionen Dong (rund 3900 Euro), wie Staatsmedien berichteten.")
H3 = ("Die Anklage hatte der Gründerin der Umweltorganisation CHANGE vorgeworfen, auf ausländische Spendengelder "
      "keine Steuern abgeführt zu haben.")
H4 = "Laut ihrem Anwalt räumte Hong die Vorwürfe vor Gericht ein und bat um ein mildes Urteil."
H5 = "Die 51-Jährige war Anfang Juni in der südlichen Wirtschaftsmetropole festgenommen worden."
H6 = "Die US-Regierung zeigte sich „zutiefst besorgt“ über das Urteil."
H7 = ("Ein Sprecher des Außenministeriums in Washington forderte Hanoi auf, die Aktivistin unverzüglich "
      "freizulassen.")
H8 = ("Die Menschenrechtsorganisation Human Rights Watch sprach von einem „politisch motivierten Verfahren“ gegen "
      "eine Frau, die sich für saubere Luft eingesetzt habe.")
H9 = "Das vietnamesische Außenministerium wies die Kritik zurück."
H10 = ("Es handele sich um einen gewöhnlichen Strafprozess, niemand werde in Vietnam wegen seiner Ansichten "
       "verfolgt, sagte Sprecherin Pham Thu Hang.")
H11 = "Hong ist bereits die fünfte Umweltschützerin, die seit 2021 wegen Steuerdelikten hinter Gitter kommt."
H12 = ("Die Trägerin des Goldman-Umweltpreises, Nguy Thi Khanh, war im Mai nach Verbüßung von gut der Hälfte ihrer "
       "Strafe vorzeitig freigelassen worden.")
H13 = "Alle Verurteilten hatten sich für einen schnelleren Ausstieg aus der Kohle eingesetzt."
H14 = ("US-Präsident Joe Biden hatte erst Anfang September Hanoi besucht und mit Parteichef Nguyen Phu Trong eine "
       "umfassende strategische Partnerschaft vereinbart.")
H15 = ("Zudem hatten die G7-Staaten dem Land im vergangenen Dezember 15,5 Milliarden Dollar für den Umstieg auf "
       "erneuerbare Energien zugesagt.")
H16 = ("Umweltverbände befürchten, dass die Verfolgung von Aktivisten das ehrgeizige Programm untergräbt.")

DE02 = {
    "id": "hm385-de-02", "lang": "de", "url": None, "published": "2023-09-28",
    "title": "Vietnamesische Klimaaktivistin zu drei Jahren Haft verurteilt",
    "text": paragraphs([H1, H2, H3, H4, H5], [H6, H7, H8, H9, H10], [H11, H12, H13], [H14, H15, H16]),
    "events": [
        event("SANCTION", HCMC_COURT, HONG, H1, mode="convict"),
        event("SANCTION", HCMC_COURT, HONG, H2, mode="convict", date="2023-09-28", location="Ho Chi Minh City",
              location_country="VNM"),
        event("ACCUSE", VNM_PROSECUTION, HONG, H3, mode="allege"),
        event("CONCEDE", HONG, HCMC_COURT, H4),
        event("REQUEST", HONG, HCMC_COURT, H4, mode="yield"),
        event("COERCE", VNM_POLICE, HONG, H5, mode="arrest", location="Ho Chi Minh City", location_country="VNM"),
        event("ACCUSE", USA_GOV, VNM_GOV, H6, mode="disapprove"),
        event("REQUEST", US_STATE, VNM_GOV, H7, mode="yield"),
        event("ACCUSE", HRW, VNM_GOV, H8, mode="disapprove"),
        event("RETREAT", VNM_AUTHORITIES, KHANH, H12, mode="release"),
        event("CONSULT", BIDEN, TRONG, H14, mode="visit", location="Hanoi", location_country="VNM"),
        event("AGREE", BIDEN, TRONG, H14),
        event("AGREE", G7, VNM_GOV, H15),
    ],
    "quotes": [
        quote("Das Volksgericht in Ho-Chi-Minh-Stadt verhängte am Donnerstag nach eintägiger Verhandlung zudem eine "
              "Geldstrafe von 100 Millionen Dong (rund 3900 Euro)", "Vietnamese state media", "indirect"),
        quote("auf ausländische Spendengelder keine Steuern abgeführt zu haben",
              "People's Procuracy of Ho Chi Minh City", "indirect"),
        quote("Laut ihrem Anwalt räumte Hong die Vorwürfe vor Gericht ein und bat um ein mildes Urteil",
              "lawyer of Hoang Thi Minh Hong", "indirect"),
        quote("zutiefst besorgt", "Government of the United States", "direct"),
        quote("die Aktivistin unverzüglich freizulassen", "United States Department of State", "indirect"),
        quote("politisch motivierten Verfahren", "Human Rights Watch", "direct"),
        quote("Es handele sich um einen gewöhnlichen Strafprozess, niemand werde in Vietnam wegen seiner Ansichten "
              "verfolgt", "Pham Thu Hang", "indirect"),
        quote("dass die Verfolgung von Aktivisten das ehrgeizige Programm untergräbt", "environmental groups",
              "indirect"),
    ],
    "entities": [
        entity("Hanoi", "LOC", "VNM", ["Hanoi"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnam", "dem Land"]),
        entity("People's Court of Ho Chi Minh City", "ORG", "VNM",
               ["Ein Gericht in Vietnam", "Das Volksgericht in Ho-Chi-Minh-Stadt", "Gericht"]),
        entity("Hoang Thi Minh Hong", "PER", "VNM",
               ["die bekannte Umweltaktivistin Hoang Thi Minh Hong", "der Gründerin der Umweltorganisation CHANGE",
                "ihrem", "Hong", "Die 51-Jährige", "die Aktivistin", "eine Frau"]),
        entity("Ho Chi Minh City", "LOC", "VNM", ["Ho-Chi-Minh-Stadt", "der südlichen Wirtschaftsmetropole"]),
        entity("Vietnamese state media", "ORG", "VNM", ["Staatsmedien"]),
        entity("People's Procuracy of Ho Chi Minh City", "ORG", "VNM", ["Die Anklage"]),
        entity("CHANGE", "ORG", "VNM", ["der Umweltorganisation CHANGE"]),
        entity("lawyer of Hoang Thi Minh Hong", "PER", "VNM", ["ihrem Anwalt"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("United States Department of State", "ORG", "USA", ["des Außenministeriums in Washington"]),
        entity("spokesperson of the United States Department of State", "PER", "USA",
               ["Ein Sprecher des Außenministeriums in Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Government of Vietnam", "ORG", "VNM", ["Hanoi"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Die Menschenrechtsorganisation Human Rights Watch"]),
        entity("Ministry of Foreign Affairs of Vietnam", "ORG", "VNM", ["Das vietnamesische Außenministerium"]),
        entity("Pham Thu Hang", "PER", "VNM", ["Sprecherin Pham Thu Hang"]),
        entity("Goldman Environmental Prize", "MISC", "USA", ["Goldman-Umweltpreises"]),
        entity("Nguy Thi Khanh", "PER", "VNM",
               ["Die Trägerin des Goldman-Umweltpreises, Nguy Thi Khanh", "ihrer"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Nguyen Phu Trong", "PER", "VNM", ["Parteichef Nguyen Phu Trong"]),
        entity("Group of Seven", "ORG", "IGO", ["die G7-Staaten"]),
        entity("environmental groups", "ORG", "VNM", ["Umweltverbände"]),
    ],
}

# ---------------------------------------------------------------- hm385-de-03 (Australia, Thorpe heckles the King)
THORPE = actor("Lidia Thorpe", "AUS", "LEG")
CHARLES = actor("Charles III", "GBR", "GOV")
CAMILLA = actor("Queen Camilla", "GBR", "GOV")
AUS_SECURITY = actor("Parliament House security staff", "AUS", "COP")
DUTTON = actor("Peter Dutton", "AUS", "OPP")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
ELIZABETH = actor("Elizabeth II", "GBR", "GOV")
LINES = actor("Sue Lines", "AUS", "LEG")
AUS_ACTIVISTS = actor("Aboriginal activists", "AUS", "CVL")

T1 = ("Canberra (dpa) - Beim Besuch von König Charles III. im australischen Parlament hat eine indigene Senatorin "
      "den Monarchen lautstark des Völkermords bezichtigt.")
T2 = ("„Sie haben Völkermord an unserem Volk begangen“, rief die unabhängige Senatorin Lidia Thorpe am Montag, "
      "nachdem der König in der Großen Halle des Parlaments in Canberra eine kurze Rede gehalten hatte.")
T3 = "„Geben Sie uns unser Land zurück! Sie sind nicht mein König“, rief die 51-Jährige weiter."
T4 = "Sicherheitsleute hinderten die Politikerin daran, sich dem König zu nähern, und führten sie aus dem Saal."
T5 = "Festgenommen wurde sie nicht."
T6 = "Charles ging auf die Zwischenrufe nicht ein und setzte den Empfang fort."
T7 = "Oppositionsführer Peter Dutton forderte Thorpe zum Rücktritt auf."
T8 = ("Ihr Auftritt sei „respektlos und beschämend“ gewesen, sagte der Chef der konservativen Liberalen Partei.")
T9 = "Premierminister Anthony Albanese sagte, die Senatorin habe mit ihrem Verhalten vor allem sich selbst geschadet."
T10 = "Thorpe zeigte sich unbeeindruckt."
T11 = ("Sie bereue nichts, schrieb sie auf der Plattform X und verlangte erneut einen Vertrag zwischen dem Staat und "
       "den Ureinwohnern.")
T12 = ("Schon bei ihrer Vereidigung 2022 hatte Thorpe die inzwischen verstorbene Queen Elizabeth II. als "
       "„Kolonisatorin“ bezeichnet.")
T13 = "Senatspräsidentin Sue Lines forderte sie damals auf, den Eid im vorgeschriebenen Wortlaut zu wiederholen."
T14 = ("Vor dem Parlament demonstrierten am Montag Dutzende Aktivisten mit Fahnen der Aborigines gegen die "
       "Monarchie.")
T15 = ("Charles und Königin Camilla waren am Freitag zu ihrem ersten Besuch in Australien seit seiner Thronbesteigung "
       "in Sydney eingetroffen.")
T16 = "Eine Volksabstimmung über die Abschaffung der Monarchie hatten die Australier 1999 abgelehnt."
T17 = ("Albanese gilt als Befürworter einer Republik, hat das Thema aber nach dem gescheiterten Referendum über ein "
       "indigenes Beratungsgremium im vergangenen Jahr zurückgestellt.")

DE03 = {
    "id": "hm385-de-03", "lang": "de", "url": None, "published": "2024-10-21",
    "title": "Indigene Senatorin beschimpft König Charles im australischen Parlament",
    "text": paragraphs([T1, T2, T3, T4, T5, T6], [T7, T8, T9, T10, T11], [T12, T13, T14], [T15, T16, T17]),
    "events": [
        event("ACCUSE", THORPE, CHARLES, T1, mode="allege", location_country="AUS"),
        event("ACCUSE", THORPE, CHARLES, T2, mode="allege", date="2024-10-21", location="Canberra",
              location_country="AUS"),
        event("REQUEST", THORPE, CHARLES, T3, mode="change"),
        event("COERCE", AUS_SECURITY, THORPE, T4, mode="restrict", location="Canberra", location_country="AUS"),
        event("COERCE", AUS_SECURITY, THORPE, T5, mode="arrest", negated=True),
        event("REQUEST", DUTTON, THORPE, T7, mode="change"),
        event("ACCUSE", DUTTON, THORPE, T8, mode="disapprove"),
        event("ACCUSE", ALBANESE, THORPE, T9, mode="disapprove"),
        event("REQUEST", THORPE, AUS_GOV, T11, mode="change"),
        event("ACCUSE", THORPE, ELIZABETH, T12, mode="disapprove"),
        event("REQUEST", LINES, THORPE, T13, mode="change"),
        event("PROTEST", AUS_ACTIVISTS, CHARLES, T14, mode="demo", date="2024-10-21", location="Canberra",
              location_country="AUS"),
        event("CONSULT", CHARLES, AUS_GOV, T15, mode="visit", date="2024-10-18", location="Sydney",
              location_country="AUS"),
        event("CONSULT", CAMILLA, AUS_GOV, T15, mode="visit", date="2024-10-18", location="Sydney",
              location_country="AUS"),
    ],
    "quotes": [
        quote("Sie haben Völkermord an unserem Volk begangen", "Lidia Thorpe", "direct"),
        quote("Geben Sie uns unser Land zurück! Sie sind nicht mein König", "Lidia Thorpe", "direct"),
        quote("respektlos und beschämend", "Peter Dutton", "direct"),
        quote("Ihr Auftritt sei „respektlos und beschämend“ gewesen", "Peter Dutton", "indirect"),
        quote("die Senatorin habe mit ihrem Verhalten vor allem sich selbst geschadet", "Anthony Albanese",
              "indirect"),
        quote("Sie bereue nichts", "Lidia Thorpe", "indirect"),
        quote("Kolonisatorin", "Lidia Thorpe", "direct"),
        quote("den Eid im vorgeschriebenen Wortlaut zu wiederholen", "Sue Lines", "indirect"),
    ],
    "entities": [
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Charles III", "PER", "GBR", ["König Charles III.", "den Monarchen", "der König", "Sie",
                                              "dem König", "Charles", "seiner"]),
        entity("Parliament of Australia", "ORG", "AUS", ["im australischen Parlament", "des Parlaments",
                                                         "dem Parlament"]),
        entity("Lidia Thorpe", "PER", "AUS",
               ["eine indigene Senatorin", "die unabhängige Senatorin Lidia Thorpe", "die 51-Jährige",
                "die Politikerin", "sie", "Thorpe", "Ihr", "die Senatorin", "ihrem", "Sie", "ihrer"]),
        entity("Indigenous Australians", "PER", "AUS", ["unserem Volk", "den Ureinwohnern", "der Aborigines"]),
        entity("Great Hall of Parliament House", "LOC", "AUS", ["der Großen Halle des Parlaments in Canberra"]),
        entity("Parliament House security staff", "ORG", "AUS", ["Sicherheitsleute"]),
        entity("Peter Dutton", "PER", "AUS", ["Oppositionsführer Peter Dutton",
                                              "der Chef der konservativen Liberalen Partei"]),
        entity("Liberal Party of Australia", "ORG", "AUS", ["der konservativen Liberalen Partei"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "Albanese"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Government of Australia", "ORG", "AUS", ["dem Staat"]),
        entity("Elizabeth II", "PER", "GBR", ["die inzwischen verstorbene Queen Elizabeth II."]),
        entity("Sue Lines", "PER", "AUS", ["Senatspräsidentin Sue Lines"]),
        entity("Aboriginal activists", "PER", "AUS", ["Dutzende Aktivisten"]),
        entity("Queen Camilla", "PER", "GBR", ["Königin Camilla"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("Sydney", "LOC", "AUS", ["Sydney"]),
        entity("Australians", "PER", "AUS", ["die Australier"]),
    ],
}

# ---------------------------------------------------------------- hm385-de-04 (ASEAN summit in Labuan Bajo)
ASEAN = actor("Association of Southeast Asian Nations", "IGO", "IGO")
CONVOY_ATTACKERS = actor("attackers of the ASEAN convoy", "MMR", "REB")
JOKOWI = actor("Joko Widodo", "IDN", "GOV")
MMR_JUNTA = actor("Military junta of Myanmar", "MMR", "MIL")
IDN_DIPLOMATS = actor("Indonesian diplomats", "IDN", "GOV")
SGP_DIPLOMATS = actor("Singaporean diplomats", "SGP", "GOV")
AHA_STAFF = actor("AHA Centre staff", "IGO", "IGO")
MMR_RESISTANCE = actor("People's Defence Force", "MMR", "REB")
MMR_ARMY = actor("Myanmar Army", "MMR", "MIL")
SAGAING_CIVILIANS = actor("villagers in Sagaing", "MMR", "CVL")
MIN_AUNG_HLAING = actor("Min Aung Hlaing", "MMR", "MIL")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
RECRUITERS = actor("suspected human traffickers", "IDN", "CVL")
RUAK = actor("Taur Matan Ruak", "TLS", "GOV")

A1 = ("Labuan Bajo (dpa) - Die Staats- und Regierungschefs der südostasiatischen Staatengemeinschaft Asean haben "
      "einen Angriff auf einen Hilfskonvoi in Myanmar scharf verurteilt.")
A2 = ("Die Gewalt in dem Bürgerkriegsland müsse sofort enden, forderte Indonesiens Präsident Joko Widodo am Mittwoch "
      "zum Auftakt des Gipfeltreffens in dem Küstenort auf der Insel Flores.")
A3 = ("Bewaffnete hatten am Sonntag im Shan-Staat das Feuer auf Fahrzeuge eröffnet, in denen Diplomaten aus "
      "Indonesien und Singapur sowie Mitarbeiter des Asean-Zentrums für humanitäre Hilfe unterwegs waren.")
A4 = "Nach Angaben des indonesischen Außenministeriums wurde niemand verletzt."
A5 = "„Das wird uns nicht davon abhalten, auf ein Ende der Gewalt zu drängen“, sagte Widodo."
A6 = "Die Militärjunta in Myanmar machte „Terroristen“ der Widerstandsbewegung für den Angriff verantwortlich."
A7 = "Die im Untergrund agierende Gegenregierung der Nationalen Einheit (NUG) wies dies zurück."
A8 = ("Erst im April waren bei einem Luftangriff der Armee auf ein Dorf in der Region Sagaing nach Angaben von "
      "Augenzeugen mehr als 160 Menschen getötet worden.")
A9 = ("Asean hatte Juntachef Min Aung Hlaing im Herbst 2021 von den Gipfeltreffen ausgeschlossen, weil er einen "
      "vereinbarten Friedensplan nicht umsetzt.")
A10 = "Der Fünf-Punkte-Plan sieht unter anderem ein Ende der Gewalt und einen Dialog aller Konfliktparteien vor."
A11 = ("Ein weiteres Thema ist der Menschenhandel in Betrugszentren, die kriminelle Banden in Myanmar, Kambodscha "
       "und Laos betreiben.")
A12 = ("Der philippinische Präsident Ferdinand Marcos Jr. bat die Partnerländer um Hilfe bei der Rückholung von "
       "Landsleuten, die dort festgehalten werden.")
A13 = ("Die indonesische Polizei hatte in der vergangenen Woche zwei mutmaßliche Anwerber festgenommen, die "
       "Indonesier mit falschen Jobangeboten nach Myawaddy gelockt haben sollen.")
A14 = ("Am Rande des Treffens empfing Widodo den Regierungschef von Osttimor, Taur Matan Ruak, dessen Land als "
       "Beobachter teilnimmt und Vollmitglied werden will.")

DE04 = {
    "id": "hm385-de-04", "lang": "de", "url": None, "published": "2023-05-10",
    "title": "Asean-Gipfel verurteilt Angriff auf Hilfskonvoi in Myanmar",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8], [A9, A10], [A11, A12, A13], [A14]),
    "events": [
        event("ACCUSE", ASEAN, CONVOY_ATTACKERS, A1, mode="disapprove", location="Labuan Bajo",
              location_country="IDN"),
        event("REQUEST", JOKOWI, MMR_JUNTA, A2, mode="yield", date="2023-05-10", location="Labuan Bajo",
              location_country="IDN"),
        event("ASSAULT", CONVOY_ATTACKERS, IDN_DIPLOMATS, A3, mode="firearms", date="2023-05-07",
              location="Shan State", location_country="MMR"),
        event("ASSAULT", CONVOY_ATTACKERS, SGP_DIPLOMATS, A3, mode="firearms", date="2023-05-07",
              location="Shan State", location_country="MMR"),
        event("ASSAULT", CONVOY_ATTACKERS, AHA_STAFF, A3, mode="firearms", date="2023-05-07",
              location="Shan State", location_country="MMR"),
        event("ACCUSE", MMR_JUNTA, MMR_RESISTANCE, A6, mode="allege"),
        event("ASSAULT", MMR_ARMY, SAGAING_CIVILIANS, A8, mode="aerial", location="Sagaing",
              location_country="MMR"),
        event("SANCTION", ASEAN, MIN_AUNG_HLAING, A9, mode="expel"),
        event("REQUEST", MARCOS, ASEAN, A12, mode="assist"),
        event("COERCE", IDN_POLICE, RECRUITERS, A13, mode="arrest"),
        event("CONSULT", RUAK, JOKOWI, A14, mode="meet", location="Labuan Bajo", location_country="IDN"),
    ],
    "quotes": [
        quote("Die Gewalt in dem Bürgerkriegsland müsse sofort enden", "Joko Widodo", "indirect"),
        quote("Nach Angaben des indonesischen Außenministeriums wurde niemand verletzt",
              "Ministry of Foreign Affairs of Indonesia", "indirect"),
        quote("Das wird uns nicht davon abhalten, auf ein Ende der Gewalt zu drängen", "Joko Widodo", "direct"),
        quote("Terroristen", "Military junta of Myanmar", "direct"),
        quote("nach Angaben von Augenzeugen mehr als 160 Menschen getötet worden", "eyewitnesses", "indirect"),
    ],
    "entities": [
        entity("Labuan Bajo", "LOC", "IDN", ["Labuan Bajo", "dem Küstenort"]),
        entity("Association of Southeast Asian Nations", "ORG", "IGO",
               ["Die Staats- und Regierungschefs der südostasiatischen Staatengemeinschaft Asean", "Asean",
                "die Partnerländer"]),
        entity("ASEAN convoy", "MISC", "IGO", ["einen Hilfskonvoi", "Fahrzeuge"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar", "dem Bürgerkriegsland"]),
        entity("Joko Widodo", "PER", "IDN", ["Indonesiens Präsident Joko Widodo", "Widodo"]),
        entity("Flores", "LOC", "IDN", ["der Insel Flores"]),
        entity("attackers of the ASEAN convoy", "PER", "MMR", ["Bewaffnete"]),
        entity("Shan State", "LOC", "MMR", ["im Shan-Staat"]),
        entity("Indonesian diplomats", "PER", "IDN", ["Diplomaten aus Indonesien"]),
        entity("Singaporean diplomats", "PER", "SGP", ["Diplomaten aus Indonesien und Singapur"]),
        entity("Singapore", "LOC", "SGP", ["Singapur"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesiens", "Indonesien"]),
        entity("AHA Centre", "ORG", "IGO", ["des Asean-Zentrums für humanitäre Hilfe"]),
        entity("AHA Centre staff", "PER", "IGO", ["Mitarbeiter des Asean-Zentrums für humanitäre Hilfe"]),
        entity("Ministry of Foreign Affairs of Indonesia", "ORG", "IDN", ["des indonesischen Außenministeriums"]),
        entity("Military junta of Myanmar", "ORG", "MMR", ["Die Militärjunta in Myanmar"]),
        entity("People's Defence Force", "ORG", "MMR", ["„Terroristen“ der Widerstandsbewegung"]),
        entity("National Unity Government of Myanmar", "ORG", "MMR",
               ["Die im Untergrund agierende Gegenregierung der Nationalen Einheit (NUG)"]),
        entity("Myanmar Army", "ORG", "MMR", ["der Armee"]),
        entity("Pazigyi", "LOC", "MMR", ["ein Dorf in der Region Sagaing"]),
        entity("Sagaing Region", "LOC", "MMR", ["der Region Sagaing"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Juntachef Min Aung Hlaing", "er"]),
        entity("ASEAN Five-Point Consensus", "MISC", "IGO", ["einen vereinbarten Friedensplan",
                                                            "Der Fünf-Punkte-Plan"]),
        entity("Cambodia", "LOC", "KHM", ["Kambodscha"]),
        entity("Laos", "LOC", "LAO", ["Laos"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Der philippinische Präsident Ferdinand Marcos Jr."]),
        entity("Filipino victims of trafficking", "PER", "PHL", ["Landsleuten"]),
        entity("Indonesian National Police", "ORG", "IDN", ["Die indonesische Polizei"]),
        entity("suspected human traffickers", "PER", "IDN", ["zwei mutmaßliche Anwerber"]),
        entity("Indonesian victims of trafficking", "PER", "IDN", ["Indonesier"]),
        entity("Myawaddy", "LOC", "MMR", ["Myawaddy"]),
        entity("Taur Matan Ruak", "PER", "TLS", ["den Regierungschef von Osttimor, Taur Matan Ruak"]),
        entity("Timor-Leste", "LOC", "TLS", ["Osttimor", "dessen Land"]),
    ],
}

# ---------------------------------------------------------------- hm385-en-01 (WTO, Okonjo-Iweala reappointed)
WTO = actor("World Trade Organization", "IGO", "IGO")
OKONJO = actor("Ngozi Okonjo-Iweala", "IGO", "IGO")
USA_GOV_W = actor("Government of the United States", "USA", "GOV")
YOO = actor("Yoo Myung-hee", "KOR", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
CHN_FM = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
IND_GOV_W = actor("Government of India", "IND", "GOV")

W1 = ("GENEVA (Reuters) - World Trade Organization members on Friday reappointed Ngozi Okonjo-Iweala to a second "
      "four-year term as director-general, moving early to lock in her leadership before Donald Trump returns to "
      "the White House.")
W2 = ("The decision was taken by consensus at a special meeting of the General Council, the body's top "
      "decision-making forum, trade officials said.")
W3 = "Okonjo-Iweala, a former Nigerian finance minister, was the only candidate when nominations closed on Nov. 8."
W4 = "Her second term will begin on Sept. 1, 2025."
W5 = ("\"I am deeply grateful to members for their confidence,\" Okonjo-Iweala said in a statement, adding that she "
      "looked forward to working with all governments, including the incoming U.S. administration.")
W6 = ("Several Geneva diplomats said the accelerated timetable was meant to head off any attempt by the next U.S. "
      "administration to block the appointment.")
W7 = ("In 2020, the first Trump administration refused to back Okonjo-Iweala and supported South Korea's trade "
      "minister Yoo Myung-hee instead, leaving the post vacant for months.")
W8 = "President Joe Biden's administration endorsed her in February 2021, clearing the way for her appointment."
W9 = "A U.S. trade official said Washington had joined the consensus on Friday."
W10 = "A spokesperson for Trump's transition team did not respond to a request for comment."
W11 = ("Trump, who has repeatedly accused the WTO of treating the United States unfairly, threatened this week to "
       "impose 25% tariffs on all goods from Mexico and Canada and an extra 10% on imports from China.")
W12 = ("China's foreign ministry criticised the plan, saying \"no one will win a trade war or a tariff war.\"")
W13 = ("The WTO's Appellate Body, which hears appeals in trade disputes, has been paralysed since December 2019 "
       "because Washington has blocked the appointment of new judges.")
W14 = ("Okonjo-Iweala has promised to restore a fully functioning dispute settlement system and to conclude a deal "
       "curbing harmful fisheries subsidies.")
W15 = ("At their ministerial conference in Abu Dhabi in March, members did not reach an agreement on fisheries "
       "after India refused to back the draft text.")
W16 = "\"We have to show that this organisation can deliver,\" she told reporters after the meeting."

EN01 = {
    "id": "hm385-en-01", "lang": "en", "url": None, "published": "2024-11-29",
    "title": "WTO members reappoint Okonjo-Iweala ahead of Trump's return",
    "text": paragraphs([W1, W2, W3, W4, W5], [W6, W7, W8, W9, W10], [W11, W12], [W13, W14, W15, W16]),
    "events": [
        event("SUPPORT", WTO, OKONJO, W1, date="2024-11-29", location="Geneva", location_country="CHE"),
        event("SUPPORT", WTO, OKONJO, W2, date="2024-11-29", location="Geneva", location_country="CHE"),
        event("SUPPORT", OKONJO, WTO, W5),
        event("AGREE", OKONJO, USA_GOV_W, W5),
        event("REJECT", USA_GOV_W, OKONJO, W7),
        event("SUPPORT", USA_GOV_W, YOO, W7),
        event("SUPPORT", USA_GOV_W, OKONJO, W8),
        event("SUPPORT", USA_GOV_W, OKONJO, W9, date="2024-11-29"),
        event("ACCUSE", TRUMP, WTO, W11, mode="disapprove"),
        event("THREATEN", TRUMP, MEX_GOV, W11),
        event("THREATEN", TRUMP, CAN_GOV, W11),
        event("THREATEN", TRUMP, CHN_GOV, W11),
        event("ACCUSE", CHN_FM, TRUMP, W12, mode="disapprove"),
        event("REJECT", USA_GOV_W, WTO, W13),
        event("AGREE", OKONJO, WTO, W14),
        event("AGREE", WTO, None, W15, location="Abu Dhabi", location_country="ARE", negated=True),
        event("REJECT", IND_GOV_W, WTO, W15, location="Abu Dhabi", location_country="ARE"),
    ],
    "quotes": [
        quote("The decision was taken by consensus at a special meeting of the General Council, the body's top "
              "decision-making forum", "trade officials", "indirect"),
        quote("I am deeply grateful to members for their confidence", "Ngozi Okonjo-Iweala", "direct"),
        quote("she looked forward to working with all governments, including the incoming U.S. administration",
              "Ngozi Okonjo-Iweala", "indirect"),
        quote("the accelerated timetable was meant to head off any attempt by the next U.S. administration to block "
              "the appointment", "Geneva diplomats", "indirect"),
        quote("Washington had joined the consensus on Friday", "U.S. trade official", "indirect"),
        quote("no one will win a trade war or a tariff war", "Ministry of Foreign Affairs of China", "direct"),
        quote("We have to show that this organisation can deliver", "Ngozi Okonjo-Iweala", "direct"),
    ],
    "entities": [
        entity("Geneva", "LOC", "CHE", ["GENEVA", "Geneva"]),
        entity("World Trade Organization", "ORG", "IGO",
               ["World Trade Organization members", "the General Council", "the body's", "members", "the WTO",
                "The WTO's", "this organisation"]),
        entity("Ngozi Okonjo-Iweala", "PER", "IGO",
               ["Ngozi Okonjo-Iweala", "her", "Okonjo-Iweala", "a former Nigerian finance minister", "Her", "she"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump", "Trump's", "Trump"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("trade officials", "PER", "IGO", ["trade officials"]),
        entity("Government of the United States", "ORG", "USA",
               ["the incoming U.S. administration", "the next U.S. administration", "the first Trump administration",
                "President Joe Biden's administration", "Washington"]),
        entity("Geneva diplomats", "PER", "IGO", ["Several Geneva diplomats"]),
        entity("South Korea", "LOC", "KOR", ["South Korea's"]),
        entity("Yoo Myung-hee", "PER", "KOR", ["South Korea's trade minister Yoo Myung-hee"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden's"]),
        entity("U.S. trade official", "PER", "USA", ["A U.S. trade official"]),
        entity("Trump transition team", "ORG", "USA", ["Trump's transition team"]),
        entity("spokesperson for the Trump transition team", "PER", "USA",
               ["A spokesperson for Trump's transition team"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("WTO Appellate Body", "ORG", "IGO", ["The WTO's Appellate Body"]),
        entity("WTO Ministerial Conference", "MISC", "IGO", ["their ministerial conference in Abu Dhabi"]),
        entity("Abu Dhabi", "LOC", "ARE", ["Abu Dhabi"]),
        entity("Government of India", "ORG", "IND", ["India"]),
    ],
}

# ---------------------------------------------------------------- hm385-en-02 (US/India, Pannun murder plot)
SDNY = actor("United States Attorney's Office for the Southern District of New York", "USA", "JUD")
GUPTA = actor("Nikhil Gupta", "IND", "CVL")
CC1 = actor("Indian government official (CC-1)", "IND", "GOV")
CZE_AUTH = actor("Czech authorities", "CZE", "COP")
USA_GOV_P = actor("Government of the United States", "USA", "GOV")
CZE_GOV = actor("Government of the Czech Republic", "CZE", "GOV")
WILLIAMS = actor("Damian Williams", "USA", "JUD")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
IND_GOV_P = actor("Government of India", "IND", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
CAN_GOV_P = actor("Government of Canada", "CAN", "GOV")
PANNUN = actor("Gurpatwant Singh Pannun", "USA", "NGO")

N1 = ("NEW YORK (AP) — U.S. federal prosecutors on Wednesday charged an Indian man with plotting to kill a Sikh "
      "separatist leader in New York City, saying the plot was directed by an Indian government official.")
N2 = ("Nikhil Gupta, 52, was arrested in the Czech Republic on June 30 at the request of the United States and is "
      "awaiting extradition, according to an indictment unsealed in Manhattan federal court.")
N3 = ("The indictment does not name the intended victim, but people familiar with the case identified him as "
      "Gurpatwant Singh Pannun, a U.S. and Canadian citizen who campaigns for an independent Sikh state.")
N4 = ("Prosecutors said Gupta paid $15,000 in cash as an advance to a man he believed was a hitman but who was in "
      "fact an undercover U.S. law enforcement officer.")
N5 = ("\"The defendant conspired from India to assassinate, right here in New York City, a U.S. citizen of Indian "
      "origin,\" U.S. Attorney Damian Williams said.")
N6 = ("India's foreign ministry said a high-level committee set up on Nov. 18 was investigating the information "
      "shared by Washington.")
N7 = ("Spokesman Arindam Bagchi called the link to an Indian official \"a matter of concern\" and "
      "\"contrary to government policy.\"")
N8 = ("The White House said it had raised the matter \"at the senior-most levels\" of the Indian government.")
N9 = ("Canadian Prime Minister Justin Trudeau said the U.S. charges underlined what Ottawa had been saying all along "
      "and urged New Delhi to take the allegations seriously.")
N10 = ("In September, Trudeau told parliament there were \"credible allegations\" linking agents of the Indian "
       "government to the killing of Sikh separatist Hardeep Singh Nijjar in British Columbia.")
N11 = "India rejected the accusation as \"absurd.\""
N12 = "The two countries then each expelled a senior diplomat of the other."
N13 = ("Pannun, who serves as general counsel for the group Sikhs for Justice, told The Associated Press that the "
       "case showed India's \"transnational terrorism\" had reached American soil.")
N14 = "India has designated Pannun a terrorist, a label he rejects."

EN02 = {
    "id": "hm385-en-02", "lang": "en", "url": None, "published": "2023-11-29",
    "title": "US charges Indian man in foiled plot to kill Sikh separatist in New York",
    "text": paragraphs([N1, N2, N3], [N4, N5], [N6, N7, N8], [N9, N10, N11, N12], [N13, N14]),
    "events": [
        event("ACCUSE", SDNY, GUPTA, N1, mode="allege", date="2023-11-29", location="New York",
              location_country="USA"),
        event("ACCUSE", SDNY, CC1, N1, mode="allege", date="2023-11-29", location="New York",
              location_country="USA"),
        event("COERCE", CZE_AUTH, GUPTA, N2, mode="arrest", date="2023-06-30", location_country="CZE"),
        event("REQUEST", USA_GOV_P, CZE_GOV, N2, mode="yield"),
        event("ACCUSE", SDNY, GUPTA, N4, mode="allege"),
        event("ACCUSE", WILLIAMS, GUPTA, N5, mode="allege"),
        event("ACCUSE", IND_MEA, CC1, N6, mode="investigate"),
        event("ACCUSE", WHITE_HOUSE, IND_GOV_P, N8, mode="disapprove"),
        event("ACCUSE", TRUDEAU, IND_GOV_P, N9, mode="allege"),
        event("REQUEST", TRUDEAU, IND_GOV_P, N9),
        event("ACCUSE", TRUDEAU, IND_GOV_P, N10, mode="allege"),
        event("SANCTION", CAN_GOV_P, IND_GOV_P, N12, mode="expel"),
        event("SANCTION", IND_GOV_P, CAN_GOV_P, N12, mode="expel"),
        event("ACCUSE", PANNUN, IND_GOV_P, N13, mode="allege"),
        event("ACCUSE", IND_GOV_P, PANNUN, N14, mode="allege"),
    ],
    "quotes": [
        quote("the plot was directed by an Indian government official",
              "United States Attorney's Office for the Southern District of New York", "indirect"),
        quote("Nikhil Gupta, 52, was arrested in the Czech Republic on June 30 at the request of the United States "
              "and is awaiting extradition", "United States Attorney's Office for the Southern District of New York",
              "indirect"),
        quote("Gupta paid $15,000 in cash as an advance to a man he believed was a hitman but who was in fact an "
              "undercover U.S. law enforcement officer",
              "United States Attorney's Office for the Southern District of New York", "indirect"),
        quote("The defendant conspired from India to assassinate, right here in New York City, a U.S. citizen of "
              "Indian origin", "Damian Williams", "direct"),
        quote("a high-level committee set up on Nov. 18 was investigating the information shared by Washington",
              "Ministry of External Affairs of India", "indirect"),
        quote("a matter of concern", "Arindam Bagchi", "direct"),
        quote("contrary to government policy", "Arindam Bagchi", "direct"),
        quote("at the senior-most levels", "White House", "direct"),
        quote("it had raised the matter \"at the senior-most levels\" of the Indian government", "White House",
              "indirect"),
        quote("the U.S. charges underlined what Ottawa had been saying all along", "Justin Trudeau", "indirect"),
        quote("credible allegations", "Justin Trudeau", "direct"),
        quote("there were \"credible allegations\" linking agents of the Indian government to the killing of Sikh "
              "separatist Hardeep Singh Nijjar in British Columbia", "Justin Trudeau", "indirect"),
        quote("absurd", "Government of India", "direct"),
        quote("transnational terrorism", "Gurpatwant Singh Pannun", "direct"),
        quote("the case showed India's \"transnational terrorism\" had reached American soil",
              "Gurpatwant Singh Pannun", "indirect"),
    ],
    "entities": [
        entity("New York City", "LOC", "USA", ["NEW YORK", "New York City"]),
        entity("United States Attorney's Office for the Southern District of New York", "ORG", "USA",
               ["U.S. federal prosecutors", "Prosecutors"]),
        entity("Nikhil Gupta", "PER", "IND", ["an Indian man", "Nikhil Gupta, 52", "Gupta", "he",
                                              "The defendant"]),
        entity("Gurpatwant Singh Pannun", "PER", "USA",
               ["a Sikh separatist leader", "the intended victim", "him", "Gurpatwant Singh Pannun",
                "a U.S. citizen of Indian origin", "Pannun"]),
        entity("Indian government official (CC-1)", "PER", "IND", ["an Indian government official",
                                                                    "an Indian official"]),
        entity("Czech Republic", "LOC", "CZE", ["the Czech Republic"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("United States District Court for the Southern District of New York", "ORG", "USA",
               ["Manhattan federal court"]),
        entity("Sikh state (Khalistan)", "LOC", "IND", ["an independent Sikh state"]),
        entity("undercover U.S. law enforcement officer", "PER", "USA",
               ["a man he believed was a hitman", "an undercover U.S. law enforcement officer"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Damian Williams", "PER", "USA", ["U.S. Attorney Damian Williams"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["India's foreign ministry"]),
        entity("Indian high-level inquiry committee", "ORG", "IND", ["a high-level committee"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Arindam Bagchi", "PER", "IND", ["Spokesman Arindam Bagchi"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("Government of India", "ORG", "IND", ["the Indian government", "New Delhi", "India"]),
        entity("Justin Trudeau", "PER", "CAN", ["Canadian Prime Minister Justin Trudeau", "Trudeau"]),
        entity("Government of Canada", "ORG", "CAN", ["Ottawa"]),
        entity("Parliament of Canada", "ORG", "CAN", ["parliament"]),
        entity("Indian government agents", "PER", "IND", ["agents of the Indian government"]),
        entity("Hardeep Singh Nijjar", "PER", "CAN", ["Sikh separatist Hardeep Singh Nijjar"]),
        entity("British Columbia", "LOC", "CAN", ["British Columbia"]),
        entity("Sikhs for Justice", "ORG", "USA", ["the group Sikhs for Justice"]),
        entity("The Associated Press", "ORG", "USA", ["The Associated Press"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
