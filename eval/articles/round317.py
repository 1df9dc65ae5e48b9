"""Round 311: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm317-de-01: Yemen: Southern Transitional Council forces take Seiyun and the First Military Region headquarters in Hadramawt; government troops pull back, al-Alimi condemns a "coup" and demands a withdrawal, al-Zubaidi refuses, Saudi Arabia urges restraint and sends a delegation to Mukalla, earlier tribal attacks near the PetroMasila fields, STC reinforcements, the Houthis accuse Riyadh and Abu Dhabi, Grundberg appeals, protest in Tarim (2025-12-03).
- hm317-de-02: Jordan: a gunman fires on a police patrol near the Israeli embassy in Amman's Rabieh district and is shot dead after a manhunt; al-Momani speaks of terrorism, cordon, search and detentions of relatives, Saar thanks the security forces, more police at embassies, the IAF warns against curbs on protest, a Gaza rally not banned, the October Dead Sea infiltration (2024-11-24).
- hm317-de-03: Egypt: a Cairo economic court sentences Free Current leader Hisham Kassem to six months for defaming Kamal Abu Eita and insulting police; his refusal to pay bail and detention, his lawyer and the Civil Democratic Movement object and threaten to leave the national dialogue, Tantawy accuses the authorities, Amnesty demands his release, Abu Eita welcomes the verdict (2023-09-16).
- hm317-de-04: Russia/Syria: Ahmed al-Sharaa meets Putin in the Kremlin on his first Moscow visit; both pledge to honour past agreements, a reported request for Assad's extradition and Peskov's refusal, Assad's asylum, Syrian rights groups' accusations and compensation demand, Shaibani's July talks with Lavrov, Putin's reconstruction offer (2025-10-15).
- hm317-en-01: Iran/Saudi Arabia: Araqchi meets Mohammed bin Salman and Faisal bin Farhan in Riyadh as Tehran lobbies the Gulf to stay out of a war with Israel; Gallant's threat, Saudi airspace assurance, Iranian warnings to Gulf states, Saudi ceasefire demand and criticism of Israel, the Biden-Netanyahu call, Khamenei's warning (2024-10-09).
- hm317-en-02: Iraq: the KDP wins the Kurdistan Region's parliamentary election; Barzani offers to work with others, Talabani and Abdulwahid allege fraud, the electoral commission rejects a recount, Sudani and UNAMI welcome the vote, security deployment and travel ban, the KDP's earlier boycott threat (2024-10-22).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm317-de-01 (Yemen, STC takes Seiyun)
STC = actor("Southern Transitional Council", "YEM", "REB")
FIRST_MR = actor("First Military Region of the Yemeni army", "YEM", "MIL")
ALIMI = actor("Rashad al-Alimi", "YEM", "GOV")
ZUBAIDI = actor("Aidarus al-Zubaidi", "YEM", "REB")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
YEM_GOV = actor("Government of Yemen", "YEM", "GOV")
SAU_DELEGATION = actor("Saudi military delegation", "SAU", "MIL")
TRIBAL_ALLIANCE = actor("Hadramawt Tribal Alliance", "YEM", "REB")
YEM_ARMY = actor("Yemeni army", "YEM", "MIL")
HOUTHIS = actor("Houthis", "YEM", "REB")
UAE = actor("United Arab Emirates", "ARE", "GOV")
GRUNDBERG = actor("Hans Grundberg", "UNO", "IGO")
TARIM_PROTESTERS = actor("protesters in Tarim", "YEM", "CVL")

S1 = ("Aden (dpa) - Im Jemen haben Truppen des separatistischen Südlichen Übergangsrats (STC) die Stadt Seiyun in der "
      "östlichen Provinz Hadramaut unter ihre Kontrolle gebracht.")
S2 = ("Einheiten des STC seien am Mittwoch nach kurzen Gefechten in das Hauptquartier der Ersten Militärregion "
      "eingerückt, teilte ein Sprecher des Rats in Aden mit.")
S3 = "Die dort stationierten Regierungssoldaten zogen sich in Richtung der Grenze zu Saudi-Arabien zurück."
S4 = ("Der Vorsitzende des Präsidialen Führungsrats, Raschad al-Alimi, verurteilte den Vormarsch als „Putsch gegen "
      "die staatlichen Institutionen“ und forderte den STC auf, seine Kräfte unverzüglich abzuziehen.")
S5 = "Der 71-Jährige hält sich seit Tagen in der saudischen Hauptstadt Riad auf."
S6 = "STC-Chef Aidarus al-Subaidi, zugleich Vizevorsitzender des Führungsrats, wies die Forderung zurück."
S7 = "„Hadramaut gehört seinen Menschen, und wir werden es schützen“, sagte er in einer Fernsehansprache."
S8 = "Saudi-Arabien, das die international anerkannte Regierung unterstützt, rief beide Seiten zur Zurückhaltung auf."
S9 = "Eine saudische Militärdelegation traf am Nachmittag in Mukalla mit Vertretern des STC zusammen."
S10 = ("Bereits Ende November hatten Kämpfer der Stammesallianz von Hadramaut unter Scheich Amr bin Habrisch "
       "Stellungen der Armee bei den Ölfeldern der Firma PetroMasila angegriffen.")
S11 = ("Der STC verlegte nach eigenen Angaben weitere Kämpfer aus Aden und Dhale nach Hadramaut und in die "
       "Nachbarprovinz Mahra.")
S12 = ("Die Huthi-Miliz, die den Norden des Landes samt der Hauptstadt Sanaa kontrolliert, warf Saudi-Arabien und den "
       "Vereinigten Arabischen Emiraten vor, den Süden des Jemen unter sich aufzuteilen.")
S13 = "Die Emirate gelten als wichtigster Unterstützer des STC."
S14 = ("Der UN-Sondergesandte Hans Grundberg rief alle Parteien auf, „die hart erkämpfte relative Ruhe nicht zu "
       "gefährden“.")
S15 = "In der Stadt Tarim protestierten am Abend mehrere hundert Menschen gegen den Einmarsch der Separatisten."
S16 = ("Der Übergangsrat strebt die Wiederherstellung eines unabhängigen Staates im Süden an, wie er bis zur "
       "Vereinigung 1990 bestanden hatte.")

DE01 = {
    "id": "hm317-de-01", "lang": "de", "url": None, "published": "2025-12-03",
    "title": "Jemenitische Separatisten übernehmen Kontrolle über Seiyun",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10, S11], [S12, S13, S14, S15, S16]),
    "events": [
        event("ASSAULT", STC, FIRST_MR, S1, location="Seiyun", location_country="YEM"),
        event("ASSAULT", STC, FIRST_MR, S2, date="2025-12-03", location="Seiyun", location_country="YEM"),
        event("RETREAT", FIRST_MR, None, S3, mode="withdraw"),
        event("ACCUSE", ALIMI, STC, S4, mode="disapprove"),
        event("REQUEST", ALIMI, STC, S4, mode="yield"),
        event("REJECT", ZUBAIDI, ALIMI, S6, mode="yield"),
        event("REQUEST", SAUDI, STC, S8),
        event("REQUEST", SAUDI, YEM_GOV, S8),
        event("CONSULT", SAU_DELEGATION, STC, S9, mode="visit", location="Mukalla", location_country="YEM"),
        event("ASSAULT", TRIBAL_ALLIANCE, YEM_ARMY, S10, location="Hadramawt", location_country="YEM"),
        event("MOBILIZE", STC, None, S11, mode="militia", location="Hadramawt", location_country="YEM"),
        event("ACCUSE", HOUTHIS, SAUDI, S12, mode="allege"),
        event("ACCUSE", HOUTHIS, UAE, S12, mode="allege"),
        event("REQUEST", GRUNDBERG, None, S14),
        event("PROTEST", TARIM_PROTESTERS, STC, S15, mode="demo", location="Tarim", location_country="YEM"),
    ],
    "quotes": [
        quote("Einheiten des STC seien am Mittwoch nach kurzen Gefechten in das Hauptquartier der Ersten Militärregion "
              "eingerückt", "spokesman of the Southern Transitional Council", "indirect"),
        quote("Putsch gegen die staatlichen Institutionen", "Rashad al-Alimi", "direct"),
        quote("Hadramaut gehört seinen Menschen, und wir werden es schützen", "Aidarus al-Zubaidi", "direct"),
        quote("den Süden des Jemen unter sich aufzuteilen", "Houthis", "indirect"),
        quote("die hart erkämpfte relative Ruhe nicht zu gefährden", "Hans Grundberg", "direct"),
    ],
    "entities": [
        entity("Aden", "LOC", "YEM", ["Aden"]),
        entity("Yemen", "LOC", "YEM", ["Im Jemen", "des Landes", "des Jemen"]),
        entity("Southern Transitional Council", "ORG", "YEM", ["des separatistischen Südlichen Übergangsrats", "STC",
                                                               "des Rats", "der Separatisten", "Der Übergangsrat"]),
        entity("Seiyun", "LOC", "YEM", ["die Stadt Seiyun"]),
        entity("Hadramawt", "LOC", "YEM", ["der östlichen Provinz Hadramaut", "Hadramaut"]),
        entity("First Military Region of the Yemeni army", "ORG", "YEM", ["der Ersten Militärregion",
                                                                          "Die dort stationierten Regierungssoldaten"]),
        entity("spokesman of the Southern Transitional Council", "PER", "YEM", ["ein Sprecher des Rats"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Rashad al-Alimi", "PER", "YEM", ["Der Vorsitzende des Präsidialen Führungsrats, Raschad al-Alimi",
                                                 "Der 71-Jährige"]),
        entity("Presidential Leadership Council", "ORG", "YEM", ["des Präsidialen Führungsrats", "des Führungsrats"]),
        entity("Riyadh", "LOC", "SAU", ["der saudischen Hauptstadt Riad"]),
        entity("Aidarus al-Zubaidi", "PER", "YEM", ["STC-Chef Aidarus al-Subaidi"]),
        entity("Government of Yemen", "ORG", "YEM", ["die international anerkannte Regierung"]),
        entity("Saudi military delegation", "ORG", "SAU", ["Eine saudische Militärdelegation"]),
        entity("Mukalla", "LOC", "YEM", ["Mukalla"]),
        entity("Hadramawt Tribal Alliance", "ORG", "YEM", ["Kämpfer der Stammesallianz von Hadramaut"]),
        entity("Amr bin Habrish", "PER", "YEM", ["Scheich Amr bin Habrisch"]),
        entity("Yemeni army", "ORG", "YEM", ["der Armee"]),
        entity("PetroMasila", "ORG", "YEM", ["der Firma PetroMasila"]),
        entity("Dhale", "LOC", "YEM", ["Dhale"]),
        entity("Mahra", "LOC", "YEM", ["die Nachbarprovinz Mahra"]),
        entity("Houthis", "ORG", "YEM", ["Die Huthi-Miliz"]),
        entity("Sanaa", "LOC", "YEM", ["der Hauptstadt Sanaa"]),
        entity("United Arab Emirates", "LOC", "ARE", ["den Vereinigten Arabischen Emiraten", "Die Emirate"]),
        entity("Hans Grundberg", "PER", "UNO", ["Der UN-Sondergesandte Hans Grundberg"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Tarim", "LOC", "YEM", ["der Stadt Tarim"]),
        entity("protesters in Tarim", "PER", "YEM", ["mehrere hundert Menschen"]),
    ],
}

# ---------------------------------------------------------------- hm317-de-02 (Jordan, shooting near Israeli embassy)
GUNMAN = actor("gunman near the Israeli embassy in Amman", "JOR", "CVL")
PSD = actor("Public Security Directorate", "JOR", "COP")
JOR_SECURITY = actor("Jordanian security forces", "JOR", "COP")
MOMANI = actor("Mohammad al-Momani", "JOR", "GOV")
GUNMAN_RELATIVES = actor("relatives of the gunman", "JOR", "CVL")
SAAR = actor("Gideon Saar", "ISR", "GOV")
IAF = actor("Islamic Action Front", "JOR", "OPP")
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
DEADSEA_GUNMEN = actor("Jordanian gunmen at the Dead Sea", "JOR", "CVL")
IDF = actor("Israel Defense Forces", "ISR", "MIL")

J1 = ("Amman (AFP) - Ein bewaffneter Mann hat in der Nähe der israelischen Botschaft in der jordanischen Hauptstadt "
      "Amman das Feuer auf eine Polizeistreife eröffnet und drei Beamte verletzt.")
J2 = ("Der Angreifer wurde nach mehrstündiger Fahndung von Sicherheitskräften erschossen, wie die Regierung am "
      "Sonntag mitteilte.")
J3 = ("Der Vorfall ereignete sich in den frühen Morgenstunden im Viertel Rabieh, wo regelmäßig Kundgebungen gegen "
      "Israel und den Gaza-Krieg stattfinden.")
J4 = "Regierungssprecher Mohammed al-Momani sprach von einem „terroristischen Angriff“ auf die Sicherheitskräfte."
J5 = "Die Polizei riegelte das Viertel weiträumig ab."
J6 = "Ermittler durchsuchten später die Wohnung des Mannes im Süden des Landes."
J7 = "Drei Angehörige des Angreifers wurden zur Befragung festgenommen."
J8 = "Zu seinen Motiven machten die Behörden zunächst keine Angaben."
J9 = "Das Personal der israelischen Botschaft hält sich seit Beginn des Gaza-Kriegs nicht mehr in Jordanien auf."
J10 = "Israels Außenminister Gideon Saar dankte den jordanischen Sicherheitskräften für ihr rasches Eingreifen."
J11 = ("„Die Sicherheit unserer Bürger und der diplomatischen Vertretungen hat für uns oberste Priorität“, sagte "
       "Innenminister Mazen al-Faraja.")
J12 = "Die Polizei verstärkte nach dem Angriff ihre Präsenz vor ausländischen Vertretungen in der Hauptstadt."
J13 = ("Die Islamische Aktionsfront (IAF), seit der Wahl im September größte Oppositionskraft im Parlament, forderte "
       "die Regierung auf, den Vorfall nicht als Vorwand für Einschränkungen des Demonstrationsrechts zu nutzen.")
J14 = "Eine für Montag geplante Solidaritätskundgebung für Gaza verboten die Behörden nicht."
J15 = ("Bereits im Oktober hatten zwei bewaffnete Jordanier am Toten Meer die Grenze nach Israel überquert und zwei "
       "israelische Soldaten verletzt.")
J16 = "Jordanien ist seit 1994 durch einen Friedensvertrag mit Israel verbunden."

DE02 = {
    "id": "hm317-de-02", "lang": "de", "url": None, "published": "2024-11-24",
    "title": "Schüsse nahe israelischer Botschaft in Amman - Angreifer getötet",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6, J7, J8], [J9, J10, J11, J12], [J13, J14, J15, J16]),
    "events": [
        event("ASSAULT", GUNMAN, PSD, J1, mode="firearms", location="Amman", location_country="JOR"),
        event("ASSAULT", JOR_SECURITY, GUNMAN, J2, mode="firearms", date="2024-11-24"),
        event("ACCUSE", MOMANI, GUNMAN, J4, mode="disapprove"),
        event("COERCE", PSD, None, J5, mode="restrict"),
        event("COERCE", PSD, GUNMAN, J6, mode="seize"),
        event("COERCE", PSD, GUNMAN_RELATIVES, J7, mode="arrest"),
        event("SUPPORT", SAAR, JOR_SECURITY, J10),
        event("MOBILIZE", PSD, None, J12, mode="police", location="Amman", location_country="JOR"),
        event("REQUEST", IAF, JOR_GOV, J13),
        event("COERCE", JOR_GOV, None, J14, mode="ban", negated=True),
        event("ASSAULT", DEADSEA_GUNMEN, IDF, J15, mode="firearms", location="Dead Sea", location_country="JOR"),
    ],
    "quotes": [
        quote("Der Angreifer wurde nach mehrstündiger Fahndung von Sicherheitskräften erschossen",
              "Government of Jordan", "indirect"),
        quote("terroristischen Angriff", "Mohammad al-Momani", "direct"),
        quote("Die Sicherheit unserer Bürger und der diplomatischen Vertretungen hat für uns oberste Priorität",
              "Mazen al-Faraya", "direct"),
    ],
    "entities": [
        entity("Amman", "LOC", "JOR", ["Amman", "der jordanischen Hauptstadt Amman", "der Hauptstadt"]),
        entity("Embassy of Israel in Amman", "ORG", "ISR", ["der israelischen Botschaft"]),
        entity("gunman near the Israeli embassy in Amman", "PER", "JOR", ["Ein bewaffneter Mann", "Der Angreifer",
                                                                           "des Mannes", "des Angreifers"]),
        entity("Public Security Directorate", "ORG", "JOR", ["eine Polizeistreife", "Die Polizei", "Ermittler"]),
        entity("Jordanian security forces", "ORG", "JOR", ["Sicherheitskräften", "die Sicherheitskräfte",
                                                           "den jordanischen Sicherheitskräften"]),
        entity("Government of Jordan", "ORG", "JOR", ["die Regierung", "die Behörden"]),
        entity("Rabieh", "LOC", "JOR", ["im Viertel Rabieh", "das Viertel"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israels"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Mohammad al-Momani", "PER", "JOR", ["Regierungssprecher Mohammed al-Momani"]),
        entity("Jordan", "LOC", "JOR", ["des Landes", "Jordanien"]),
        entity("relatives of the gunman", "PER", "JOR", ["Drei Angehörige des Angreifers"]),
        entity("Gideon Saar", "PER", "ISR", ["Israels Außenminister Gideon Saar"]),
        entity("Mazen al-Faraya", "PER", "JOR", ["Innenminister Mazen al-Faraja"]),
        entity("Islamic Action Front", "ORG", "JOR", ["Die Islamische Aktionsfront (IAF)"]),
        entity("Parliament of Jordan", "ORG", "JOR", ["im Parlament"]),
        entity("Dead Sea", "LOC", "JOR", ["am Toten Meer"]),
        entity("Jordanian gunmen at the Dead Sea", "PER", "JOR", ["zwei bewaffnete Jordanier"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["zwei israelische Soldaten"]),
    ],
}

# ---------------------------------------------------------------- hm317-de-03 (Egypt, Hisham Kassem sentenced)
ECON_COURT = actor("Cairo Economic Court", "EGY", "JUD")
KASSEM = actor("Hisham Kassem", "EGY", "OPP")
EGY_PROSECUTION = actor("Public Prosecution of Egypt", "EGY", "JUD")
ABU_EITA = actor("Kamal Abu Eita", "EGY", "CVL")
KASSEM_LAWYER = actor("lawyer of Hisham Kassem", "EGY", "CVL")
CDM = actor("Civil Democratic Movement", "EGY", "OPP")
EGY_AUTH = actor("Egyptian authorities", "EGY", "GOV")
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
TANTAWY = actor("Ahmed Tantawy", "EGY", "OPP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

H1 = ("Kairo (dpa) - Ein Gericht in Kairo hat den ägyptischen Oppositionspolitiker und Verleger Hischam Kassem zu "
      "sechs Monaten Haft verurteilt.")
H2 = ("Das Wirtschaftsgericht sprach den 64-Jährigen am Samstag der Verleumdung des früheren Arbeitsministers Kamal "
      "Abu Eita sowie der Beleidigung von Polizeibeamten schuldig.")
H3 = ("Kassem, Vorsitzender des liberalen Oppositionsbündnisses Freie Strömung, war Ende August in Gewahrsam genommen "
      "worden, nachdem er sich geweigert hatte, eine von der Staatsanwaltschaft festgesetzte Kaution zu zahlen.")
H4 = ("Abu Eita hatte ihn wegen eines Facebook-Beitrags angezeigt, in dem Kassem dem Ex-Minister Korruption "
      "vorgeworfen hatte.")
H5 = "Sein Anwalt sprach nach der Verhandlung von einem „politischen Urteil“."
H6 = ("Die Zivile Demokratische Bewegung, ein Zusammenschluss mehrerer Oppositionsparteien, verurteilte den "
      "Richterspruch und forderte Kassems sofortige Freilassung.")
H7 = ("Das Urteil zeige, dass der von Präsident Abdel Fattah al-Sisi ausgerufene Nationale Dialog keine ernsthafte "
      "Öffnung bedeute, hieß es in einer Erklärung des Bündnisses.")
H8 = "Das Bündnis drohte, seine Teilnahme an dem Dialog auszusetzen."
H9 = ("Der Oppositionspolitiker Ahmed Tantawi, der bei der Präsidentenwahl gegen al-Sisi antreten will, warf den "
      "Behörden vor, Kritiker systematisch einzuschüchtern.")
H10 = ("„Wer heute Hischam Kassem einsperrt, will morgen jeden Kandidaten zum Schweigen bringen“, sagte der frühere "
       "Abgeordnete.")
H11 = "Amnesty International forderte die ägyptischen Behörden auf, Kassem umgehend freizulassen."
H12 = "Der frühere Gewerkschaftsführer Abu Eita begrüßte dagegen die Entscheidung des Gerichts."
H13 = "Er habe lediglich seine Ehre verteidigt, sagte er der Zeitung „Al-Ahram“."
H14 = "Die Regierung äußerte sich zunächst nicht zu dem Fall."
H15 = ("Kassem hatte 2004 die unabhängige Zeitung „Al-Masry Al-Youm“ mitbegründet und gilt als einer der bekanntesten "
       "liberalen Publizisten des Landes.")

DE03 = {
    "id": "hm317-de-03", "lang": "de", "url": None, "published": "2023-09-16",
    "title": "Ägyptischer Oppositionspolitiker Hischam Kassem zu sechs Monaten Haft verurteilt",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11], [H12, H13, H14, H15]),
    "events": [
        event("SANCTION", ECON_COURT, KASSEM, H1, mode="convict", location="Cairo", location_country="EGY"),
        event("SANCTION", ECON_COURT, KASSEM, H2, mode="convict", date="2023-09-16"),
        event("COERCE", EGY_PROSECUTION, KASSEM, H3, mode="arrest"),
        event("REJECT", KASSEM, EGY_PROSECUTION, H3),
        event("ACCUSE", ABU_EITA, KASSEM, H4, mode="allege"),
        event("ACCUSE", KASSEM, ABU_EITA, H4, mode="allege"),
        event("ACCUSE", KASSEM_LAWYER, ECON_COURT, H5, mode="disapprove"),
        event("ACCUSE", CDM, ECON_COURT, H6, mode="disapprove"),
        event("REQUEST", CDM, EGY_AUTH, H6, mode="yield"),
        event("ACCUSE", CDM, SISI, H7, mode="disapprove"),
        event("THREATEN", CDM, EGY_GOV, H8, mode="relations"),
        event("ACCUSE", TANTAWY, EGY_AUTH, H9, mode="allege"),
        event("ACCUSE", TANTAWY, EGY_AUTH, H10, mode="disapprove"),
        event("REQUEST", AMNESTY, EGY_AUTH, H11, mode="yield"),
        event("SUPPORT", ABU_EITA, ECON_COURT, H12),
    ],
    "quotes": [
        quote("politischen Urteil", "lawyer of Hisham Kassem", "direct"),
        quote("Das Urteil zeige, dass der von Präsident Abdel Fattah al-Sisi ausgerufene Nationale Dialog keine "
              "ernsthafte Öffnung bedeute", "Civil Democratic Movement", "indirect"),
        quote("Kritiker systematisch einzuschüchtern", "Ahmed Tantawy", "indirect"),
        quote("Wer heute Hischam Kassem einsperrt, will morgen jeden Kandidaten zum Schweigen bringen", "Ahmed Tantawy",
              "direct"),
        quote("Er habe lediglich seine Ehre verteidigt", "Kamal Abu Eita", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Cairo Economic Court", "ORG", "EGY", ["Ein Gericht in Kairo", "Das Wirtschaftsgericht",
                                                      "des Gerichts"]),
        entity("Hisham Kassem", "PER", "EGY", ["den ägyptischen Oppositionspolitiker und Verleger Hischam Kassem",
                                               "den 64-Jährigen", "Kassem", "Kassems", "Hischam Kassem"]),
        entity("Kamal Abu Eita", "PER", "EGY", ["des früheren Arbeitsministers Kamal Abu Eita", "Abu Eita",
                                                "dem Ex-Minister", "Der frühere Gewerkschaftsführer Abu Eita"]),
        entity("Free Current", "ORG", "EGY", ["des liberalen Oppositionsbündnisses Freie Strömung"]),
        entity("Public Prosecution of Egypt", "ORG", "EGY", ["der Staatsanwaltschaft"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("lawyer of Hisham Kassem", "PER", "EGY", ["Sein Anwalt"]),
        entity("Civil Democratic Movement", "ORG", "EGY", ["Die Zivile Demokratische Bewegung", "des Bündnisses",
                                                           "Das Bündnis"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Präsident Abdel Fattah al-Sisi", "al-Sisi"]),
        entity("National Dialogue (Egypt)", "ORG", "EGY", ["Nationale Dialog", "dem Dialog"]),
        entity("Ahmed Tantawy", "PER", "EGY", ["Der Oppositionspolitiker Ahmed Tantawi", "der frühere Abgeordnete"]),
        entity("Egyptian authorities", "ORG", "EGY", ["den Behörden", "die ägyptischen Behörden"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Al-Ahram", "ORG", "EGY", ["der Zeitung „Al-Ahram“"]),
        entity("Government of Egypt", "ORG", "EGY", ["Die Regierung"]),
        entity("Al-Masry Al-Youm", "ORG", "EGY", ["die unabhängige Zeitung „Al-Masry Al-Youm“"]),
        entity("Egypt", "LOC", "EGY", ["des Landes"]),
    ],
}

# ---------------------------------------------------------------- hm317-de-04 (Russia/Syria, al-Sharaa in Moscow)
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
ASSAD = actor("Bashar al-Assad", "SYR", "CVL")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
SYR_RIGHTS = actor("Syrian human rights groups", "SYR", "NGO")
SHAIBANI = actor("Asaad al-Shaibani", "SYR", "GOV")
LAVROV = actor("Sergey Lavrov", "RUS", "GOV")

M1 = ("Moskau (Reuters) - Der syrische Übergangspräsident Ahmed al-Scharaa ist am Mittwoch bei seinem ersten Besuch "
      "seit dem Sturz von Baschar al-Assad in Moskau mit Kremlchef Wladimir Putin zusammengetroffen.")
M2 = ("Putin empfing den 42-Jährigen im Kreml und würdigte die „besonderen Beziehungen“ beider Länder, die seit mehr "
      "als 80 Jahren bestünden.")
M3 = "Russland sei bereit, alle in der Vergangenheit geschlossenen Vereinbarungen zu erfüllen, sagte Putin."
M4 = ("Al-Scharaa versicherte, Damaskus respektiere alle früheren Abkommen mit Moskau, und sprach von einer „neuen "
      "Seite“ in den Beziehungen.")
M5 = "Im Mittelpunkt stand die Zukunft der russischen Militärstützpunkte Hmeimim und Tartus an der Mittelmeerküste."
M6 = "Zudem habe al-Scharaa die Auslieferung Assads verlangt, sagte ein syrischer Regierungsvertreter."
M7 = "Der gestürzte Machthaber lebt seit Dezember mit seiner Familie in Moskau, wo Russland ihm Asyl gewährt hat."
M8 = "Kremlsprecher Dmitri Peskow sagte, eine Auslieferung stehe nicht zur Debatte."
M9 = "Russland war im Bürgerkrieg der wichtigste militärische Verbündete Assads."
M10 = ("Syrische Menschenrechtsgruppen warfen Russland vor dem Besuch vor, bei Luftangriffen auf die Provinz Idlib den "
       "Tod Tausender Zivilisten verursacht zu haben, und forderten Entschädigungen.")
M11 = ("Außenminister Asaad al-Schaibani, der al-Scharaa begleitete, hatte bereits im Juli in Moskau mit seinem "
       "Kollegen Sergej Lawrow verhandelt.")
M12 = ("Putin sagte, Russland wolle beim Wiederaufbau Syriens helfen und sei zu Gesprächen über Energie- und "
       "Getreidelieferungen bereit.")
M13 = ("Eigentlich hatte al-Scharaa an einem russisch-arabischen Gipfel teilnehmen sollen, den der Kreml jedoch "
       "kurzfristig verschoben hatte.")
M14 = "Die Übergangsregierung in Damaskus bemüht sich seit Monaten um Investitionen aus den Golfstaaten und dem Westen."

DE04 = {
    "id": "hm317-de-04", "lang": "de", "url": None, "published": "2025-10-15",
    "title": "Al-Scharaa trifft Putin in Moskau",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8, M9], [M10, M11], [M12, M13, M14]),
    "events": [
        event("CONSULT", SHARAA, PUTIN, M1, mode="visit", date="2025-10-15", location="Moscow",
              location_country="RUS"),
        event("CONSULT", SHARAA, PUTIN, M2, mode="visit", location="Moscow", location_country="RUS"),
        event("SUPPORT", PUTIN, SYR_GOV, M2),
        event("AGREE", PUTIN, SYR_GOV, M3),
        event("AGREE", SHARAA, RUSSIA, M4),
        event("REQUEST", SHARAA, PUTIN, M6, mode="yield"),
        event("AID", RUSSIA, ASSAD, M7, location="Moscow", location_country="RUS"),
        event("REJECT", PESKOV, SHARAA, M8, mode="yield"),
        event("ACCUSE", SYR_RIGHTS, RUSSIA, M10, mode="allege"),
        event("REQUEST", SYR_RIGHTS, RUSSIA, M10),
        event("CONSULT", SHAIBANI, LAVROV, M11, mode="visit", location="Moscow", location_country="RUS"),
        event("AGREE", PUTIN, SYR_GOV, M12),
    ],
    "quotes": [
        quote("besonderen Beziehungen", "Vladimir Putin", "direct"),
        quote("die seit mehr als 80 Jahren bestünden", "Vladimir Putin", "indirect"),
        quote("Russland sei bereit, alle in der Vergangenheit geschlossenen Vereinbarungen zu erfüllen",
              "Vladimir Putin", "indirect"),
        quote("Damaskus respektiere alle früheren Abkommen mit Moskau", "Ahmed al-Sharaa", "indirect"),
        quote("neuen Seite", "Ahmed al-Sharaa", "direct"),
        quote("Zudem habe al-Scharaa die Auslieferung Assads verlangt", "Syrian government official", "indirect"),
        quote("eine Auslieferung stehe nicht zur Debatte", "Dmitry Peskov", "indirect"),
        quote("bei Luftangriffen auf die Provinz Idlib den Tod Tausender Zivilisten verursacht zu haben",
              "Syrian human rights groups", "indirect"),
        quote("Russland wolle beim Wiederaufbau Syriens helfen und sei zu Gesprächen über Energie- und "
              "Getreidelieferungen bereit", "Vladimir Putin", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Der syrische Übergangspräsident Ahmed al-Scharaa",
                                                 "den 42-Jährigen", "Al-Scharaa", "al-Scharaa"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Baschar al-Assad", "Assads", "Der gestürzte Machthaber"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Kremlin", "LOC", "RUS", ["im Kreml", "der Kreml"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Syria", "LOC", "SYR", ["Syriens"]),
        entity("Government of Syria", "ORG", "SYR", ["Damaskus", "Die Übergangsregierung in Damaskus"]),
        entity("Government of Russia", "ORG", "RUS", ["mit Moskau"]),
        entity("Hmeimim Air Base", "LOC", "SYR", ["Hmeimim"]),
        entity("Tartus", "LOC", "SYR", ["Tartus"]),
        entity("Mediterranean Sea", "LOC", None, ["Mittelmeerküste"]),
        entity("Syrian government official", "PER", "SYR", ["ein syrischer Regierungsvertreter"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Syrian human rights groups", "ORG", "SYR", ["Syrische Menschenrechtsgruppen"]),
        entity("Idlib", "LOC", "SYR", ["die Provinz Idlib"]),
        entity("Asaad al-Shaibani", "PER", "SYR", ["Außenminister Asaad al-Schaibani"]),
        entity("Sergey Lavrov", "PER", "RUS", ["seinem Kollegen Sergej Lawrow"]),
        entity("Gulf states", "LOC", None, ["den Golfstaaten"]),
        entity("Western countries", "LOC", None, ["dem Westen"]),
    ],
}

# ---------------------------------------------------------------- hm317-en-01 (Iran/Saudi Arabia, Araqchi in Riyadh)
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
MBS = actor("Mohammed bin Salman", "SAU", "GOV")
IRAN_GOV = actor("Government of Iran", "IRN", "GOV")
GULF_STATES = actor("Gulf Arab states", None, "GOV")
IRAN = actor("Iran", "IRN", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
GALLANT = actor("Yoav Gallant", "ISR", "GOV")
FAISAL = actor("Faisal bin Farhan", "SAU", "GOV")
SAUDI_A = actor("Saudi Arabia", "SAU", "GOV")
IRAN_OFFICIALS = actor("Iranian officials", "IRN", "GOV")
SAU_MFA = actor("Ministry of Foreign Affairs of Saudi Arabia", "SAU", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")

A1 = ("RIYADH, Oct 9 (Reuters) - Iranian Foreign Minister Abbas Araqchi held talks with Saudi Crown Prince Mohammed "
      "bin Salman in Riyadh on Wednesday, as Tehran lobbied Gulf Arab states to stay out of any conflict with Israel.")
A2 = ("The visit, Araqchi's first to the kingdom since he took office in August, came eight days after Iran fired "
      "about 180 ballistic missiles at Israel.")
A3 = ('Israeli Defense Minister Yoav Gallant warned on Wednesday that Israel\'s strike would be "lethal, precise and '
      'above all surprising" and would come at a time of its choosing.')
A4 = "Araqchi also met his Saudi counterpart, Prince Faisal bin Farhan, the Iranian foreign ministry said."
A5 = ('"We are at a sensitive stage, and it is necessary for the countries of the region to consult closely," '
      'Araqchi told Iranian state television before the meeting.')
A6 = "He said Iran was ready to work with Saudi Arabia to bring an end to the wars in Gaza and Lebanon."
A7 = ("A Gulf official told Reuters that Riyadh had assured Tehran it would not allow its airspace to be used for any "
      "attack on Iran.")
A8 = ("Iranian officials have warned that any Gulf state that helps Israel strike Iran would be treated as a "
      "legitimate target.")
A9 = ('In a statement after the talks, the Saudi foreign ministry called for an immediate ceasefire in Gaza and '
      'Lebanon and condemned what it called Israel\'s "violations of the sovereignty" of Lebanon.')
A10 = "Araqchi was due to travel on to Qatar later on Wednesday."
A11 = ("U.S. President Joe Biden spoke by phone with Israeli Prime Minister Benjamin Netanyahu on Wednesday, their "
       "first call in seven weeks, as Washington urged Israel to avoid striking Iran's nuclear facilities.")
A12 = ('Iran\'s Supreme Leader Ayatollah Ali Khamenei said last week that Iran would "neither procrastinate nor act '
       'hastily" in confronting Israel.')
A13 = ("Saudi Arabia, the United Arab Emirates and Qatar host U.S. troops and have been wary of being drawn into a "
       "regional war.")
A14 = ("Brent crude prices have risen about 8% since Iran's missile attack on fears that Israeli strikes could hit "
       "Iranian oil installations.")

EN01 = {
    "id": "hm317-en-01", "lang": "en", "url": None, "published": "2024-10-09",
    "title": "Iran's foreign minister meets Saudi crown prince as Tehran braces for Israeli strike",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7, A8], [A9, A10, A11, A12], [A13, A14]),
    "events": [
        event("CONSULT", ARAGHCHI, MBS, A1, mode="visit", date="2024-10-09", location="Riyadh",
              location_country="SAU"),
        event("REQUEST", IRAN_GOV, GULF_STATES, A1),
        event("ASSAULT", IRAN, ISRAEL, A2, mode="heavy-weapons"),
        event("THREATEN", GALLANT, IRAN, A3, mode="violence", date="2024-10-09"),
        event("CONSULT", ARAGHCHI, FAISAL, A4, mode="visit", location="Riyadh", location_country="SAU"),
        event("AGREE", ARAGHCHI, SAUDI_A, A6),
        event("AGREE", SAUDI_A, IRAN_GOV, A7),
        event("THREATEN", IRAN_OFFICIALS, GULF_STATES, A8, mode="violence"),
        event("REQUEST", SAU_MFA, ISRAEL, A9, mode="yield"),
        event("ACCUSE", SAU_MFA, ISRAEL, A9, mode="disapprove"),
        event("CONSULT", BIDEN, NETANYAHU, A11, mode="phone", date="2024-10-09"),
        event("REQUEST", US_GOV, ISRAEL, A11),
        event("THREATEN", KHAMENEI, ISRAEL, A12),
    ],
    "quotes": [
        quote("lethal, precise and above all surprising", "Yoav Gallant", "direct"),
        quote('Israel\'s strike would be "lethal, precise and above all surprising" and would come at a time of its '
              'choosing', "Yoav Gallant", "indirect"),
        quote("Araqchi also met his Saudi counterpart, Prince Faisal bin Farhan",
              "Ministry of Foreign Affairs of Iran", "indirect"),
        quote("We are at a sensitive stage, and it is necessary for the countries of the region to consult closely",
              "Abbas Araghchi", "direct"),
        quote("Iran was ready to work with Saudi Arabia to bring an end to the wars in Gaza and Lebanon",
              "Abbas Araghchi", "indirect"),
        quote("Riyadh had assured Tehran it would not allow its airspace to be used for any attack on Iran",
              "Gulf official", "indirect"),
        quote("any Gulf state that helps Israel strike Iran would be treated as a legitimate target",
              "Iranian officials", "indirect"),
        quote("violations of the sovereignty", "Ministry of Foreign Affairs of Saudi Arabia", "direct"),
        quote("neither procrastinate nor act hastily", "Ali Khamenei", "direct"),
        quote('Iran would "neither procrastinate nor act hastily" in confronting Israel', "Ali Khamenei", "indirect"),
    ],
    "entities": [
        entity("Riyadh", "LOC", "SAU", ["RIYADH", "Riyadh"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Iranian Foreign Minister Abbas Araqchi", "Araqchi"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Saudi Crown Prince Mohammed bin Salman"]),
        entity("Government of Iran", "ORG", "IRN", ["Tehran"]),
        entity("Gulf Arab states", "LOC", None, ["Gulf Arab states", "any Gulf state"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Saudi Arabia", "LOC", "SAU", ["the kingdom", "Saudi Arabia"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Yoav Gallant", "PER", "ISR", ["Israeli Defense Minister Yoav Gallant"]),
        entity("Faisal bin Farhan", "PER", "SAU", ["his Saudi counterpart, Prince Faisal bin Farhan"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["the Iranian foreign ministry"]),
        entity("Islamic Republic of Iran Broadcasting", "ORG", "IRN", ["Iranian state television"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Lebanon", "LOC", "LBN", ["Lebanon"]),
        entity("Gulf official", "PER", None, ["A Gulf official"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Iranian officials", "PER", "IRN", ["Iranian officials"]),
        entity("Ministry of Foreign Affairs of Saudi Arabia", "ORG", "SAU", ["the Saudi foreign ministry"]),
        entity("Qatar", "LOC", "QAT", ["Qatar"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Ali Khamenei", "PER", "IRN", ["Iran's Supreme Leader Ayatollah Ali Khamenei"]),
        entity("United Arab Emirates", "LOC", "ARE", ["the United Arab Emirates"]),
        entity("U.S. armed forces", "ORG", "USA", ["U.S. troops"]),
    ],
}

# ---------------------------------------------------------------- hm317-en-02 (Iraq, Kurdistan Region election)
BARZANI = actor("Masrour Barzani", "IRQ", "GOV")
TALABANI = actor("Bafel Talabani", "IRQ", "PTY")
KDP = actor("Kurdistan Democratic Party", "IRQ", "PTY")
ABDULWAHID = actor("Shaswar Abdulwahid", "IRQ", "OPP")
IHEC = actor("Independent High Electoral Commission", "IRQ", "GOV")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
KRG_PEOPLE = actor("people of the Kurdistan Region", "IRQ", "CVL")
KURD_PARTIES = actor("Kurdish political parties", "IRQ", "PTY")
UNAMI = actor("United Nations Assistance Mission for Iraq", "UNO", "IGO")
KRG_SECURITY = actor("Kurdistan Region security forces", "IRQ", "COP")
FSC = actor("Federal Supreme Court of Iraq", "IRQ", "JUD")

K1 = ("ERBIL, Iraq (AP) — The Kurdistan Democratic Party of regional Prime Minister Masrour Barzani won the most seats "
      "in the Kurdish region's long-delayed parliamentary election, preliminary results showed Monday.")
K2 = ("The KDP took 39 of the 100 seats, followed by the Patriotic Union of Kurdistan with 23 and the opposition New "
      "Generation movement with 15, Iraq's Independent High Electoral Commission said.")
K3 = "Turnout in Sunday's vote, the first in the semi-autonomous region since 2018, was about 72%, the commission said."
K4 = "No party won a majority, and the KDP will need at least one partner to form the next regional government."
K5 = ('Barzani said his party was ready to work with "all parties that believe in the constitutional entity of '
      'Kurdistan" and thanked voters for a peaceful election.')
K6 = ("PUK leader Bafel Talabani, whose party dominates the Sulaimaniyah area, accused the KDP of buying votes in "
      "Erbil.")
K7 = '"We will not be anyone\'s junior partner," Talabani told reporters in Sulaimaniyah.'
K8 = ("New Generation leader Shaswar Abdulwahid accused the KDP of widespread irregularities at polling stations in "
      "Duhok and demanded that the electoral commission order a manual recount.")
K9 = ("The commission rejected the demand on Tuesday, saying electronic tallies had matched manual checks at randomly "
      "selected stations.")
K10 = ("Iraqi Prime Minister Mohammed Shia al-Sudani congratulated the region's people on a peaceful vote and urged "
       "the Kurdish parties to form a new government quickly.")
K11 = ("The U.N. Assistance Mission for Iraq, headed by Jeanine Hennis-Plasschaert, welcomed the orderly conduct of "
       "the election.")
K12 = ("Kurdish security forces had deployed in large numbers across the region on Sunday and banned travel between "
       "provinces during voting.")
K13 = "The vote had been postponed four times amid disputes between the KDP and the PUK over electoral rules."
K14 = ("The KDP had threatened in March to boycott the election in protest against a ruling by Iraq's Federal Supreme "
       "Court on the electoral law.")
K15 = ("Relations between Erbil and Baghdad have long been strained by disputes over oil exports and the payment of "
       "public sector salaries.")

EN02 = {
    "id": "hm317-en-02", "lang": "en", "url": None, "published": "2024-10-22",
    "title": "Barzani's KDP wins most seats in Iraqi Kurdistan election but falls short of majority",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8, K9], [K10, K11, K12], [K13, K14, K15]),
    "events": [
        event("AGREE", BARZANI, None, K5),
        event("ACCUSE", TALABANI, KDP, K6, mode="allege", location="Erbil", location_country="IRQ"),
        event("ACCUSE", ABDULWAHID, KDP, K8, mode="allege", location="Duhok", location_country="IRQ"),
        event("REQUEST", ABDULWAHID, IHEC, K8),
        event("REJECT", IHEC, ABDULWAHID, K9, date="2024-10-22"),
        event("SUPPORT", SUDANI, KRG_PEOPLE, K10),
        event("REQUEST", SUDANI, KURD_PARTIES, K10),
        event("SUPPORT", UNAMI, None, K11),
        event("MOBILIZE", KRG_SECURITY, None, K12, mode="police", date="2024-10-20",
              location="Kurdistan Region", location_country="IRQ"),
        event("COERCE", KRG_SECURITY, None, K12, mode="restrict", date="2024-10-20",
              location="Kurdistan Region", location_country="IRQ"),
        event("THREATEN", KDP, FSC, K14, mode="restrict"),
    ],
    "quotes": [
        quote("The KDP took 39 of the 100 seats, followed by the Patriotic Union of Kurdistan with 23 and the "
              "opposition New Generation movement with 15", "Independent High Electoral Commission", "indirect"),
        quote("Turnout in Sunday's vote, the first in the semi-autonomous region since 2018, was about 72%",
              "Independent High Electoral Commission", "indirect"),
        quote("all parties that believe in the constitutional entity of Kurdistan", "Masrour Barzani", "direct"),
        quote('his party was ready to work with "all parties that believe in the constitutional entity of Kurdistan"',
              "Masrour Barzani", "indirect"),
        quote("We will not be anyone's junior partner", "Bafel Talabani", "direct"),
        quote("electronic tallies had matched manual checks at randomly selected stations",
              "Independent High Electoral Commission", "indirect"),
    ],
    "entities": [
        entity("Erbil", "LOC", "IRQ", ["ERBIL", "Erbil"]),
        entity("Iraq", "LOC", "IRQ", ["Iraq"]),
        entity("Kurdistan Democratic Party", "ORG", "IRQ", ["The Kurdistan Democratic Party", "The KDP", "the KDP",
                                                            "his party"]),
        entity("Masrour Barzani", "PER", "IRQ", ["regional Prime Minister Masrour Barzani", "Barzani"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["the Kurdish region", "the semi-autonomous region", "Kurdistan",
                                                  "the region"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["the next regional government"]),
        entity("Patriotic Union of Kurdistan", "ORG", "IRQ", ["the Patriotic Union of Kurdistan", "PUK",
                                                              "whose party"]),
        entity("New Generation", "ORG", "IRQ", ["the opposition New Generation movement", "New Generation"]),
        entity("Independent High Electoral Commission", "ORG", "IRQ", ["Iraq's Independent High Electoral Commission",
                                                                       "the commission", "The commission",
                                                                       "the electoral commission"]),
        entity("Bafel Talabani", "PER", "IRQ", ["PUK leader Bafel Talabani", "Talabani"]),
        entity("Sulaymaniyah", "LOC", "IRQ", ["the Sulaimaniyah area", "Sulaimaniyah"]),
        entity("Shaswar Abdulwahid", "PER", "IRQ", ["New Generation leader Shaswar Abdulwahid"]),
        entity("Duhok", "LOC", "IRQ", ["Duhok"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Iraqi Prime Minister Mohammed Shia al-Sudani"]),
        entity("people of the Kurdistan Region", "PER", "IRQ", ["the region's people"]),
        entity("Kurdish political parties", "ORG", "IRQ", ["the Kurdish parties"]),
        entity("United Nations Assistance Mission for Iraq", "ORG", "UNO", ["The U.N. Assistance Mission for Iraq"]),
        entity("Jeanine Hennis-Plasschaert", "PER", "UNO", ["Jeanine Hennis-Plasschaert"]),
        entity("Kurdistan Region security forces", "ORG", "IRQ", ["Kurdish security forces"]),
        entity("Federal Supreme Court of Iraq", "ORG", "IRQ", ["Iraq's Federal Supreme Court"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Baghdad"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
