"""Round 370: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm370-de-01: Senegal: an investigating judge of the financial judicial pool sends APR MP Farba Ngom, a close ally of Macky Sall, to pre-trial detention on money-laundering charges; the CENTIF alert and the lifting of his immunity at the justice minister's request, the APR and its spokesman speak of political persecution, supporters tear-gassed and detained outside the court, government spokesman Sarré denies, businessman Tahirou Sarr detained, ex-ministers investigated, Sall's accusation over the audit report, his lawyers ask for release (2025-02-28).
- hm370-de-02: Kenya: police tear gas hits KMPDU secretary general Davji Atellah during a march of striking doctors to the health ministry in Nairobi; the strike since 14 March and the 2017 agreement, Ruto rejects the demands, Nakhumicha accuses the strikers, the Council of Governors threatens dismissals, the labour court's call for talks, failed talks mediated by Koskei, Miskellah's defiance, the LSK condemns and IPOA opens an inquiry (2024-04-04).
- hm370-de-03: Comoros: opposition supporters riot in Moroni after Azali Assoumani's re-election is announced; security forces fire tear gas, one dead, Interior Minister Fakridine Mahamoud imposes a night curfew on Grande Comore and threatens arrests, the five rival candidates reject the result, allege fraud and ask the Supreme Court to annul it, Salim Issa Abdillah speaks of a robbery, Msaidié accuses the opposition, arrests, internet cut, the AU observers' criticism and the AU's call for restraint (2024-01-18).
- hm370-de-04: Zimbabwe: police arrest activists Namatai Kwekweza, Robson Chere, Samuel Gwenzi and Vusumuzi Moyo at Harare airport two weeks before the SADC summit; charges over an unauthorised rally, Nyathi warns against disrupting the summit, lawyers allege beatings, ARTUZ speaks of a state abduction, Amnesty and Khanyo Farisè demand their release, earlier arrests of Jameson Timba and 78 supporters, Mangwana accuses critics, protest ban during the summit (2024-08-01).
- hm370-en-01: UN/Sudan: the Security Council demands that the RSF end its siege of El Fasher and calls on both warring parties to stop fighting, 14-0 with Russia abstaining; MSF's account of the South Hospital attack, Woodward urges the RSF, Thomas-Greenfield accuses the RSF and both sides, Sudan's envoy welcomes the text and accuses the UAE, Evstigneeva accuses Britain and the US, the RSF accuses the army and allied militias (2024-06-13).
- hm370-en-02: Nigeria: the Supreme Court rules that state governors acted unconstitutionally by withholding local government funds and orders direct payment to the 774 councils; Agim's lead judgment, Fagbemi's suit against the 36 governors, the states' objection rejected, Tinubu, NULGE and Atiku welcome the ruling, the Governors' Forum withholds comment, Fagbemi pledges direct payments (2024-07-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm370-de-01 (Senegal, Farba Ngom detained)
SEN_PJF = actor("Financial Judicial Pool of Senegal", "SEN", "JUD")
NGOM = actor("Farba Ngom", "SEN", "OPP")
SEN_PROSECUTORS = actor("Prosecutor's Office of the Financial Judicial Pool of Senegal", "SEN", "JUD")
SEN_ASSEMBLY = actor("National Assembly of Senegal", "SEN", "LEG")
DIAGNE = actor("Ousmane Diagne", "SEN", "GOV")
APR = actor("Alliance for the Republic", "SEN", "PTY")
APR_SPOKESMAN = actor("spokesperson of the Alliance for the Republic", "SEN", "PTY")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
NGOM_SUPPORTERS = actor("supporters of Farba Ngom", "SEN", "CVL")
SEN_POLICE = actor("Senegalese police", "SEN", "COP")
SARR = actor("Tahirou Sarr", "SEN", "BUS")
SALL_MINISTERS = actor("former ministers of Macky Sall", "SEN", "OPP")
SALL = actor("Macky Sall", "SEN", "OPP")
NGOM_LAWYERS = actor("lawyers of Farba Ngom", "SEN", "CVL")

F1 = ("Dakar (dpa) - In Senegal ist ein enger Vertrauter des früheren Präsidenten Macky Sall wegen "
      "Geldwäscheverdachts in Untersuchungshaft genommen worden.")
F2 = ("Ein Untersuchungsrichter des auf Finanzdelikte spezialisierten Justizpools in Dakar habe am Donnerstag nach einer "
      "mehrstündigen Vernehmung Haftbefehl gegen den Abgeordneten Farba Ngom erlassen, sagte einer seiner Anwälte.")
F3 = ("Die Staatsanwaltschaft wirft dem Bürgermeister der Gemeinde Agnam im Norden des Landes Geldwäsche im Rahmen einer "
      "kriminellen Vereinigung, Betrug und die Veruntreuung öffentlicher Gelder vor.")
F4 = ("Nach Angaben der Ermittler geht es um verdächtige Geldflüsse von rund 125 Milliarden CFA-Franc (etwa 190 "
      "Millionen Euro), auf die die Finanzermittlungsstelle Centif die Justiz aufmerksam gemacht hatte.")
F5 = ("Die Nationalversammlung hatte Ende Januar auf Antrag des Justizministers die parlamentarische Immunität des "
      "Politikers von Salls Partei Allianz für die Republik (APR) aufgehoben.")
F6 = ("Ngom gilt als einer der engsten Weggefährten Salls, der das westafrikanische Land von 2012 bis 2024 regierte und "
      "inzwischen in Marokko lebt.")
F7 = ("Die APR sprach von einer „politischen Abrechnung“ und warf der Regierung von Premierminister Ousmane Sonko vor, "
      "die Justiz als Waffe gegen die Opposition einzusetzen.")
F8 = ("„Farba Ngom ist ein politischer Gefangener, und das weiß jeder in diesem Land“, sagte ein Sprecher der Partei vor "
      "dem Gerichtsgebäude.")
F9 = ("Dutzende Anhänger des Abgeordneten hatten sich dort am Abend versammelt, um gegen seine Inhaftierung zu "
      "protestieren.")
F10 = ("Die Polizei drängte sie mit Tränengas zurück und nahm nach Angaben von Augenzeugen mehrere Menschen fest.")
F11 = "Regierungssprecher Moustapha Njekk Sarré wies den Vorwurf politischer Verfolgung zurück."
F12 = ("Die Justiz arbeite unabhängig, und niemand in Senegal stehe über dem Gesetz, sagte er im Staatsrundfunk.")
F13 = ("Die seit April 2024 amtierende Regierung hat die Aufarbeitung mutmaßlicher Korruption unter Sall zu einer ihrer "
       "Prioritäten erklärt.")
F14 = ("Im Zusammenhang mit dem Fall Ngom sitzt bereits der Geschäftsmann Tahirou Sarr in Untersuchungshaft.")
F15 = ("Gegen mehrere frühere Minister Salls wird wegen der Verwendung von Geldern aus einem Corona-Hilfsfonds "
       "ermittelt.")
F16 = ("Sall selbst hatte der Regierung vor zwei Wochen vorgeworfen, mit einem Bericht des Rechnungshofs über angeblich "
       "verschleierte Staatsschulden seine Bilanz zu beschmutzen.")
F17 = "Ngoms Anwälte beantragten noch am Donnerstagabend seine Freilassung unter Auflagen."

DE01 = {
    "id": "hm370-de-01", "lang": "de", "url": None, "published": "2025-02-28",
    "title": "Vertrauter von Senegals Ex-Präsident Sall in Untersuchungshaft",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6], [F7, F8, F9, F10], [F11, F12, F13], [F14, F15, F16], [F17]),
    "events": [
        event("COERCE", SEN_PJF, NGOM, F1, mode="arrest", location_country="SEN"),
        event("COERCE", SEN_PJF, NGOM, F2, mode="arrest", date="2025-02-27", location="Dakar",
              location_country="SEN"),
        event("ACCUSE", SEN_PROSECUTORS, NGOM, F3, mode="allege"),
        event("COERCE", SEN_ASSEMBLY, NGOM, F5, mode="restrict"),
        event("REQUEST", DIAGNE, SEN_ASSEMBLY, F5, mode="change"),
        event("ACCUSE", APR, SEN_GOV, F7, mode="disapprove"),
        event("ACCUSE", APR_SPOKESMAN, SEN_GOV, F8, mode="disapprove", location="Dakar", location_country="SEN"),
        event("PROTEST", NGOM_SUPPORTERS, None, F9, mode="demo", date="2025-02-27", location="Dakar",
              location_country="SEN"),
        event("ASSAULT", SEN_POLICE, NGOM_SUPPORTERS, F10, mode="crowd-control", date="2025-02-27", location="Dakar",
              location_country="SEN"),
        event("COERCE", SEN_POLICE, NGOM_SUPPORTERS, F10, mode="arrest", date="2025-02-27", location="Dakar",
              location_country="SEN"),
        event("COERCE", SEN_PJF, SARR, F14, mode="arrest"),
        event("ACCUSE", SEN_PROSECUTORS, SALL_MINISTERS, F15, mode="investigate"),
        event("ACCUSE", SALL, SEN_GOV, F16, mode="disapprove"),
        event("REQUEST", NGOM_LAWYERS, SEN_PJF, F17, mode="yield", date="2025-02-27"),
    ],
    "quotes": [
        quote("Ein Untersuchungsrichter des auf Finanzdelikte spezialisierten Justizpools in Dakar habe am Donnerstag "
              "nach einer mehrstündigen Vernehmung Haftbefehl gegen den Abgeordneten Farba Ngom erlassen",
              "lawyer of Farba Ngom", "indirect"),
        quote("Nach Angaben der Ermittler geht es um verdächtige Geldflüsse von rund 125 Milliarden CFA-Franc (etwa 190 "
              "Millionen Euro), auf die die Finanzermittlungsstelle Centif die Justiz aufmerksam gemacht hatte",
              "Senegalese investigators", "indirect"),
        quote("politischen Abrechnung", "Alliance for the Republic", "direct"),
        quote("die Justiz als Waffe gegen die Opposition einzusetzen", "Alliance for the Republic", "indirect"),
        quote("Farba Ngom ist ein politischer Gefangener, und das weiß jeder in diesem Land",
              "spokesperson of the Alliance for the Republic", "direct"),
        quote("Die Polizei drängte sie mit Tränengas zurück und nahm nach Angaben von Augenzeugen mehrere Menschen fest",
              "eyewitnesses", "indirect"),
        quote("Die Justiz arbeite unabhängig, und niemand in Senegal stehe über dem Gesetz", "Moustapha Njekk Sarré",
              "indirect"),
        quote("mit einem Bericht des Rechnungshofs über angeblich verschleierte Staatsschulden seine Bilanz zu "
              "beschmutzen", "Macky Sall", "indirect"),
    ],
    "entities": [
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("Senegal", "LOC", "SEN", ["Senegal", "des Landes", "das westafrikanische Land", "diesem Land"]),
        entity("Macky Sall", "PER", "SEN", ["des früheren Präsidenten Macky Sall", "Salls", "Sall"]),
        entity("Farba Ngom", "PER", "SEN", ["ein enger Vertrauter des früheren Präsidenten Macky Sall",
                                            "den Abgeordneten Farba Ngom", "dem Bürgermeister der Gemeinde Agnam",
                                            "des Politikers", "Ngom", "Farba Ngom", "des Abgeordneten", "Ngoms"]),
        entity("investigating judge of the Financial Judicial Pool of Senegal", "PER", "SEN", ["Ein Untersuchungsrichter"]),
        entity("Financial Judicial Pool of Senegal", "ORG", "SEN",
               ["des auf Finanzdelikte spezialisierten Justizpools in Dakar"]),
        entity("lawyer of Farba Ngom", "PER", "SEN", ["einer seiner Anwälte"]),
        entity("Prosecutor's Office of the Financial Judicial Pool of Senegal", "ORG", "SEN", ["Die Staatsanwaltschaft"]),
        entity("Agnam", "LOC", "SEN", ["der Gemeinde Agnam"]),
        entity("Senegalese investigators", "PER", "SEN", ["der Ermittler"]),
        entity("National Financial Information Processing Unit", "ORG", "SEN", ["die Finanzermittlungsstelle Centif"]),
        entity("National Assembly of Senegal", "ORG", "SEN", ["Die Nationalversammlung"]),
        entity("Ousmane Diagne", "PER", "SEN", ["des Justizministers"]),
        entity("Alliance for the Republic", "ORG", "SEN", ["Salls Partei Allianz für die Republik (APR)", "Die APR",
                                                           "der Partei"]),
        entity("Morocco", "LOC", "MAR", ["Marokko"]),
        entity("Government of Senegal", "ORG", "SEN", ["der Regierung von Premierminister Ousmane Sonko",
                                                       "Die seit April 2024 amtierende Regierung", "der Regierung"]),
        entity("Ousmane Sonko", "PER", "SEN", ["Premierminister Ousmane Sonko"]),
        entity("spokesperson of the Alliance for the Republic", "PER", "SEN", ["ein Sprecher der Partei"]),
        entity("supporters of Farba Ngom", "PER", "SEN", ["Dutzende Anhänger des Abgeordneten", "mehrere Menschen"]),
        entity("Senegalese police", "ORG", "SEN", ["Die Polizei"]),
        entity("eyewitnesses", "PER", "SEN", ["Augenzeugen"]),
        entity("Moustapha Njekk Sarré", "PER", "SEN", ["Regierungssprecher Moustapha Njekk Sarré"]),
        entity("Radiodiffusion Télévision Sénégalaise", "ORG", "SEN", ["Staatsrundfunk"]),
        entity("Tahirou Sarr", "PER", "SEN", ["der Geschäftsmann Tahirou Sarr"]),
        entity("former ministers of Macky Sall", "PER", "SEN", ["mehrere frühere Minister Salls"]),
        entity("Court of Auditors of Senegal", "ORG", "SEN", ["des Rechnungshofs"]),
        entity("lawyers of Farba Ngom", "PER", "SEN", ["Ngoms Anwälte"]),
    ],
}

# ---------------------------------------------------------------- hm370-de-02 (Kenya, doctors' march tear-gassed)
KEN_POLICE = actor("National Police Service of Kenya", "KEN", "COP")
ATELLAH = actor("Davji Atellah", "KEN", "LAB")
KEN_DOCTORS = actor("striking Kenyan doctors", "KEN", "LAB")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
KEN_HEALTH_MINISTRY = actor("Ministry of Health of Kenya", "KEN", "GOV")
KMPDU = actor("Kenya Medical Practitioners, Pharmacists and Dentists Union", "KEN", "LAB")
RUTO = actor("William Ruto", "KEN", "GOV")
NAKHUMICHA = actor("Susan Nakhumicha", "KEN", "GOV")
COG = actor("Council of Governors of Kenya", "KEN", "GOV")
ELRC = actor("Employment and Labour Relations Court of Kenya", "KEN", "JUD")
LSK = actor("Law Society of Kenya", "KEN", "CVL")
IPOA = actor("Independent Policing Oversight Authority", "KEN", "GOV")

K1 = ("Nairobi (dpa) - Bei einem Protestmarsch streikender Ärzte in Kenias Hauptstadt Nairobi ist ein führender "
      "Gewerkschafter von einer Tränengasgranate der Polizei am Kopf getroffen worden.")
K2 = ("Der Generalsekretär der Ärztegewerkschaft KMPDU, Davji Atellah, sei in ein Krankenhaus gebracht worden und außer "
      "Lebensgefahr, teilte die Gewerkschaft am Donnerstagabend mit.")
K3 = ("Mehrere Hundert Ärztinnen und Ärzte in weißen Kitteln waren am Donnerstag vom Stadtzentrum aus zum "
      "Gesundheitsministerium gezogen.")
K4 = "Als die Menge sich dem Gebäude näherte, feuerten Polizisten Tränengas ab und trieben die Demonstranten auseinander."
K5 = "Die Ärzte in den staatlichen Krankenhäusern streiken seit dem 14. März."
K6 = ("Im Kern geht es um einen 2017 geschlossenen Tarifvertrag, der höhere Zulagen und eine bessere Ausstattung der "
      "Kliniken vorsieht, sowie um die Bezahlung angehender Ärzte im Praktischen Jahr.")
K7 = "Präsident William Ruto hatte die Forderungen der Gewerkschaft vergangene Woche zurückgewiesen."
K8 = ("„Wir können uns nicht verschulden, um Gehälter zu zahlen“, sagte er bei einer Veranstaltung im Westen des "
      "Landes.")
K9 = ("Gesundheitsministerin Susan Nakhumicha warf den Streikenden vor, Patienten als Druckmittel zu missbrauchen.")
K10 = ("Der Rat der Gouverneure, der die Bezirkskrankenhäuser verwaltet, drohte Ärzten mit der Entlassung, sollten sie "
       "nicht bis Ende der Woche an ihre Arbeitsplätze zurückkehren.")
K11 = ("Ein Arbeitsgericht hatte Regierung und Gewerkschaft bereits Mitte März aufgefordert, den Streit in "
       "Verhandlungen beizulegen.")
K12 = ("Gespräche zwischen Vertretern der Regierung und der Gewerkschaft unter Vermittlung von Felix Koskei, dem Leiter "
       "des öffentlichen Dienstes, waren am Mittwoch ohne Einigung zu Ende gegangen.")
K13 = ("„Man kann uns nicht mit Tränengas zum Schweigen bringen“, sagte der stellvertretende Generalsekretär der KMPDU, "
       "Dennis Miskellah, der Zeitung „The Standard“.")
K14 = "Die Anwaltskammer LSK verurteilte den Polizeieinsatz als unverhältnismäßig."
K15 = "Die Polizeiaufsichtsbehörde IPOA kündigte eine Untersuchung des Vorfalls an."
K16 = "In vielen öffentlichen Kliniken des ostafrikanischen Landes werden seit Wochen nur noch Notfälle behandelt."

DE02 = {
    "id": "hm370-de-02", "lang": "de", "url": None, "published": "2024-04-04",
    "title": "Kenia: Polizei setzt Tränengas gegen streikende Ärzte ein",
    "text": paragraphs([K1, K2], [K3, K4, K5, K6], [K7, K8, K9, K10], [K11, K12, K13], [K14, K15, K16]),
    "events": [
        event("ASSAULT", KEN_POLICE, ATELLAH, K1, mode="crowd-control", location="Nairobi", location_country="KEN"),
        event("PROTEST", KEN_DOCTORS, KEN_GOV, K1, mode="demo", location="Nairobi", location_country="KEN"),
        event("PROTEST", KEN_DOCTORS, KEN_HEALTH_MINISTRY, K3, mode="demo", date="2024-04-04", location="Nairobi",
              location_country="KEN"),
        event("ASSAULT", KEN_POLICE, KEN_DOCTORS, K4, mode="crowd-control", date="2024-04-04", location="Nairobi",
              location_country="KEN"),
        event("PROTEST", KEN_DOCTORS, KEN_GOV, K5, mode="strike", location_country="KEN"),
        event("REJECT", RUTO, KMPDU, K7, mode=None),
        event("REJECT", RUTO, KMPDU, K8, mode=None),
        event("ACCUSE", NAKHUMICHA, KEN_DOCTORS, K9, mode="disapprove"),
        event("THREATEN", COG, KEN_DOCTORS, K10, mode=None),
        event("REQUEST", ELRC, KEN_GOV, K11, mode="meet"),
        event("REQUEST", ELRC, KMPDU, K11, mode="meet"),
        event("CONSULT", KEN_GOV, KMPDU, K12, mode=None, date="2024-04-03"),
        event("AGREE", KEN_GOV, KMPDU, K12, mode=None, date="2024-04-03", negated=True),
        event("ACCUSE", LSK, KEN_POLICE, K14, mode="disapprove"),
        event("ACCUSE", IPOA, KEN_POLICE, K15, mode="investigate"),
    ],
    "quotes": [
        quote("Der Generalsekretär der Ärztegewerkschaft KMPDU, Davji Atellah, sei in ein Krankenhaus gebracht worden "
              "und außer Lebensgefahr", "Kenya Medical Practitioners, Pharmacists and Dentists Union", "indirect"),
        quote("Wir können uns nicht verschulden, um Gehälter zu zahlen", "William Ruto", "direct"),
        quote("Patienten als Druckmittel zu missbrauchen", "Susan Nakhumicha", "indirect"),
        quote("Man kann uns nicht mit Tränengas zum Schweigen bringen", "Dennis Miskellah", "direct"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["Kenias Hauptstadt Nairobi"]),
        entity("Kenya", "LOC", "KEN", ["Kenias", "des Landes", "des ostafrikanischen Landes"]),
        entity("striking Kenyan doctors", "PER", "KEN", ["streikender Ärzte",
                                                         "Mehrere Hundert Ärztinnen und Ärzte in weißen Kitteln",
                                                         "die Menge", "die Demonstranten",
                                                         "Die Ärzte in den staatlichen Krankenhäusern",
                                                         "den Streikenden", "Ärzten"]),
        entity("Davji Atellah", "PER", "KEN", ["ein führender Gewerkschafter",
                                               "Der Generalsekretär der Ärztegewerkschaft KMPDU, Davji Atellah"]),
        entity("National Police Service of Kenya", "ORG", "KEN", ["der Polizei", "Polizisten"]),
        entity("Kenya Medical Practitioners, Pharmacists and Dentists Union", "ORG", "KEN",
               ["der Ärztegewerkschaft KMPDU", "die Gewerkschaft", "der Gewerkschaft", "Gewerkschaft", "der KMPDU"]),
        entity("Ministry of Health of Kenya", "ORG", "KEN", ["Gesundheitsministerium", "dem Gebäude"]),
        entity("William Ruto", "PER", "KEN", ["Präsident William Ruto"]),
        entity("Susan Nakhumicha", "PER", "KEN", ["Gesundheitsministerin Susan Nakhumicha"]),
        entity("Council of Governors of Kenya", "ORG", "KEN", ["Der Rat der Gouverneure"]),
        entity("Employment and Labour Relations Court of Kenya", "ORG", "KEN", ["Ein Arbeitsgericht"]),
        entity("Government of Kenya", "ORG", "KEN", ["Regierung", "Vertretern der Regierung"]),
        entity("Felix Koskei", "PER", "KEN", ["Felix Koskei, dem Leiter des öffentlichen Dienstes"]),
        entity("Dennis Miskellah", "PER", "KEN", ["der stellvertretende Generalsekretär der KMPDU, Dennis Miskellah"]),
        entity("The Standard", "ORG", "KEN", ["The Standard"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["Die Anwaltskammer LSK"]),
        entity("Independent Policing Oversight Authority", "ORG", "KEN", ["Die Polizeiaufsichtsbehörde IPOA"]),
    ],
}

# ---------------------------------------------------------------- hm370-de-03 (Comoros, unrest after Azali's re-election)
COM_PROTESTERS = actor("opposition protesters in Moroni", "COM", "CVL")
COM_GOV = actor("Government of the Comoros", "COM", "GOV")
COM_SECURITY = actor("Comorian security forces", "COM", "COP")
FAKRIDINE = actor("Fakridine Mahamoud", "COM", "GOV")
COM_CANDIDATES = actor("Comorian opposition candidates", "COM", "OPP")
CENI_COM = actor("Independent National Electoral Commission of the Comoros", "COM", "GOV")
SALIM = actor("Salim Issa Abdillah", "COM", "OPP")
COM_SUPREME_COURT = actor("Supreme Court of the Comoros", "COM", "JUD")
MSAIDIE = actor("Houmed Msaidié", "COM", "GOV")
COM_OPPOSITION = actor("Comorian opposition", "COM", "OPP")
COM_POLICE = actor("Comorian police", "COM", "COP")
AU_OBSERVERS = actor("African Union election observation mission to the Comoros", "IGO", "IGO")
AU = actor("African Union", "IGO", "IGO")

M1 = ("Moroni (dpa) - Nach der umstrittenen Wiederwahl von Präsident Azali Assoumani haben in der Hauptstadt der "
      "Komoren Hunderte Anhänger der Opposition Barrikaden errichtet und Reifen in Brand gesteckt.")
M2 = ("Sicherheitskräfte gingen am Mittwoch mit Tränengas gegen die Demonstranten in Moroni vor, wie Augenzeugen "
      "berichteten.")
M3 = "In mehreren Vierteln waren Schüsse zu hören."
M4 = "Nach Angaben aus Krankenhauskreisen kam ein junger Mann ums Leben, mehrere Menschen wurden verletzt."
M5 = ("Innenminister Fakridine Mahamoud verhängte am Abend eine nächtliche Ausgangssperre für die Hauptinsel Grande "
      "Comore.")
M6 = "Wer gegen die Ausgangssperre verstoße, werde festgenommen, sagte er im Staatsfernsehen."
M7 = ("Die Wahlkommission Ceni hatte Azali am Dienstagabend mit knapp 63 Prozent der Stimmen zum Sieger der "
      "Präsidentenwahl vom Sonntag erklärt.")
M8 = "Die Wahlbeteiligung lag nach offiziellen Angaben bei nur 16 Prozent."
M9 = ("Die fünf Gegenkandidaten des 65-Jährigen erkannten das Ergebnis nicht an und warfen der Regierung massiven "
      "Wahlbetrug vor.")
M10 = ("„Das ist kein Wahlergebnis, das ist ein Raubüberfall“, sagte der Kandidat der Partei Juwa, Salim Issa "
       "Abdillah.")
M11 = "Die Oppositionskandidaten forderten den Obersten Gerichtshof auf, die Wahl für ungültig zu erklären."
M12 = "Regierungssprecher Houmed Msaidié warf der Opposition vor, Jugendliche für Gewalt zu bezahlen."
M13 = "Nach Polizeiangaben wurden bis zum Abend mehr als 20 Menschen festgenommen."
M14 = "Zudem war das mobile Internet auf der Insel seit dem Nachmittag weitgehend unterbrochen."
M15 = ("Azali, der 1999 durch einen Putsch an die Macht gekommen war, regiert den Inselstaat im Indischen Ozean seit "
       "2016 ohne Unterbrechung.")
M16 = ("Die Beobachtermission der Afrikanischen Union hatte den Ablauf der Abstimmung als weitgehend ruhig bezeichnet, "
       "aber Unregelmäßigkeiten bei der Auszählung bemängelt.")
M17 = "Die Afrikanische Union rief Regierung und Opposition zur Zurückhaltung auf."

DE03 = {
    "id": "hm370-de-03", "lang": "de", "url": None, "published": "2024-01-18",
    "title": "Proteste und Ausgangssperre nach Azalis Wiederwahl auf den Komoren",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6], [M7, M8, M9, M10, M11], [M12, M13, M14], [M15, M16, M17]),
    "events": [
        event("PROTEST", COM_PROTESTERS, COM_GOV, M1, mode="riot", location="Moroni", location_country="COM"),
        event("ASSAULT", COM_SECURITY, COM_PROTESTERS, M2, mode="crowd-control", date="2024-01-17",
              location="Moroni", location_country="COM"),
        event("COERCE", FAKRIDINE, None, M5, mode="curfew", date="2024-01-17", location="Grande Comore",
              location_country="COM"),
        event("THREATEN", FAKRIDINE, None, M6, mode="arrest"),
        event("REJECT", COM_CANDIDATES, CENI_COM, M9, mode=None),
        event("ACCUSE", COM_CANDIDATES, COM_GOV, M9, mode="allege"),
        event("ACCUSE", SALIM, COM_GOV, M10, mode="disapprove"),
        event("REQUEST", COM_CANDIDATES, COM_SUPREME_COURT, M11, mode="change"),
        event("ACCUSE", MSAIDIE, COM_OPPOSITION, M12, mode="allege"),
        event("COERCE", COM_POLICE, COM_PROTESTERS, M13, mode="arrest", location_country="COM"),
        event("ACCUSE", AU_OBSERVERS, CENI_COM, M16, mode="disapprove"),
        event("REQUEST", AU, COM_GOV, M17, mode=None),
        event("REQUEST", AU, COM_OPPOSITION, M17, mode=None),
    ],
    "quotes": [
        quote("Sicherheitskräfte gingen am Mittwoch mit Tränengas gegen die Demonstranten in Moroni vor", "eyewitnesses",
              "indirect"),
        quote("Nach Angaben aus Krankenhauskreisen kam ein junger Mann ums Leben, mehrere Menschen wurden verletzt",
              "hospital sources in Moroni", "indirect"),
        quote("Wer gegen die Ausgangssperre verstoße, werde festgenommen", "Fakridine Mahamoud", "indirect"),
        quote("Die Wahlbeteiligung lag nach offiziellen Angaben bei nur 16 Prozent",
              "Independent National Electoral Commission of the Comoros", "indirect"),
        quote("Das ist kein Wahlergebnis, das ist ein Raubüberfall", "Salim Issa Abdillah", "direct"),
        quote("Jugendliche für Gewalt zu bezahlen", "Houmed Msaidié", "indirect"),
        quote("Nach Polizeiangaben wurden bis zum Abend mehr als 20 Menschen festgenommen", "Comorian police",
              "indirect"),
    ],
    "entities": [
        entity("Moroni", "LOC", "COM", ["Moroni", "der Hauptstadt der Komoren"]),
        entity("Comoros", "LOC", "COM", ["der Komoren", "den Inselstaat im Indischen Ozean"]),
        entity("Azali Assoumani", "PER", "COM", ["Präsident Azali Assoumani", "Azali", "des 65-Jährigen"]),
        entity("opposition protesters in Moroni", "PER", "COM", ["Hunderte Anhänger der Opposition",
                                                                 "die Demonstranten in Moroni",
                                                                 "mehr als 20 Menschen"]),
        entity("Comorian security forces", "ORG", "COM", ["Sicherheitskräfte"]),
        entity("eyewitnesses", "PER", "COM", ["Augenzeugen"]),
        entity("hospital sources in Moroni", "PER", "COM", ["Krankenhauskreisen"]),
        entity("young man killed in Moroni", "PER", "COM", ["ein junger Mann"]),
        entity("Fakridine Mahamoud", "PER", "COM", ["Innenminister Fakridine Mahamoud"]),
        entity("Grande Comore", "LOC", "COM", ["die Hauptinsel Grande Comore", "der Insel"]),
        entity("Office de Radio et Télévision des Comores", "ORG", "COM", ["Staatsfernsehen"]),
        entity("Independent National Electoral Commission of the Comoros", "ORG", "COM", ["Die Wahlkommission Ceni"]),
        entity("Comorian opposition candidates", "PER", "COM", ["Die fünf Gegenkandidaten des 65-Jährigen",
                                                                "Die Oppositionskandidaten"]),
        entity("Government of the Comoros", "ORG", "COM", ["der Regierung", "Regierung"]),
        entity("Salim Issa Abdillah", "PER", "COM", ["der Kandidat der Partei Juwa, Salim Issa Abdillah"]),
        entity("Juwa", "ORG", "COM", ["der Partei Juwa"]),
        entity("Supreme Court of the Comoros", "ORG", "COM", ["den Obersten Gerichtshof"]),
        entity("Houmed Msaidié", "PER", "COM", ["Regierungssprecher Houmed Msaidié"]),
        entity("Comorian opposition", "ORG", "COM", ["der Opposition", "Opposition"]),
        entity("Comorian police", "ORG", "COM", ["Polizeiangaben"]),
        entity("Indian Ocean", "LOC", None, ["Indischen Ozean"]),
        entity("African Union election observation mission to the Comoros", "ORG", "IGO",
               ["Die Beobachtermission der Afrikanischen Union"]),
        entity("African Union", "ORG", "IGO", ["der Afrikanischen Union", "Die Afrikanische Union"]),
    ],
}

# ---------------------------------------------------------------- hm370-de-04 (Zimbabwe, activists held before SADC summit)
ZWE_POLICE = actor("Zimbabwe Republic Police", "ZWE", "COP")
ZWE_FOUR = actor("four activists arrested at Harare airport", "ZWE", "CVL")
KWEKWEZA = actor("Namatai Kwekweza", "ZWE", "CVL")
CHERE = actor("Robson Chere", "ZWE", "LAB")
GWENZI = actor("Samuel Gwenzi", "ZWE", "CVL")
MOYO = actor("Vusumuzi Moyo", "ZWE", "CVL")
NYATHI = actor("Paul Nyathi", "ZWE", "COP")
ZWE_LAWYERS = actor("lawyers of the arrested activists", "ZWE", "CVL")
ARTUZ = actor("Amalgamated Rural Teachers Union of Zimbabwe", "ZWE", "LAB")
ZWE_GOV = actor("Government of Zimbabwe", "ZWE", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
FARISE = actor("Khanyo Farisè", "NGO", "NGO")
ZWE_OPP_ACTIVISTS = actor("Zimbabwean opposition members and activists", "ZWE", "OPP")
TIMBA = actor("Jameson Timba", "ZWE", "OPP")
TIMBA_SUPPORTERS = actor("supporters of Jameson Timba", "ZWE", "OPP")
MANGWANA = actor("Nick Mangwana", "ZWE", "GOV")
ZWE_CRITICS = actor("critics of Zimbabwe's government", "ZWE", "CVL")

Z1 = ("Harare (dpa) - Gut zwei Wochen vor einem Gipfeltreffen der Entwicklungsgemeinschaft des südlichen Afrika (SADC) "
      "in Simbabwe hat die Polizei vier bekannte Aktivisten am Flughafen der Hauptstadt Harare festgenommen.")
Z2 = ("Unter den Festgenommenen sind die Jugendaktivistin Namatai Kwekweza und der Lehrergewerkschafter Robson Chere "
      "sowie Samuel Gwenzi und Vusumuzi Moyo, wie die Organisation Zimbabwe Lawyers for Human Rights (ZLHR) mitteilte.")
Z3 = ("Die vier waren am Mittwochnachmittag kurz vor dem Abflug einer Maschine nach Kapstadt von Beamten in Zivil "
      "abgeführt worden.")
Z4 = ("Die Polizei wirft ihnen vor, an einer nicht genehmigten Kundgebung teilgenommen und zu öffentlicher Gewalt "
      "aufgerufen zu haben.")
Z5 = ("Wer versuche, den Gipfel zu stören, werde die volle Härte des Gesetzes zu spüren bekommen, sagte "
      "Polizeisprecher Paul Nyathi.")
Z6 = ("Die Anwälte der Aktivisten berichteten, ihre Mandanten seien in Polizeigewahrsam geschlagen und stundenlang ohne "
      "Rechtsbeistand verhört worden.")
Z7 = "Die Polizei wies die Vorwürfe zurück."
Z8 = "Die Lehrergewerkschaft ARTUZ, deren Generalsekretär Chere ist, sprach von einer „Entführung durch den Staat“."
Z9 = "Amnesty International forderte die sofortige und bedingungslose Freilassung der vier."
Z10 = ("„Die Festnahmen sind ein durchsichtiger Versuch, vor dem SADC-Gipfel jede Kritik zum Schweigen zu bringen“, "
       "erklärte die stellvertretende Amnesty-Regionaldirektorin für das östliche und südliche Afrika, Khanyo Farisè.")
Z11 = ("Seit Mitte Juni sind in Simbabwe Dutzende Oppositionelle und Aktivisten festgenommen worden, darunter der "
       "Oppositionspolitiker Jameson Timba und 78 seiner Anhänger, die bei einem Treffen in Timbas Haus in Harare "
       "festgesetzt wurden.")
Z12 = ("Der Sprecher des Informationsministeriums, Nick Mangwana, warf Regierungskritikern vor, mit Geld aus dem Westen "
       "Unruhen während des Gipfels zu planen.")
Z13 = "Die Regierung hat für die Zeit des Gipfels alle Demonstrationen in der Hauptstadt untersagt."
Z14 = ("Präsident Emmerson Mnangagwa soll bei dem Treffen am 17. August turnusgemäß den Vorsitz der 16 Mitgliedstaaten "
       "zählenden Gemeinschaft übernehmen.")
Z15 = "Er regiert seit dem Sturz des Langzeitherrschers Robert Mugabe im Jahr 2017."

DE04 = {
    "id": "hm370-de-04", "lang": "de", "url": None, "published": "2024-08-01",
    "title": "Simbabwe: Aktivisten vor SADC-Gipfel am Flughafen festgenommen",
    "text": paragraphs([Z1, Z2, Z3], [Z4, Z5, Z6, Z7], [Z8, Z9, Z10], [Z11, Z12, Z13], [Z14, Z15]),
    "events": [
        event("COERCE", ZWE_POLICE, ZWE_FOUR, Z1, mode="arrest", location="Harare", location_country="ZWE"),
        event("COERCE", ZWE_POLICE, KWEKWEZA, Z2, mode="arrest", location="Harare", location_country="ZWE"),
        event("COERCE", ZWE_POLICE, CHERE, Z2, mode="arrest", location="Harare", location_country="ZWE"),
        event("COERCE", ZWE_POLICE, GWENZI, Z2, mode="arrest", location="Harare", location_country="ZWE"),
        event("COERCE", ZWE_POLICE, MOYO, Z2, mode="arrest", location="Harare", location_country="ZWE"),
        event("COERCE", ZWE_POLICE, ZWE_FOUR, Z3, mode="arrest", date="2024-07-31", location="Harare",
              location_country="ZWE"),
        event("ACCUSE", ZWE_POLICE, ZWE_FOUR, Z4, mode="allege"),
        event("THREATEN", NYATHI, None, Z5, mode=None),
        event("ACCUSE", ZWE_LAWYERS, ZWE_POLICE, Z6, mode="allege"),
        event("ACCUSE", ARTUZ, ZWE_GOV, Z8, mode="disapprove"),
        event("REQUEST", AMNESTY, ZWE_GOV, Z9, mode="yield"),
        event("ACCUSE", FARISE, ZWE_GOV, Z10, mode="disapprove"),
        event("COERCE", ZWE_POLICE, ZWE_OPP_ACTIVISTS, Z11, mode="arrest", location_country="ZWE"),
        event("COERCE", ZWE_POLICE, TIMBA, Z11, mode="arrest", location="Harare", location_country="ZWE"),
        event("COERCE", ZWE_POLICE, TIMBA_SUPPORTERS, Z11, mode="arrest", location="Harare", location_country="ZWE"),
        event("ACCUSE", MANGWANA, ZWE_CRITICS, Z12, mode="allege"),
        event("COERCE", ZWE_GOV, None, Z13, mode="restrict", location="Harare", location_country="ZWE"),
    ],
    "quotes": [
        quote("Unter den Festgenommenen sind die Jugendaktivistin Namatai Kwekweza und der Lehrergewerkschafter Robson "
              "Chere sowie Samuel Gwenzi und Vusumuzi Moyo", "Zimbabwe Lawyers for Human Rights", "indirect"),
        quote("an einer nicht genehmigten Kundgebung teilgenommen und zu öffentlicher Gewalt aufgerufen zu haben",
              "Zimbabwe Republic Police", "indirect"),
        quote("Wer versuche, den Gipfel zu stören, werde die volle Härte des Gesetzes zu spüren bekommen",
              "Paul Nyathi", "indirect"),
        quote("ihre Mandanten seien in Polizeigewahrsam geschlagen und stundenlang ohne Rechtsbeistand verhört worden",
              "lawyers of the arrested activists", "indirect"),
        quote("Entführung durch den Staat", "Amalgamated Rural Teachers Union of Zimbabwe", "direct"),
        quote("Die Festnahmen sind ein durchsichtiger Versuch, vor dem SADC-Gipfel jede Kritik zum Schweigen zu bringen",
              "Khanyo Farisè", "direct"),
        quote("mit Geld aus dem Westen Unruhen während des Gipfels zu planen", "Nick Mangwana", "indirect"),
    ],
    "entities": [
        entity("Harare", "LOC", "ZWE", ["der Hauptstadt Harare", "Harare", "der Hauptstadt"]),
        entity("Southern African Development Community", "ORG", "IGO",
               ["der Entwicklungsgemeinschaft des südlichen Afrika (SADC)", "SADC",
                "der 16 Mitgliedstaaten zählenden Gemeinschaft"]),
        entity("Zimbabwe", "LOC", "ZWE", ["Simbabwe"]),
        entity("Zimbabwe Republic Police", "ORG", "ZWE", ["die Polizei", "Die Polizei"]),
        entity("plainclothes police officers", "PER", "ZWE", ["Beamten in Zivil"]),
        entity("four activists arrested at Harare airport", "PER", "ZWE", ["vier bekannte Aktivisten",
                                                                           "den Festgenommenen", "Die vier", "ihnen",
                                                                           "der Aktivisten", "ihre Mandanten",
                                                                           "der vier"]),
        entity("Robert Gabriel Mugabe International Airport", "LOC", "ZWE", ["Flughafen der Hauptstadt Harare"]),
        entity("Namatai Kwekweza", "PER", "ZWE", ["die Jugendaktivistin Namatai Kwekweza"]),
        entity("Robson Chere", "PER", "ZWE", ["der Lehrergewerkschafter Robson Chere", "Chere"]),
        entity("Samuel Gwenzi", "PER", "ZWE", ["Samuel Gwenzi"]),
        entity("Vusumuzi Moyo", "PER", "ZWE", ["Vusumuzi Moyo"]),
        entity("Zimbabwe Lawyers for Human Rights", "ORG", "ZWE",
               ["die Organisation Zimbabwe Lawyers for Human Rights (ZLHR)"]),
        entity("Cape Town", "LOC", "ZAF", ["Kapstadt"]),
        entity("Paul Nyathi", "PER", "ZWE", ["Polizeisprecher Paul Nyathi"]),
        entity("lawyers of the arrested activists", "PER", "ZWE", ["Die Anwälte der Aktivisten"]),
        entity("Amalgamated Rural Teachers Union of Zimbabwe", "ORG", "ZWE", ["Die Lehrergewerkschaft ARTUZ"]),
        entity("Government of Zimbabwe", "ORG", "ZWE", ["den Staat", "Die Regierung"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "Amnesty"]),
        entity("Khanyo Farisè", "PER", "NGO", ["die stellvertretende Amnesty-Regionaldirektorin für das östliche und "
                                               "südliche Afrika, Khanyo Farisè"]),
        entity("Zimbabwean opposition members and activists", "PER", "ZWE", ["Dutzende Oppositionelle und Aktivisten"]),
        entity("Jameson Timba", "PER", "ZWE", ["der Oppositionspolitiker Jameson Timba", "Timbas"]),
        entity("supporters of Jameson Timba", "PER", "ZWE", ["78 seiner Anhänger"]),
        entity("Nick Mangwana", "PER", "ZWE", ["Der Sprecher des Informationsministeriums, Nick Mangwana"]),
        entity("Ministry of Information of Zimbabwe", "ORG", "ZWE", ["des Informationsministeriums"]),
        entity("critics of Zimbabwe's government", "PER", "ZWE", ["Regierungskritikern"]),
        entity("Western countries", "LOC", None, ["dem Westen"]),
        entity("Emmerson Mnangagwa", "PER", "ZWE", ["Präsident Emmerson Mnangagwa", "Er"]),
        entity("Robert Mugabe", "PER", "ZWE", ["des Langzeitherrschers Robert Mugabe"]),
    ],
}

# ---------------------------------------------------------------- hm370-en-01 (UN/Sudan, resolution on El Fasher)
UNSC = actor("United Nations Security Council", "UNO", "IGO")
RSF = actor("Rapid Support Forces", "SDN", "REB")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
GUTERRES = actor("Antonio Guterres", "UNO", "IGO")
MSF = actor("Doctors Without Borders", "NGO", "NGO")
WOODWARD = actor("Barbara Woodward", "GBR", "GOV")
THOMAS_GREENFIELD = actor("Linda Thomas-Greenfield", "USA", "GOV")
HARITH = actor("Al-Harith Idriss al-Harith Mohamed", "SDN", "GOV")
UAE = actor("United Arab Emirates", "ARE", "GOV")
EVSTIGNEEVA = actor("Anna Evstigneeva", "RUS", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")
USA = actor("United States", "USA", "GOV")
SAF_ALLIES = actor("armed groups allied with the Sudanese army", "SDN", "REB")

S1 = ("UNITED NATIONS (AP) — The U.N. Security Council on Thursday demanded that Sudan's paramilitary Rapid Support "
      "Forces end their siege of El Fasher, the last city in the vast Darfur region still held by the army and its "
      "allies.")
S2 = "The British-drafted resolution was approved 14-0, with Russia abstaining."
S3 = ("It calls on both of Sudan's warring parties to immediately halt the fighting and de-escalate in and around the "
      "city, which is home to more than 1.8 million people, many of them displaced from elsewhere in Darfur.")
S4 = ("The resolution also urges all countries to refrain from outside interference that fuels conflict and "
      "instability, and reminds them of their obligation to respect a U.N. arms embargo on Darfur.")
S5 = "It asks Secretary-General Antonio Guterres to make further recommendations on protecting civilians in Sudan."
S6 = "The RSF has encircled El Fasher since early May and has repeatedly attacked army positions on the city's outskirts."
S7 = ("Doctors Without Borders said Sunday that RSF fighters had stormed the city's South Hospital, opened fire and "
      "looted it, forcing the charity to suspend its work there.")
S8 = ("British Ambassador Barbara Woodward urged the paramilitary group to heed the council's call, saying \"the people "
      "of El Fasher cannot wait any longer.\"")
S9 = ("U.S. Ambassador Linda Thomas-Greenfield accused the RSF of carrying out a campaign of ethnic cleansing against "
      "the Masalit and other non-Arab communities in West Darfur last year.")
S10 = "She also said both warring parties had committed war crimes."
S11 = ("Sudan's U.N. ambassador, Al-Harith Idriss al-Harith Mohamed, welcomed the resolution but said it should have "
       "named the countries arming the RSF, and again accused the United Arab Emirates of supplying the paramilitary "
       "group with weapons.")
S12 = "The UAE has denied the accusation."
S13 = ("Russia's deputy ambassador, Anna Evstigneeva, said Moscow had abstained because the text did not sufficiently "
       "respect Sudan's sovereignty, and accused Britain and the United States of using the council to put pressure on "
       "the government in Port Sudan.")
S14 = "There was no immediate comment from the RSF on the vote."
S15 = ("In a statement on Wednesday, the group accused the army and its allied militias of shelling residential "
       "neighborhoods in El Fasher and using civilians as human shields.")
S16 = ("The war between the army and the RSF erupted in April 2023 and has killed more than 14,000 people and driven "
       "over 10 million from their homes, according to U.N. figures.")

EN01 = {
    "id": "hm370-en-01", "lang": "en", "url": None, "published": "2024-06-13",
    "title": "UN Security Council demands Sudan's RSF end siege of El Fasher",
    "text": paragraphs([S1, S2], [S3, S4, S5], [S6, S7], [S8, S9, S10], [S11, S12, S13], [S14, S15, S16]),
    "events": [
        event("REQUEST", UNSC, RSF, S1, mode="yield", date="2024-06-13", location="New York",
              location_country="USA"),
        event("REQUEST", UNSC, SAF, S3, mode="yield"),
        event("REQUEST", UNSC, RSF, S3, mode="yield"),
        event("REQUEST", UNSC, None, S4, mode=None),
        event("REQUEST", UNSC, GUTERRES, S5, mode=None),
        event("ASSAULT", RSF, SAF, S6, mode=None, location="El Fasher", location_country="SDN"),
        event("ACCUSE", MSF, RSF, S7, mode="allege", date="2024-06-09"),
        event("REQUEST", WOODWARD, RSF, S8, mode="yield"),
        event("ACCUSE", THOMAS_GREENFIELD, RSF, S9, mode="allege"),
        event("ACCUSE", THOMAS_GREENFIELD, RSF, S10, mode="allege"),
        event("ACCUSE", THOMAS_GREENFIELD, SAF, S10, mode="allege"),
        event("SUPPORT", HARITH, UNSC, S11, mode=None),
        event("ACCUSE", HARITH, UAE, S11, mode="allege"),
        event("ACCUSE", EVSTIGNEEVA, GBR, S13, mode="allege"),
        event("ACCUSE", EVSTIGNEEVA, USA, S13, mode="allege"),
        event("ACCUSE", RSF, SAF, S15, mode="allege", date="2024-06-12"),
        event("ACCUSE", RSF, SAF_ALLIES, S15, mode="allege", date="2024-06-12"),
    ],
    "quotes": [
        quote("Sudan's paramilitary Rapid Support Forces end their siege of El Fasher",
              "United Nations Security Council", "indirect"),
        quote("RSF fighters had stormed the city's South Hospital, opened fire and looted it, forcing the charity to "
              "suspend its work there", "Doctors Without Borders", "indirect"),
        quote("the people of El Fasher cannot wait any longer", "Barbara Woodward", "direct"),
        quote("both warring parties had committed war crimes", "Linda Thomas-Greenfield", "indirect"),
        quote("it should have named the countries arming the RSF", "Al-Harith Idriss al-Harith Mohamed", "indirect"),
        quote("Moscow had abstained because the text did not sufficiently respect Sudan's sovereignty",
              "Anna Evstigneeva", "indirect"),
        quote("The war between the army and the RSF erupted in April 2023 and has killed more than 14,000 people and "
              "driven over 10 million from their homes, according to U.N. figures", "United Nations", "indirect"),
    ],
    "entities": [
        entity("United Nations Headquarters", "LOC", "USA", ["UNITED NATIONS"]),
        entity("United Nations Security Council", "ORG", "UNO", ["The U.N. Security Council", "the council"]),
        entity("Sudan", "LOC", "SDN", ["Sudan"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["Sudan's paramilitary Rapid Support Forces", "The RSF",
                                                      "the RSF", "RSF fighters", "the paramilitary group",
                                                      "the group"]),
        entity("El Fasher", "LOC", "SDN", ["El Fasher", "the city"]),
        entity("Darfur", "LOC", "SDN", ["the vast Darfur region", "Darfur"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["the army"]),
        entity("United Kingdom", "LOC", "GBR", ["British", "Britain"]),
        entity("Russia", "LOC", "RUS", ["Russia", "Moscow"]),
        entity("Antonio Guterres", "PER", "UNO", ["Secretary-General Antonio Guterres"]),
        entity("Doctors Without Borders", "ORG", "NGO", ["Doctors Without Borders", "the charity"]),
        entity("South Hospital", "LOC", "SDN", ["the city's South Hospital"]),
        entity("Barbara Woodward", "PER", "GBR", ["British Ambassador Barbara Woodward"]),
        entity("Linda Thomas-Greenfield", "PER", "USA", ["U.S. Ambassador Linda Thomas-Greenfield", "She"]),
        entity("Masalit", "PER", "SDN", ["the Masalit"]),
        entity("West Darfur", "LOC", "SDN", ["West Darfur"]),
        entity("Al-Harith Idriss al-Harith Mohamed", "PER", "SDN",
               ["Sudan's U.N. ambassador, Al-Harith Idriss al-Harith Mohamed"]),
        entity("United Arab Emirates", "LOC", "ARE", ["the United Arab Emirates", "The UAE"]),
        entity("Anna Evstigneeva", "PER", "RUS", ["Russia's deputy ambassador, Anna Evstigneeva"]),
        entity("United States", "LOC", "USA", ["the United States", "U.S."]),
        entity("Government of Sudan", "ORG", "SDN", ["the government in Port Sudan"]),
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("armed groups allied with the Sudanese army", "ORG", "SDN", ["its allied militias"]),
    ],
}

# ---------------------------------------------------------------- hm370-en-02 (Nigeria, local government autonomy ruling)
NGA_SC = actor("Supreme Court of Nigeria", "NGA", "JUD")
NGA_GOVERNORS = actor("Nigerian state governors", "NGA", "GOV")
NGA_FG = actor("Federal Government of Nigeria", "NGA", "GOV")
AGIM = actor("Emmanuel Agim", "NGA", "JUD")
NGA_STATES = actor("Nigerian state governments", "NGA", "GOV")
FAGBEMI = actor("Lateef Fagbemi", "NGA", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
NULGE = actor("Nigeria Union of Local Government Employees", "NGA", "LAB")
ATIKU = actor("Atiku Abubakar", "NGA", "OPP")
NGA_COUNCILS = actor("Nigerian local government councils", "NGA", "GOV")

N1 = ("ABUJA, Nigeria (AP) — Nigeria's Supreme Court ruled on Thursday that state governors have acted "
      "unconstitutionally by withholding and spending funds meant for the country's 774 local government councils.")
N2 = ("In a judgment backed by six of the seven justices on the panel, the court ordered the federal government to pay "
      "the councils' share of federal revenue directly into their own accounts instead of through joint accounts "
      "controlled by the states.")
N3 = ("The justices also declared it unconstitutional for governors to dissolve democratically elected councils and "
      "replace them with caretaker committees of their own choosing.")
N4 = ("\"It is the stark reality that for more than two decades, state governments have failed to allow democratically "
      "elected local governments to function,\" Justice Emmanuel Agim said in reading the lead judgment.")
N5 = ("Attorney General Lateef Fagbemi filed the suit in May on behalf of the federal government against all 36 state "
      "governors, accusing them of abusing their powers and starving the councils of money.")
N6 = ("Lawyers for several states had argued that the federal government had no right to bring the case and asked the "
      "court to throw it out.")
N7 = "The justices rejected that argument."
N8 = ("President Bola Tinubu welcomed the ruling, saying in a statement that it would bring \"development closer to "
      "the people\" in rural areas.")
N9 = ("The Nigeria Union of Local Government Employees, which had campaigned for council autonomy for years, hailed the "
      "judgment as \"a victory for the grassroots\" and urged governors to comply immediately.")
N10 = "The Nigeria Governors' Forum said it would study the judgment before making any comment."
N11 = ("Opposition leader Atiku Abubakar, who lost last year's presidential election to Tinubu, also welcomed the "
       "decision but warned that \"the real test is implementation.\"")
N12 = ("Under Nigeria's constitution, federal allocations for local governments are paid into joint accounts managed by "
       "the states.")
N13 = ("Critics have long said that governors use the system to divert council money and to keep loyalists in charge "
       "through appointed caretaker committees, and that many councils cannot even pay their staff.")
N14 = ("Fagbemi told reporters outside the court that the federal government would begin paying the councils directly "
       "as soon as possible.")
N15 = ("It was not immediately clear how quickly the ruling would be implemented in the 36 states, several of which "
       "currently have no elected councils.")

EN02 = {
    "id": "hm370-en-02", "lang": "en", "url": None, "published": "2024-07-11",
    "title": "Nigeria's Supreme Court bars governors from controlling local government funds",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10, N11], [N12, N13], [N14, N15]),
    "events": [
        event("SANCTION", NGA_SC, NGA_GOVERNORS, N1, mode="convict", date="2024-07-11", location="Abuja",
              location_country="NGA"),
        event("REQUEST", NGA_SC, NGA_FG, N2, mode="change"),
        event("SANCTION", NGA_SC, NGA_GOVERNORS, N3, mode="convict"),
        event("ACCUSE", AGIM, NGA_STATES, N4, mode="disapprove"),
        event("ACCUSE", FAGBEMI, NGA_GOVERNORS, N5, mode="allege"),
        event("REQUEST", NGA_STATES, NGA_SC, N6, mode=None),
        event("REJECT", NGA_SC, NGA_STATES, N7, mode=None),
        event("SUPPORT", TINUBU, NGA_SC, N8, mode=None),
        event("SUPPORT", NULGE, NGA_SC, N9, mode=None),
        event("REQUEST", NULGE, NGA_GOVERNORS, N9, mode="change"),
        event("SUPPORT", ATIKU, NGA_SC, N11, mode=None),
        event("AGREE", FAGBEMI, NGA_COUNCILS, N14, mode=None, location="Abuja", location_country="NGA"),
    ],
    "quotes": [
        quote("state governors have acted unconstitutionally by withholding and spending funds meant for the country's "
              "774 local government councils", "Supreme Court of Nigeria", "indirect"),
        quote("It is the stark reality that for more than two decades, state governments have failed to allow "
              "democratically elected local governments to function", "Emmanuel Agim", "direct"),
        quote("the federal government had no right to bring the case", "lawyers for Nigerian states", "indirect"),
        quote("development closer to the people", "Bola Tinubu", "direct"),
        quote("it would bring \"development closer to the people\" in rural areas", "Bola Tinubu", "indirect"),
        quote("a victory for the grassroots", "Nigeria Union of Local Government Employees", "direct"),
        quote("it would study the judgment before making any comment", "Nigeria Governors' Forum", "indirect"),
        quote("the real test is implementation", "Atiku Abubakar", "direct"),
        quote("governors use the system to divert council money and to keep loyalists in charge through appointed "
              "caretaker committees, and that many councils cannot even pay their staff",
              "critics of Nigeria's state governors", "indirect"),
        quote("the federal government would begin paying the councils directly as soon as possible", "Lateef Fagbemi",
              "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["ABUJA"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria", "the country's"]),
        entity("Supreme Court of Nigeria", "ORG", "NGA", ["Nigeria's Supreme Court", "the court", "The justices",
                                                          "the panel"]),
        entity("Nigerian state governors", "PER", "NGA", ["state governors", "governors", "all 36 state governors",
                                                          "them"]),
        entity("Nigerian local government councils", "ORG", "NGA", ["the country's 774 local government councils",
                                                                    "the councils", "councils"]),
        entity("Federal Government of Nigeria", "ORG", "NGA", ["the federal government"]),
        entity("Nigerian state governments", "ORG", "NGA", ["the states", "state governments", "several states",
                                                            "the 36 states"]),
        entity("Emmanuel Agim", "PER", "NGA", ["Justice Emmanuel Agim"]),
        entity("Lateef Fagbemi", "PER", "NGA", ["Attorney General Lateef Fagbemi", "Fagbemi"]),
        entity("lawyers for Nigerian states", "PER", "NGA", ["Lawyers for several states"]),
        entity("Bola Tinubu", "PER", "NGA", ["President Bola Tinubu", "Tinubu"]),
        entity("Nigeria Union of Local Government Employees", "ORG", "NGA",
               ["The Nigeria Union of Local Government Employees"]),
        entity("Nigeria Governors' Forum", "ORG", "NGA", ["The Nigeria Governors' Forum"]),
        entity("Atiku Abubakar", "PER", "NGA", ["Opposition leader Atiku Abubakar"]),
        entity("critics of Nigeria's state governors", "PER", "NGA", ["Critics"]),
        entity("reporters", "PER", None, ["reporters"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
