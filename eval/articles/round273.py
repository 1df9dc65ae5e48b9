"""Round 273: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm273-de-01: Guatemala: a judge sends journalist José Rubén Zamora back to the Mariscal Zavala prison after his house arrest is revoked; police take him away, prosecutors' charges, Arévalo attacks the court and Porras and asks Congress for a reform, the IAPA demands his release, reporters protest, his son accuses the prosecutors, earlier US sanctions on Porras (2025-03-10).
- hm273-de-02: Honduras: Barrio 18 inmates kill at least 46 women in the Támara women's prison; Castro blames the gangs and prison staff, sends soldiers to all prisons and threatens the maras, relatives protest, the UN rights office asks for an inquiry, the National Party attacks the government, prosecutors investigate the attackers, the state of exception recalled (2023-06-21).
- hm273-de-03: NATO: Rutte launches "Eastern Sentry" after Russian drones entered Polish airspace; Denmark, France, the UK and Germany contribute, Poland's accusation and Article 4 request, Polish and Dutch jets shot down drones, Peskov accuses NATO, Zapad 2025 begins, Pistorius pledges Eurofighters, Czech helicopters, Zelensky offers training (2025-09-12).
- hm273-de-04: Mexico: striking CNTE teachers block the access roads to Mexico City's airport; they demand the repeal of the 2007 pension reform, Sheinbaum refuses but withdraws the retirement-age decree and invites talks, the CNTE rejects and threatens to widen the strike, police tear gas, no arrests, the PAN objects, the blockade is lifted (2025-05-22).
- hm273-en-01: G7: foreign ministers in Charlevoix urge Russia to accept the 30-day ceasefire and threaten more sanctions; they welcome Ukraine's acceptance, Rubio presses Moscow, Joly criticises Trump's 51st-state talk, Rubio criticises Canada's tariffs but pledges cooperation, M23 and China criticised, Beijing objects, Witkoff met Putin (2025-03-14).
- hm273-en-02: Canada: CN and CPKC lock out 9,300 Teamsters rail workers; the railways justify it and the union accuses them, MacKinnon asks the labour board to impose binding arbitration, the union objects but rules out nothing, business groups had urged Ottawa to act, Singh attacks the government, Alberta's Smith welcomes the move (2024-08-22).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm273-de-01 (Guatemala, Zamora back to prison)
ZAMORA = actor("José Rubén Zamora", "GTM", "CVL")
GTM_JUDGE = actor("judge in Guatemala City", "GTM", "JUD")
GTM_POLICE = actor("National Civil Police of Guatemala", "GTM", "COP")
GTM_MP = actor("Public Ministry of Guatemala", "GTM", "JUD")
AREVALO = actor("Bernardo Arévalo", "GTM", "GOV")
PORRAS = actor("Consuelo Porras", "GTM", "JUD")
GTM_CONGRESS = actor("Congress of Guatemala", "GTM", "LEG")
IAPA = actor("Inter American Press Association", "NGO", "NGO")
GTM_JUDICIARY = actor("Judiciary of Guatemala", "GTM", "JUD")
GTM_REPORTERS = actor("Guatemalan journalists", "GTM", "CVL")
JC_ZAMORA = actor("José Carlos Zamora", "GTM", "CVL")
USA = actor("United States", "USA", "GOV")

Z1 = "Guatemala-Stadt (AFP) - Der guatemaltekische Journalist José Rubén Zamora muss zurück ins Gefängnis."
Z2 = ("Ein Richter ordnete am Montag an, den 68-Jährigen wieder in das Militärgefängnis Mariscal Zavala zu bringen, "
      "nachdem ein Berufungsgericht seinen Hausarrest aufgehoben hatte.")
Z3 = "Polizisten holten Zamora noch am Abend aus seiner Wohnung in der Hauptstadt ab."
Z4 = ("Die Staatsanwaltschaft wirft dem Gründer der Zeitung „elPeriódico“ Geldwäsche und Behinderung der Justiz "
      "vor.")
Z5 = "Zamora weist die Vorwürfe zurück."
Z6 = "Seine Zeitung, die zahlreiche Korruptionsfälle aufgedeckt hatte, stellte im Mai 2023 ihr Erscheinen ein."
Z7 = ("Präsident Bernardo Arévalo nannte die Entscheidung „eine Schande für die Justiz“ und warf "
      "Generalstaatsanwältin Consuelo Porras vor, Kritiker des alten Systems zu verfolgen.")
Z8 = ("Die Regierung habe keinen Einfluss auf die Gerichte, sagte der Staatschef, forderte den Kongress aber auf, "
      "das Gesetz über die Staatsanwaltschaft zu reformieren.")
Z9 = ("Die Interamerikanische Pressegesellschaft SIP verurteilte die Anordnung und verlangte Zamoras sofortige "
      "Freilassung.")
Z10 = "Vor dem Justizpalast versammelten sich Dutzende Reporter mit Fotos des Journalisten."
Z11 = ("„Sie wollen nicht nur meinen Vater bestrafen, sondern alle, die berichten“, sagte sein Sohn José Carlos "
       "Zamora.")
Z12 = ("Die USA hatten Porras 2021 wegen Behinderung der Korruptionsbekämpfung auf eine Sanktionsliste gesetzt.")
Z13 = "Ihre Amtszeit endet im Mai 2026."

DE01 = {
    "id": "hm273-de-01", "lang": "de", "url": None, "published": "2025-03-10",
    "title": "Guatemalas Journalist Zamora muss zurück ins Gefängnis",
    "text": paragraphs([Z1, Z2, Z3], [Z4, Z5, Z6], [Z7, Z8, Z9], [Z10, Z11, Z12, Z13]),
    "events": [
        event("COERCE", GTM_JUDGE, ZAMORA, Z2, mode="arrest", date="2025-03-10", location="Guatemala City",
              location_country="GTM"),
        event("COERCE", GTM_POLICE, ZAMORA, Z3, mode="arrest", date="2025-03-10", location="Guatemala City",
              location_country="GTM"),
        event("ACCUSE", GTM_MP, ZAMORA, Z4, mode="allege"),
        event("ACCUSE", AREVALO, GTM_JUDGE, Z7, mode="disapprove"),
        event("ACCUSE", AREVALO, PORRAS, Z7, mode="allege"),
        event("REQUEST", AREVALO, GTM_CONGRESS, Z8, mode="change"),
        event("ACCUSE", IAPA, GTM_JUDGE, Z9, mode="disapprove"),
        event("REQUEST", IAPA, GTM_JUDICIARY, Z9, mode="yield"),
        event("PROTEST", GTM_REPORTERS, GTM_JUDICIARY, Z10, mode="demo", location="Guatemala City",
              location_country="GTM"),
        event("ACCUSE", JC_ZAMORA, GTM_MP, Z11, mode="disapprove"),
        event("SANCTION", USA, PORRAS, Z12),
    ],
    "quotes": [
        quote("eine Schande für die Justiz", "Bernardo Arévalo", "direct"),
        quote("Kritiker des alten Systems zu verfolgen", "Bernardo Arévalo", "indirect"),
        quote("Die Regierung habe keinen Einfluss auf die Gerichte", "Bernardo Arévalo", "indirect"),
        quote("Sie wollen nicht nur meinen Vater bestrafen, sondern alle, die berichten", "José Carlos Zamora",
              "direct"),
    ],
    "entities": [
        entity("Guatemala City", "LOC", "GTM", ["Guatemala-Stadt", "der Hauptstadt"]),
        entity("José Rubén Zamora", "PER", "GTM", ["Der guatemaltekische Journalist José Rubén Zamora",
                                                   "den 68-Jährigen", "Zamora", "dem Gründer der Zeitung",
                                                   "Zamoras", "des Journalisten", "meinen Vater"]),
        entity("judge in Guatemala City", "PER", "GTM", ["Ein Richter"]),
        entity("Mariscal Zavala", "LOC", "GTM", ["das Militärgefängnis Mariscal Zavala"]),
        entity("Court of Appeals of Guatemala", "ORG", "GTM", ["ein Berufungsgericht"]),
        entity("National Civil Police of Guatemala", "ORG", "GTM", ["Polizisten"]),
        entity("Public Ministry of Guatemala", "ORG", "GTM", ["Die Staatsanwaltschaft", "die Staatsanwaltschaft"]),
        entity("elPeriódico", "ORG", "GTM", ["elPeriódico", "Seine Zeitung"]),
        entity("Bernardo Arévalo", "PER", "GTM", ["Präsident Bernardo Arévalo", "der Staatschef"]),
        entity("Consuelo Porras", "PER", "GTM", ["Generalstaatsanwältin Consuelo Porras", "Porras"]),
        entity("Government of Guatemala", "ORG", "GTM", ["Die Regierung"]),
        entity("Judiciary of Guatemala", "ORG", "GTM", ["die Gerichte", "der Justiz", "die Justiz"]),
        entity("Congress of Guatemala", "ORG", "GTM", ["den Kongress"]),
        entity("Inter American Press Association", "ORG", "NGO", ["Die Interamerikanische Pressegesellschaft SIP"]),
        entity("Palace of Justice of Guatemala", "LOC", "GTM", ["dem Justizpalast"]),
        entity("Guatemalan journalists", "ORG", "GTM", ["Dutzende Reporter"]),
        entity("José Carlos Zamora", "PER", "GTM", ["sein Sohn José Carlos Zamora"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
    ],
}

# ---------------------------------------------------------------- hm273-de-02 (Honduras, Támara prison massacre)
B18_INMATES = actor("Barrio 18 inmates at Támara women's prison", "HND", "CVL")
TAMARA_INMATES = actor("inmates of Támara women's prison", "HND", "CVL")
MS13_INMATES = actor("Mara Salvatrucha inmates at Támara women's prison", "HND", "CVL")
CASTRO = actor("Xiomara Castro", "HND", "GOV")
HND_GANGS = actor("Honduran gangs", "HND", "CVL")
HND_PRISON_STAFF = actor("Honduran prison staff", "HND", "GOV")
HND_RELATIVES = actor("relatives of inmates of Támara women's prison", "HND", "CVL")
HND_AUTH = actor("Honduran authorities", "HND", "GOV")
OHCHR_HND = actor("UN Human Rights Office in Honduras", "UNO", "IGO")
HND_GOV = actor("Government of Honduras", "HND", "GOV")
HND_MP = actor("Public Ministry of Honduras", "HND", "JUD")
HND_NATIONAL_PARTY = actor("National Party of Honduras", "HND", "OPP")

H1 = ("Tegucigalpa (dpa) - Bei einem Angriff rivalisierender Bandenmitglieder im Frauengefängnis von Támara sind in "
      "Honduras mindestens 46 Häftlinge getötet worden.")
H2 = ("Nach Angaben der Behörden drangen am Dienstagmorgen Insassinnen der Bande Barrio 18 in einen Trakt ein, in "
      "dem Mitglieder der verfeindeten Mara Salvatrucha untergebracht waren, schossen um sich und legten Feuer.")
H3 = "Viele der Opfer seien verbrannt, sagte eine Sprecherin der Gerichtsmedizin."
H4 = ("Präsidentin Xiomara Castro zeigte sich „schockiert“ und machte die Banden sowie die Duldung durch Teile des "
      "Gefängnispersonals für das Massaker verantwortlich.")
H5 = "Noch am Abend ernannte sie Polizeichef Gustavo Sánchez zum neuen Sicherheitsminister."
H6 = ("Castro ordnete an, die Kontrolle über alle 26 Haftanstalten des Landes der Militärpolizei zu übertragen und "
      "Soldaten in die Gefängnisse zu schicken.")
H7 = "„Die Maras werden die ganze Härte des Staates zu spüren bekommen“, schrieb die Präsidentin auf der Plattform X."
H8 = ("Vor dem Leichenschauhaus in Tegucigalpa versammelten sich Hunderte Angehörige und forderten Auskunft über das "
      "Schicksal der Frauen.")
H9 = "Das UN-Menschenrechtsbüro in Honduras verlangte eine unabhängige Untersuchung."
H10 = "Die Staatsanwaltschaft nahm Ermittlungen gegen die Angreiferinnen auf."
H11 = ("Die oppositionelle Nationale Partei warf der Regierung vor, die Gefängnisse trotz des Ausnahmezustands den "
       "Banden überlassen zu haben.")
H12 = ("Castro hatte im Dezember nach dem Vorbild des Nachbarlandes El Salvador einen teilweisen Ausnahmezustand "
       "verhängt, um gegen Schutzgelderpressungen der Banden vorzugehen.")
H13 = "Die Haftanstalten des Landes sind mit mehr als 19.000 Gefangenen massiv überbelegt."

DE02 = {
    "id": "hm273-de-02", "lang": "de", "url": None, "published": "2023-06-21",
    "title": "Mindestens 46 Tote bei Bandenangriff in honduranischem Frauengefängnis",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10, H11], [H12, H13]),
    "events": [
        event("ASSAULT", B18_INMATES, TAMARA_INMATES, H1, location="Támara", location_country="HND"),
        event("ASSAULT", B18_INMATES, MS13_INMATES, H2, mode="firearms", date="2023-06-20", location="Támara",
              location_country="HND"),
        event("ACCUSE", CASTRO, HND_GANGS, H4, mode="disapprove"),
        event("ACCUSE", CASTRO, HND_PRISON_STAFF, H4, mode="allege"),
        event("MOBILIZE", CASTRO, None, H6, mode="troops"),
        event("THREATEN", CASTRO, HND_GANGS, H7),
        event("PROTEST", HND_RELATIVES, HND_AUTH, H8, mode="demo", location="Tegucigalpa", location_country="HND"),
        event("REQUEST", HND_RELATIVES, HND_AUTH, H8),
        event("REQUEST", OHCHR_HND, HND_GOV, H9),
        event("ACCUSE", HND_MP, B18_INMATES, H10, mode="investigate"),
        event("ACCUSE", HND_NATIONAL_PARTY, HND_GOV, H11, mode="disapprove"),
        event("COERCE", CASTRO, None, H12, mode="martial-law"),
    ],
    "quotes": [
        quote("drangen am Dienstagmorgen Insassinnen der Bande Barrio 18 in einen Trakt ein, in dem Mitglieder der "
              "verfeindeten Mara Salvatrucha untergebracht waren, schossen um sich und legten Feuer",
              "Honduran authorities", "indirect"),
        quote("Viele der Opfer seien verbrannt", "spokeswoman of the Honduran Forensic Medicine Directorate",
              "indirect"),
        quote("schockiert", "Xiomara Castro", "direct"),
        quote("Die Maras werden die ganze Härte des Staates zu spüren bekommen", "Xiomara Castro", "direct"),
        quote("die Gefängnisse trotz des Ausnahmezustands den Banden überlassen zu haben",
              "National Party of Honduras", "indirect"),
    ],
    "entities": [
        entity("Tegucigalpa", "LOC", "HND", ["Tegucigalpa"]),
        entity("Támara women's prison", "LOC", "HND", ["Frauengefängnis von Támara"]),
        entity("Honduras", "LOC", "HND", ["Honduras", "des Landes"]),
        entity("Honduran authorities", "ORG", "HND", ["der Behörden"]),
        entity("Barrio 18 inmates at Támara women's prison", "ORG", "HND",
               ["rivalisierender Bandenmitglieder", "Insassinnen der Bande Barrio 18", "die Angreiferinnen"]),
        entity("Barrio 18", "ORG", "HND", ["der Bande Barrio 18"]),
        entity("Mara Salvatrucha inmates at Támara women's prison", "ORG", "HND",
               ["Mitglieder der verfeindeten Mara Salvatrucha"]),
        entity("Mara Salvatrucha", "ORG", "HND", ["Mara Salvatrucha"]),
        entity("Honduran Forensic Medicine Directorate", "ORG", "HND", ["der Gerichtsmedizin"]),
        entity("spokeswoman of the Honduran Forensic Medicine Directorate", "PER", "HND",
               ["eine Sprecherin der Gerichtsmedizin"]),
        entity("Xiomara Castro", "PER", "HND", ["Präsidentin Xiomara Castro", "Castro", "die Präsidentin"]),
        entity("Honduran gangs", "ORG", "HND", ["die Banden", "Die Maras", "den Banden", "der Banden"]),
        entity("Honduran prison staff", "ORG", "HND", ["des Gefängnispersonals"]),
        entity("Gustavo Sánchez", "PER", "HND", ["Polizeichef Gustavo Sánchez"]),
        entity("Military Police of Public Order", "ORG", "HND", ["der Militärpolizei"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Tegucigalpa morgue", "LOC", "HND", ["dem Leichenschauhaus"]),
        entity("relatives of inmates of Támara women's prison", "ORG", "HND", ["Hunderte Angehörige"]),
        entity("UN Human Rights Office in Honduras", "ORG", "UNO", ["Das UN-Menschenrechtsbüro in Honduras"]),
        entity("Public Ministry of Honduras", "ORG", "HND", ["Die Staatsanwaltschaft"]),
        entity("National Party of Honduras", "ORG", "HND", ["Die oppositionelle Nationale Partei"]),
        entity("Government of Honduras", "ORG", "HND", ["der Regierung"]),
        entity("El Salvador", "LOC", "SLV", ["des Nachbarlandes El Salvador"]),
    ],
}

# ---------------------------------------------------------------- hm273-de-03 (NATO, Eastern Sentry)
NATO = actor("NATO", "IGO", "IGO")
RUTTE = actor("Mark Rutte", "IGO", "IGO")
DENMARK = actor("Denmark", "DNK", "GOV")
FRANCE = actor("France", "FRA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
POL_MIL = actor("Polish Armed Forces", "POL", "MIL")
POLAND = actor("Poland", "POL", "GOV")
NLD_MIL = actor("Royal Netherlands Air Force", "NLD", "MIL")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
BELARUS = actor("Belarus", "BLR", "GOV")
PISTORIUS = actor("Boris Pistorius", "DEU", "GOV")
CZECHIA = actor("Czech Republic", "CZE", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")

E1 = ("Brüssel (Reuters) - Die NATO verstärkt nach dem Eindringen russischer Drohnen in den polnischen Luftraum ihre "
      "Luftverteidigung an der Ostflanke.")
E2 = ("Generalsekretär Mark Rutte kündigte am Freitag in Brüssel die Operation „Eastern Sentry“ an, an der sich "
      "zunächst Dänemark, Frankreich, Großbritannien und Deutschland mit Kampfjets und einer Fregatte beteiligen.")
E3 = ("„Der Drohnenflug über Polen war kein Einzelfall, sondern Teil eines rücksichtslosen Musters Russlands“, "
      "sagte Rutte.")
E4 = "Er lobte die schnelle Reaktion der polnischen Streitkräfte."
E5 = ("Warschau hatte Moskau vorgeworfen, in der Nacht zum Mittwoch 19 Drohnen in den Luftraum des Landes "
      "geschickt zu haben.")
E6 = "Polnische und niederländische Kampfjets schossen mehrere von ihnen ab."
E7 = "Anschließend beantragte Polen Konsultationen nach Artikel 4 des NATO-Vertrags."
E8 = "Der Kreml wies die Vorwürfe zurück."
E9 = "Kremlsprecher Dmitri Peskow sagte, die NATO befinde sich „de facto im Krieg“ mit Russland."
E10 = "Zeitgleich begannen Russland und Belarus am Freitag ihr gemeinsames Manöver „Sapad 2025“."
E11 = ("Verteidigungsminister Boris Pistorius sagte zu, die Zahl der deutschen Eurofighter zum Schutz des polnischen "
       "Luftraums auf vier zu verdoppeln.")
E12 = "Tschechien schickte drei Hubschrauber mit Besatzungen nach Polen."
E13 = ("Der ukrainische Präsident Wolodymyr Selenskyj bot an, polnische Soldaten in der Drohnenabwehr "
       "auszubilden.")
E14 = "Die Ostflanke der Allianz reicht von Finnland bis Rumänien."

DE03 = {
    "id": "hm273-de-03", "lang": "de", "url": None, "published": "2025-09-12",
    "title": "NATO startet nach Drohnenvorfall in Polen Operation „Eastern Sentry“",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10], [E11, E12, E13, E14]),
    "events": [
        event("MOBILIZE", NATO, None, E1, mode="troops"),
        event("MOBILIZE", DENMARK, None, E2, mode="troops"),
        event("MOBILIZE", FRANCE, None, E2, mode="troops"),
        event("MOBILIZE", UK, None, E2, mode="troops"),
        event("MOBILIZE", GERMANY, None, E2, mode="troops"),
        event("ACCUSE", RUTTE, RUSSIA, E3, mode="disapprove"),
        event("SUPPORT", RUTTE, POL_MIL, E4),
        event("ACCUSE", POLAND, RUSSIA, E5, mode="allege"),
        event("ASSAULT", POL_MIL, RUS_MIL, E6, mode="aerial", location="Poland", location_country="POL"),
        event("ASSAULT", NLD_MIL, RUS_MIL, E6, mode="aerial", location="Poland", location_country="POL"),
        event("REQUEST", POLAND, NATO, E7, mode="meet"),
        event("ACCUSE", PESKOV, NATO, E9, mode="disapprove"),
        event("COOPERATE", RUSSIA, BELARUS, E10, date="2025-09-12"),
        event("AGREE", PISTORIUS, POLAND, E11),
        event("AID", CZECHIA, POLAND, E12),
        event("AGREE", ZELENSKY, POLAND, E13),
    ],
    "quotes": [
        quote("Der Drohnenflug über Polen war kein Einzelfall, sondern Teil eines rücksichtslosen Musters Russlands",
              "Mark Rutte", "direct"),
        quote("in der Nacht zum Mittwoch 19 Drohnen in den Luftraum des Landes geschickt zu haben",
              "Government of Poland", "indirect"),
        quote("de facto im Krieg", "Dmitry Peskov", "direct"),
        quote("die NATO befinde sich „de facto im Krieg“ mit Russland", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("NATO", "ORG", "IGO", ["Die NATO", "die NATO", "der Allianz", "NATO-Vertrags"]),
        entity("Mark Rutte", "PER", "IGO", ["Generalsekretär Mark Rutte", "Rutte"]),
        entity("Denmark", "LOC", "DNK", ["Dänemark"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Poland", "LOC", "POL", ["Polen", "des Landes"]),
        entity("Russia", "LOC", "RUS", ["Russlands", "Russland"]),
        entity("Polish Armed Forces", "ORG", "POL", ["der polnischen Streitkräfte"]),
        entity("Government of Poland", "ORG", "POL", ["Warschau"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau", "Der Kreml"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Belarus", "LOC", "BLR", ["Belarus"]),
        entity("Boris Pistorius", "PER", "DEU", ["Verteidigungsminister Boris Pistorius"]),
        entity("Czech Republic", "LOC", "CZE", ["Tschechien"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("Finland", "LOC", "FIN", ["Finnland"]),
        entity("Romania", "LOC", "ROU", ["Rumänien"]),
    ],
}

# ---------------------------------------------------------------- hm273-de-04 (Mexico, CNTE teachers block the airport)
CNTE = actor("National Coordinator of Education Workers", "MEX", "LAB")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
CDMX_POLICE = actor("Mexico City police", "MEX", "COP")
PAN = actor("National Action Party", "MEX", "OPP")

M1 = ("Mexiko-Stadt (AFP) - Tausende streikende Lehrer haben am Donnerstag die Zufahrtsstraßen zum internationalen "
      "Flughafen von Mexiko-Stadt blockiert.")
M2 = ("Die Mitglieder der dissidenten Lehrergewerkschaft CNTE verlangen die Rücknahme einer Rentenreform aus dem "
      "Jahr 2007 und deutlich höhere Gehälter.")
M3 = "Sie streiken seit einer Woche und haben auf dem Zócalo vor dem Nationalpalast ein Zeltlager errichtet."
M4 = "Präsidentin Claudia Sheinbaum lehnte es ab, das Gesetz aufzuheben."
M5 = "Dafür fehle dem Staat das Geld, sagte sie bei ihrer morgendlichen Pressekonferenz."
M6 = ("Sie kündigte jedoch an, ein Dekret über die schrittweise Anhebung des Rentenalters zurückzunehmen, und lud "
      "die Gewerkschaftsführung zu neuen Gesprächen mit Innenministerin Rosa Icela Rodríguez ein.")
M7 = ("Die CNTE wies das Angebot als unzureichend zurück und drohte, den Streik auf weitere Bundesstaaten "
      "auszuweiten.")
M8 = ("„Wir gehen nicht nach Hause, bis dieses Gesetz fällt“, rief ein Sprecher der Sektion 22 aus Oaxaca den "
      "Demonstranten zu.")
M9 = ("Bereitschaftspolizisten setzten Tränengas ein, als eine Gruppe von Lehrern versuchte, auf das Gelände von "
      "Terminal 1 vorzudringen.")
M10 = "Nach Angaben der Stadtregierung wurden dabei elf Polizisten und mehrere Demonstranten leicht verletzt."
M11 = "Bürgermeisterin Clara Brugada sagte, es habe keine Festnahmen gegeben."
M12 = "Am Abend zogen die Lehrer von den Zufahrten ab; Tausende Reisende hatten ihre Flüge verpasst."
M13 = "Die oppositionelle PAN warf Sheinbaum vor, vor der Gewerkschaft einzuknicken."

DE04 = {
    "id": "hm273-de-04", "lang": "de", "url": None, "published": "2025-05-22",
    "title": "Streikende Lehrer blockieren Flughafen von Mexiko-Stadt",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7, M8], [M9, M10, M11, M12], [M13]),
    "events": [
        event("PROTEST", CNTE, MEX_GOV, M1, mode="obstruct", date="2025-05-22", location="Mexico City",
              location_country="MEX"),
        event("REQUEST", CNTE, MEX_GOV, M2, mode="change"),
        event("PROTEST", CNTE, MEX_GOV, M3, mode="strike", location="Mexico City", location_country="MEX"),
        event("REJECT", SHEINBAUM, CNTE, M4, mode="change"),
        event("CONCEDE", SHEINBAUM, CNTE, M6),
        event("AGREE", SHEINBAUM, CNTE, M6),
        event("REJECT", CNTE, SHEINBAUM, M7),
        event("THREATEN", CNTE, MEX_GOV, M7, mode="restrict"),
        event("ASSAULT", CDMX_POLICE, CNTE, M9, mode="crowd-control", location="Mexico City",
              location_country="MEX"),
        event("COERCE", CDMX_POLICE, CNTE, M11, mode="arrest", negated=True),
        event("RETREAT", CNTE, None, M12, location="Mexico City", location_country="MEX"),
        event("ACCUSE", PAN, SHEINBAUM, M13, mode="disapprove"),
    ],
    "quotes": [
        quote("Dafür fehle dem Staat das Geld", "Claudia Sheinbaum", "indirect"),
        quote("Wir gehen nicht nach Hause, bis dieses Gesetz fällt", "spokesman of CNTE Section 22", "direct"),
        quote("wurden dabei elf Polizisten und mehrere Demonstranten leicht verletzt", "Government of Mexico City",
              "indirect"),
        quote("es habe keine Festnahmen gegeben", "Clara Brugada", "indirect"),
        quote("vor der Gewerkschaft einzuknicken", "National Action Party", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico City International Airport", "LOC", "MEX", ["Flughafen von Mexiko-Stadt"]),
        entity("Terminal 1", "LOC", "MEX", ["Terminal 1"]),
        entity("National Coordinator of Education Workers", "ORG", "MEX",
               ["Tausende streikende Lehrer", "Die Mitglieder der dissidenten Lehrergewerkschaft CNTE",
                "die Gewerkschaftsführung", "Die CNTE", "eine Gruppe von Lehrern", "die Lehrer", "der Gewerkschaft"]),
        entity("Zócalo", "LOC", "MEX", ["dem Zócalo"]),
        entity("National Palace", "LOC", "MEX", ["dem Nationalpalast"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "Sheinbaum"]),
        entity("Government of Mexico", "ORG", "MEX", ["dem Staat"]),
        entity("Rosa Icela Rodríguez", "PER", "MEX", ["Innenministerin Rosa Icela Rodríguez"]),
        entity("CNTE Section 22", "ORG", "MEX", ["der Sektion 22"]),
        entity("spokesman of CNTE Section 22", "PER", "MEX", ["ein Sprecher der Sektion 22"]),
        entity("Oaxaca", "LOC", "MEX", ["Oaxaca"]),
        entity("Mexico City police", "ORG", "MEX", ["Bereitschaftspolizisten", "Polizisten"]),
        entity("Government of Mexico City", "ORG", "MEX", ["der Stadtregierung"]),
        entity("Clara Brugada", "PER", "MEX", ["Bürgermeisterin Clara Brugada"]),
        entity("National Action Party", "ORG", "MEX", ["Die oppositionelle PAN"]),
    ],
}

# ---------------------------------------------------------------- hm273-en-01 (G7 foreign ministers in Charlevoix)
G7 = actor("Group of Seven", "IGO", "IGO")
UKRAINE = actor("Ukraine", "UKR", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
WITKOFF = actor("Steve Witkoff", "USA", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
JOLY = actor("Mélanie Joly", "CAN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
M23 = actor("M23", "COD", "REB")
CHINA = actor("China", "CHN", "GOV")

G1 = ("CHARLEVOIX, Quebec, March 14 (Reuters) - Group of Seven foreign ministers on Friday urged Russia to accept a "
      "U.S.-proposed 30-day ceasefire in Ukraine and warned Moscow of further sanctions if it refused.")
G2 = ('In a joint statement, the ministers said Russia must respond by agreeing to a ceasefire "on equal terms" and '
      'implementing it fully.')
G3 = "They welcomed Ukraine's acceptance of the proposal at talks with U.S. officials in Jeddah on Tuesday."
G4 = ('U.S. Secretary of State Marco Rubio said the ball was "in Russia\'s court" and urged Moscow to give a clear '
      'answer.')
G5 = ("U.S. envoy Steve Witkoff held talks with President Vladimir Putin in Moscow on Thursday, according to the "
      "Kremlin.")
G6 = ("Canadian Foreign Minister Melanie Joly said she had told Rubio that President Donald Trump's talk of making "
      "Canada the 51st U.S. state was \"disrespectful\" to Canadians.")
G7_ = ("Rubio criticised Canada's retaliatory tariffs on U.S. goods but said the two countries would keep working "
       "together on border security.")
G8 = ("The ministers condemned the offensive of the M23 rebels in eastern Congo and called on them to withdraw "
      "from Goma and Bukavu.")
G9 = "The ministers also voiced concern over Beijing's military build-up around Taiwan."
G10 = ('China\'s foreign ministry said the statement was "full of arrogance, prejudice and sinister intentions" and '
       'interfered in China\'s internal affairs.')
G11 = "The Kremlin did not immediately comment."

EN01 = {
    "id": "hm273-en-01", "lang": "en", "url": None, "published": "2025-03-14",
    "title": "G7 ministers urge Russia to accept Ukraine ceasefire, threaten more sanctions",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7_], [G8, G9, G10, G11]),
    "events": [
        event("REQUEST", G7, RUSSIA, G1, mode="yield", date="2025-03-14", location="Charlevoix",
              location_country="CAN"),
        event("THREATEN", G7, RUSSIA, G1, date="2025-03-14", location="Charlevoix", location_country="CAN"),
        event("REQUEST", G7, RUSSIA, G2, mode="yield"),
        event("SUPPORT", G7, UKRAINE, G3),
        event("AGREE", UKRAINE, USA, G3, date="2025-03-11", location="Jeddah", location_country="SAU"),
        event("REQUEST", RUBIO, RUSSIA, G4),
        event("CONSULT", WITKOFF, PUTIN, G5, mode="visit", date="2025-03-13", location="Moscow",
              location_country="RUS"),
        event("ACCUSE", JOLY, TRUMP, G6, mode="disapprove"),
        event("ACCUSE", RUBIO, CANADA, G7_, mode="disapprove"),
        event("AGREE", RUBIO, CANADA, G7_),
        event("ACCUSE", G7, M23, G8, mode="disapprove"),
        event("REQUEST", G7, M23, G8, mode="yield"),
        event("ACCUSE", G7, CHINA, G9, mode="disapprove"),
        event("ACCUSE", CHINA, G7, G10, mode="disapprove"),
    ],
    "quotes": [
        quote("on equal terms", "Group of Seven", "direct"),
        quote('Russia must respond by agreeing to a ceasefire "on equal terms" and implementing it fully',
              "Group of Seven", "indirect"),
        quote("in Russia's court", "Marco Rubio", "direct"),
        quote('the ball was "in Russia\'s court"', "Marco Rubio", "indirect"),
        quote("U.S. envoy Steve Witkoff held talks with President Vladimir Putin in Moscow on Thursday",
              "Kremlin", "indirect"),
        quote("disrespectful", "Mélanie Joly", "direct"),
        quote("she had told Rubio that President Donald Trump's talk of making Canada the 51st U.S. state was "
              "\"disrespectful\" to Canadians", "Mélanie Joly", "indirect"),
        quote("the two countries would keep working together on border security", "Marco Rubio", "indirect"),
        quote("full of arrogance, prejudice and sinister intentions", "Ministry of Foreign Affairs of China",
              "direct"),
        quote('the statement was "full of arrogance, prejudice and sinister intentions" and interfered in China\'s '
              'internal affairs', "Ministry of Foreign Affairs of China", "indirect"),
    ],
    "entities": [
        entity("Charlevoix", "LOC", "CAN", ["CHARLEVOIX"]),
        entity("Quebec", "LOC", "CAN", ["Quebec"]),
        entity("Group of Seven", "ORG", "IGO", ["Group of Seven foreign ministers", "the ministers", "They",
                                                "The ministers"]),
        entity("Russia", "LOC", "RUS", ["Russia", "Russia's"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine", "Ukraine's"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow", "the Kremlin", "The Kremlin"]),
        entity("U.S. officials", "ORG", "USA", ["U.S. officials"]),
        entity("Jeddah", "LOC", "SAU", ["Jeddah"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio", "Rubio"]),
        entity("Steve Witkoff", "PER", "USA", ["U.S. envoy Steve Witkoff"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin"]),
        entity("Mélanie Joly", "PER", "CAN", ["Canadian Foreign Minister Melanie Joly"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Canada", "LOC", "CAN", ["Canada", "Canada's"]),
        entity("M23", "ORG", "COD", ["the M23 rebels"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["eastern Congo"]),
        entity("Goma", "LOC", "COD", ["Goma"]),
        entity("Bukavu", "LOC", "COD", ["Bukavu"]),
        entity("China", "LOC", "CHN", ["China", "China's"]),
        entity("Government of China", "ORG", "CHN", ["Beijing's"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
    ],
}

# ---------------------------------------------------------------- hm273-en-02 (Canada, rail lockout)
CN = actor("Canadian National Railway", "CAN", "BUS")
CPKC = actor("Canadian Pacific Kansas City", "CAN", "BUS")
TCRC = actor("Teamsters Canada Rail Conference", "CAN", "LAB")
MACKINNON = actor("Steven MacKinnon", "CAN", "GOV")
CIRB = actor("Canada Industrial Relations Board", "CAN", "JUD")
MONETTE = actor("Christopher Monette", "CAN", "LAB")
CAN_CHAMBER = actor("Canadian Chamber of Commerce", "CAN", "BUS")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
SINGH = actor("Jagmeet Singh", "CAN", "OPP")
DANIELLE_SMITH = actor("Danielle Smith", "CAN", "GOV")

L1 = ("OTTAWA, Aug 22 (Reuters) - Canada's two largest railways locked out about 9,300 unionized workers early on "
      "Thursday, halting most freight traffic across the country after contract talks broke down.")
L2 = ("Canadian National Railway and CPKC said they had acted to protect their networks and customers from months "
      "of uncertainty.")
L3 = ("The union accused the companies of trying to weaken safety rules on crew scheduling and rest periods.")
L4 = ("Hours later, Labour Minister Steven MacKinnon said he had asked the Canada Industrial Relations Board to "
      "impose binding arbitration and order the workers back on the job.")
L5 = '"The stakes for our economy are simply too high," MacKinnon told reporters in Gatineau, Quebec.'
L6 = ('Teamsters spokesman Christopher Monette called the move "a gift to the railways" and said the union would not '
      'rule out a court challenge.')
L7 = ("Business groups including the Canadian Chamber of Commerce had urged Ottawa for weeks to step in and prevent "
      "a shutdown.")
L8 = ("New Democratic Party leader Jagmeet Singh accused Prime Minister Justin Trudeau's government of siding with "
      "the companies.")
L9 = ("Alberta Premier Danielle Smith welcomed the intervention, saying farmers and oil producers could not afford a "
      "long stoppage.")
L10 = ("The two railways together move goods worth more than C$1 billion a day, and a halt could also disrupt "
       "commuter trains in Toronto, Montreal and Vancouver that run on their tracks.")

EN02 = {
    "id": "hm273-en-02", "lang": "en", "url": None, "published": "2024-08-22",
    "title": "Canada asks labour board to end rail lockout with binding arbitration",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9], [L10]),
    "events": [
        event("SANCTION", CN, TCRC, L1, mode="discontinue", date="2024-08-22"),
        event("SANCTION", CPKC, TCRC, L1, mode="discontinue", date="2024-08-22"),
        event("ACCUSE", TCRC, CN, L3, mode="allege"),
        event("ACCUSE", TCRC, CPKC, L3, mode="allege"),
        event("REQUEST", MACKINNON, CIRB, L4, date="2024-08-22"),
        event("ACCUSE", MONETTE, MACKINNON, L6, mode="disapprove"),
        event("REQUEST", CAN_CHAMBER, CAN_GOV, L7),
        event("ACCUSE", SINGH, CAN_GOV, L8, mode="disapprove"),
        event("SUPPORT", DANIELLE_SMITH, MACKINNON, L9),
    ],
    "quotes": [
        quote("they had acted to protect their networks and customers from months of uncertainty",
              "Canadian National Railway", "indirect"),
        quote("they had acted to protect their networks and customers from months of uncertainty",
              "Canadian Pacific Kansas City", "indirect"),
        quote("he had asked the Canada Industrial Relations Board to impose binding arbitration and order the workers "
              "back on the job", "Steven MacKinnon", "indirect"),
        quote("The stakes for our economy are simply too high", "Steven MacKinnon", "direct"),
        quote("a gift to the railways", "Christopher Monette", "direct"),
        quote("the union would not rule out a court challenge", "Christopher Monette", "indirect"),
        quote("farmers and oil producers could not afford a long stoppage", "Danielle Smith", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["OTTAWA"]),
        entity("Canada", "LOC", "CAN", ["Canada's", "the country"]),
        entity("Canadian National Railway", "ORG", "CAN", ["Canadian National Railway"]),
        entity("Canadian Pacific Kansas City", "ORG", "CAN", ["CPKC"]),
        entity("Teamsters Canada Rail Conference", "ORG", "CAN",
               ["about 9,300 unionized workers", "The union", "the workers", "Teamsters", "the union"]),
        entity("Steven MacKinnon", "PER", "CAN", ["Labour Minister Steven MacKinnon", "MacKinnon"]),
        entity("Canada Industrial Relations Board", "ORG", "CAN", ["the Canada Industrial Relations Board"]),
        entity("Gatineau", "LOC", "CAN", ["Gatineau"]),
        entity("Quebec", "LOC", "CAN", ["Quebec"]),
        entity("Christopher Monette", "PER", "CAN", ["Teamsters spokesman Christopher Monette"]),
        entity("Canadian Chamber of Commerce", "ORG", "CAN", ["the Canadian Chamber of Commerce"]),
        entity("Government of Canada", "ORG", "CAN", ["Ottawa", "Prime Minister Justin Trudeau's government"]),
        entity("New Democratic Party", "ORG", "CAN", ["New Democratic Party"]),
        entity("Jagmeet Singh", "PER", "CAN", ["New Democratic Party leader Jagmeet Singh"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau"]),
        entity("Alberta", "LOC", "CAN", ["Alberta"]),
        entity("Danielle Smith", "PER", "CAN", ["Alberta Premier Danielle Smith"]),
        entity("Toronto", "LOC", "CAN", ["Toronto"]),
        entity("Montreal", "LOC", "CAN", ["Montreal"]),
        entity("Vancouver", "LOC", "CAN", ["Vancouver"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
