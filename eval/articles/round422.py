"""Round 422: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm422-de-01: Slovakia: parliament passes Fico's constitutional amendment recognising only two sexes and national sovereignty in cultural-ethical matters; Fico attacks the opposition, Šimečka asks Pellegrini not to sign and he refuses, the European Commission, Venice Commission and Amnesty object, protest in Bratislava without arrests (2025-09-26).
- hm422-de-02: Finland: the Helsinki District Court sentences Russian neo-Nazi Rusich co-founder Yan Petrovsky to life for war crimes near Shchastia in 2014; prosecutors' charges, his denial and appeal, Ukraine's prosecutor general Kravchenko praises the verdict, the 2023 arrest and the refused extradition, the Russian embassy objects (2025-03-28).
- hm422-de-03: Ukraine: police detain four suspects after three people die outside a locked shelter during a Russian missile strike on Kyiv; Zelensky blames the city authorities and orders shelter checks, Klitschko blames the district administration, whose head resigns, prosecutors investigate (2023-06-02).
- hm422-de-04: Norway: Oslo expels 15 Russian embassy staff as intelligence officers and summons ambassador Ramishvili; the embassy objects and Zakharova threatens a response, the intelligence service's espionage warning, the PST arrest of the GRU "researcher" in Tromsø and the drone arrests, the 2022 expulsions by Denmark, Sweden, Norway and Russia recalled (2023-04-13).
- hm422-en-01: United Kingdom/Scotland: Police Scotland arrest former First Minister Nicola Sturgeon in the SNP finance inquiry and release her without charge; her denial, the earlier arrests of Peter Murrell and Colin Beattie, Ross demands her suspension and Yousaf refuses, Sarwar attacks the SNP (2023-06-11).
- hm422-en-02: United Kingdom: the government lays an order to proscribe Hizb ut-Tahrir over antisemitism and praise for Hamas; Cleverly's accusation, the group's denial and legal challenge, its October rally near the Egyptian Embassy, Braverman's Wagner ban and attack on the police, Labour and the Board of Deputies back the ban (2024-01-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm422-de-01 (Slovakia, two-sexes amendment)
NRSR = actor("National Council of the Slovak Republic", "SVK", "LEG")
FICO = actor("Robert Fico", "SVK", "GOV")
SVK_GOV = actor("Government of Slovakia", "SVK", "GOV")
SVK_OPP = actor("Slovak opposition", "SVK", "OPP")
SIMECKA = actor("Michal Šimečka", "SVK", "OPP")
PELLEGRINI = actor("Peter Pellegrini", "SVK", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
VENICE = actor("Venice Commission", "IGO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
BRATISLAVA_PROTESTERS = actor("protesters in Bratislava", "SVK", "CVL")
SVK_POLICE = actor("Slovak police", "SVK", "COP")

Z1 = ("Bratislava (dpa) - Das slowakische Parlament hat eine umstrittene Verfassungsänderung verabschiedet, nach der "
      "der Staat nur noch zwei Geschlechter anerkennt.")
Z2 = ("Für die Vorlage der Regierung von Ministerpräsident Robert Fico stimmten am Freitag 90 der 150 Abgeordneten "
      "und damit genau die erforderliche Dreifünftelmehrheit.")
Z3 = ("Die Änderung schreibt zudem fest, dass die Slowakei in kulturell-ethischen Fragen souverän ist und nationales "
      "Recht dort Vorrang vor EU-Recht hat.")
Z4 = "Adoptionen sollen künftig grundsätzlich verheirateten Paaren vorbehalten sein."
Z5 = "Fico sprach nach der Abstimmung von einem „Damm gegen den Progressivismus“."
Z6 = ("Der Regierungschef warf der Opposition vor, das Land „fremden Ideologien aus Brüssel“ ausliefern zu "
      "wollen.")
Z7 = "Einen Verstoß gegen europäisches Recht bestritt er."
Z8 = ("Der Vorsitzende der oppositionellen Progressiven Slowakei (PS), Michal Šimečka, forderte Präsident Peter "
      "Pellegrini auf, die Änderung nicht zu unterzeichnen.")
Z9 = "Pellegrini lehnte dies ab und ließ mitteilen, er werde das Gesetz unterschreiben."
Z10 = "Die EU-Kommission äußerte „ernste Bedenken“."
Z11 = "Der Vorrang des EU-Rechts sei nicht verhandelbar, sagte ein Sprecher in Brüssel."
Z12 = ("Die Venedig-Kommission des Europarats hatte die Regierung bereits im Juni aufgefordert, die Abstimmung zu "
       "verschieben.")
Z13 = "Die Regierung in Bratislava lehnte das ab."
Z14 = ("Amnesty International nannte die Änderung einen „schweren Schlag“ für trans- und intergeschlechtliche "
       "Menschen.")
Z15 = ("Vor dem Parlamentsgebäude in Bratislava protestierten am Freitagabend mehrere hundert Menschen gegen die "
       "Änderung.")
Z16 = "Die Polizei nahm niemanden fest."
Z17 = ("Fico regiert seit Oktober 2023 in einer Koalition mit der sozialdemokratischen Hlas und der nationalistischen "
       "SNS.")

DE01 = {
    "id": "hm422-de-01", "lang": "de", "url": None, "published": "2025-09-26",
    "title": "Slowakei schreibt zwei Geschlechter in die Verfassung",
    "text": paragraphs([Z1, Z2, Z3, Z4], [Z5, Z6, Z7], [Z8, Z9], [Z10, Z11, Z12, Z13, Z14], [Z15, Z16, Z17]),
    "events": [
        event("ACCUSE", FICO, SVK_OPP, Z6, mode="disapprove"),
        event("REQUEST", SIMECKA, PELLEGRINI, Z8, mode="change"),
        event("REJECT", PELLEGRINI, SIMECKA, Z9, mode="change"),
        event("ACCUSE", EU_COMMISSION, SVK_GOV, Z10, mode="disapprove"),
        event("REQUEST", VENICE, SVK_GOV, Z12, mode="change"),
        event("REJECT", SVK_GOV, VENICE, Z13, mode="change"),
        event("ACCUSE", AMNESTY, NRSR, Z14, mode="disapprove"),
        event("PROTEST", BRATISLAVA_PROTESTERS, NRSR, Z15, mode="demo", date="2025-09-26", location="Bratislava",
              location_country="SVK"),
        event("COERCE", SVK_POLICE, BRATISLAVA_PROTESTERS, Z16, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Damm gegen den Progressivismus", "Robert Fico", "direct"),
        quote("fremden Ideologien aus Brüssel", "Robert Fico", "direct"),
        quote("das Land „fremden Ideologien aus Brüssel“ ausliefern zu wollen", "Robert Fico", "indirect"),
        quote("er werde das Gesetz unterschreiben", "Peter Pellegrini", "indirect"),
        quote("ernste Bedenken", "European Commission", "direct"),
        quote("Der Vorrang des EU-Rechts sei nicht verhandelbar", "Spokesperson of the European Commission",
              "indirect"),
        quote("schweren Schlag", "Amnesty International", "direct"),
    ],
    "entities": [
        entity("Bratislava", "LOC", "SVK", ["Bratislava"]),
        entity("National Council of the Slovak Republic", "ORG", "SVK", ["Das slowakische Parlament"]),
        entity("Slovak parliament building", "LOC", "SVK", ["dem Parlamentsgebäude in Bratislava"]),
        entity("Government of Slovakia", "ORG", "SVK", ["der Regierung von Ministerpräsident Robert Fico",
                                                        "die Regierung", "Die Regierung in Bratislava"]),
        entity("Robert Fico", "PER", "SVK", ["Ministerpräsident Robert Fico", "Fico", "Der Regierungschef", "er"]),
        entity("Slovakia", "LOC", "SVK", ["die Slowakei", "das Land"]),
        entity("European Union", "ORG", "EUR", ["Brüssel"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Slovak opposition", "ORG", "SVK", ["der Opposition"]),
        entity("Progressive Slovakia", "ORG", "SVK", ["der oppositionellen Progressiven Slowakei (PS)"]),
        entity("Michal Šimečka", "PER", "SVK", ["Der Vorsitzende der oppositionellen Progressiven Slowakei (PS), "
                                                "Michal Šimečka"]),
        entity("Peter Pellegrini", "PER", "SVK", ["Präsident Peter Pellegrini", "Pellegrini", "er"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Spokesperson of the European Commission", "PER", "EUR", ["ein Sprecher"]),
        entity("Venice Commission", "ORG", "IGO", ["Die Venedig-Kommission des Europarats"]),
        entity("Council of Europe", "ORG", "IGO", ["des Europarats"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("protesters in Bratislava", "PER", "SVK", ["mehrere hundert Menschen"]),
        entity("Slovak police", "ORG", "SVK", ["Die Polizei"]),
        entity("Hlas", "ORG", "SVK", ["der sozialdemokratischen Hlas"]),
        entity("Slovak National Party", "ORG", "SVK", ["der nationalistischen SNS"]),
    ],
}

# ---------------------------------------------------------------- hm422-de-02 (Finland, Petrovsky life sentence)
HKI_COURT = actor("Helsinki District Court", "FIN", "JUD")
PETROVSKY = actor("Yan Petrovsky", "RUS", "REB")
RUSICH = actor("Rusich", "RUS", "REB")
UKR_SOLDIERS = actor("Ukrainian soldiers", "UKR", "MIL")
FIN_PROSECUTORS = actor("National Prosecution Authority of Finland", "FIN", "JUD")
KRAVCHENKO = actor("Ruslan Kravchenko", "UKR", "JUD")
UKR_INVESTIGATORS = actor("Ukrainian investigators", "UKR", "COP")
FIN_AUTHORITIES = actor("Finnish authorities", "FIN", "GOV")
FIN_BORDER = actor("Finnish Border Guard", "FIN", "COP")
UKR_GOV_F = actor("Government of Ukraine", "UKR", "GOV")
FIN_GOV = actor("Government of Finland", "FIN", "GOV")
FIN_SUPREME = actor("Supreme Court of Finland", "FIN", "JUD")
RUS_EMB_FIN = actor("Embassy of Russia in Finland", "RUS", "GOV")

F1 = ("Helsinki (dpa) - Ein finnisches Gericht hat einen russischen Neonazi wegen Kriegsverbrechen in der Ostukraine "
      "zu lebenslanger Haft verurteilt.")
F2 = ("Das Bezirksgericht Helsinki sah es am Freitag als erwiesen an, dass Jan Petrowski im September 2014 an einem "
      "Hinterhalt auf ukrainische Soldaten in der Region Luhansk beteiligt war.")
F3 = "Bei dem Angriff der Gruppe Rusich nahe dem Ort Schtschastja wurden 22 ukrainische Soldaten getötet."
F4 = ("Petrowski gilt als einer der Gründer der rechtsextremen Einheit, die damals auf der Seite prorussischer "
      "Separatisten kämpfte.")
F5 = ("Die Staatsanwaltschaft hatte ihm zudem vorgeworfen, die Leichen getöteter Soldaten geschändet und Fotos davon "
      "im Internet verbreitet zu haben.")
F6 = "Der Angeklagte hatte im Prozess jede Beteiligung an Verbrechen bestritten."
F7 = "Sein Verteidiger sagte, er werde Berufung einlegen."
F8 = ("Das Urteil sei ein „wichtiges Signal“, dass Kriegsverbrechen nicht straflos blieben, erklärte der ukrainische "
      "Generalstaatsanwalt Ruslan Krawtschenko.")
F9 = "Ukrainische Ermittler hatten den finnischen Behörden Beweise und Zeugenaussagen übermittelt."
F10 = ("Finnische Grenzschützer hatten Petrowski im Juli 2023 am Flughafen Helsinki-Vantaa auf Grundlage eines "
       "ukrainischen Haftbefehls festgenommen.")
F11 = "Kiew beantragte seine Auslieferung."
F12 = ("Das Oberste Gericht Finnlands lehnte dies im Herbst 2023 ab, weil dem Mann in ukrainischer Haft eine "
       "unmenschliche Behandlung drohe.")
F13 = "Daraufhin erhob die finnische Staatsanwaltschaft selbst Anklage gegen ihn."
F14 = "Die russische Botschaft in Helsinki nannte das Verfahren „politisch motiviert“."
F15 = "Die Beziehungen zwischen beiden Ländern sind seit Finnlands Nato-Beitritt im April 2023 stark belastet."
F16 = "Die gemeinsame Grenze ist seit Ende 2023 für den Personenverkehr geschlossen."

DE02 = {
    "id": "hm422-de-02", "lang": "de", "url": None, "published": "2025-03-28",
    "title": "Lebenslange Haft für russischen Neonazi in Finnland",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9], [F10, F11, F12, F13], [F14, F15, F16]),
    "events": [
        event("SANCTION", HKI_COURT, PETROVSKY, F1, mode="convict"),
        event("COERCE", HKI_COURT, PETROVSKY, F1, mode="arrest"),
        event("SANCTION", HKI_COURT, PETROVSKY, F2, mode="convict", date="2025-03-28", location="Helsinki",
              location_country="FIN"),
        event("ASSAULT", RUSICH, UKR_SOLDIERS, F3, location="Shchastia", location_country="UKR"),
        event("ACCUSE", FIN_PROSECUTORS, PETROVSKY, F5, mode="allege"),
        event("SUPPORT", KRAVCHENKO, HKI_COURT, F8),
        event("COOPERATE", UKR_INVESTIGATORS, FIN_AUTHORITIES, F9),
        event("COERCE", FIN_BORDER, PETROVSKY, F10, mode="arrest", location="Helsinki-Vantaa Airport",
              location_country="FIN"),
        event("REQUEST", UKR_GOV_F, FIN_GOV, F11),
        event("REJECT", FIN_SUPREME, UKR_GOV_F, F12),
        event("ACCUSE", FIN_PROSECUTORS, PETROVSKY, F13, mode="allege"),
        event("ACCUSE", RUS_EMB_FIN, HKI_COURT, F14, mode="disapprove"),
    ],
    "quotes": [
        quote("dass Jan Petrowski im September 2014 an einem Hinterhalt auf ukrainische Soldaten in der Region Luhansk "
              "beteiligt war", "Helsinki District Court", "indirect"),
        quote("die Leichen getöteter Soldaten geschändet und Fotos davon im Internet verbreitet zu haben",
              "National Prosecution Authority of Finland", "indirect"),
        quote("er werde Berufung einlegen", "lawyer of Yan Petrovsky", "indirect"),
        quote("wichtiges Signal", "Ruslan Kravchenko", "direct"),
        quote("Das Urteil sei ein „wichtiges Signal“, dass Kriegsverbrechen nicht straflos blieben",
              "Ruslan Kravchenko", "indirect"),
        quote("dem Mann in ukrainischer Haft eine unmenschliche Behandlung drohe", "Supreme Court of Finland",
              "indirect"),
        quote("politisch motiviert", "Embassy of Russia in Finland", "direct"),
    ],
    "entities": [
        entity("Helsinki", "LOC", "FIN", ["Helsinki"]),
        entity("Helsinki District Court", "ORG", "FIN", ["Ein finnisches Gericht", "Das Bezirksgericht Helsinki"]),
        entity("Yan Petrovsky", "PER", "RUS", ["einen russischen Neonazi", "Jan Petrowski", "Petrowski", "ihm",
                                               "Der Angeklagte", "Sein", "seine", "dem Mann", "ihn"]),
        entity("Eastern Ukraine", "LOC", "UKR", ["der Ostukraine"]),
        entity("Ukrainian soldiers", "ORG", "UKR", ["ukrainische Soldaten", "22 ukrainische Soldaten"]),
        entity("Luhansk Oblast", "LOC", "UKR", ["der Region Luhansk"]),
        entity("Rusich", "ORG", "RUS", ["der Gruppe Rusich", "der rechtsextremen Einheit"]),
        entity("Shchastia", "LOC", "UKR", ["dem Ort Schtschastja"]),
        entity("pro-Russian separatists", "ORG", "UKR", ["prorussischer Separatisten"]),
        entity("National Prosecution Authority of Finland", "ORG", "FIN", ["Die Staatsanwaltschaft",
                                                                           "die finnische Staatsanwaltschaft"]),
        entity("lawyer of Yan Petrovsky", "PER", "FIN", ["Sein Verteidiger"]),
        entity("Ruslan Kravchenko", "PER", "UKR", ["der ukrainische Generalstaatsanwalt Ruslan Krawtschenko"]),
        entity("Ukrainian investigators", "ORG", "UKR", ["Ukrainische Ermittler"]),
        entity("Finnish authorities", "ORG", "FIN", ["den finnischen Behörden"]),
        entity("Finnish Border Guard", "ORG", "FIN", ["Finnische Grenzschützer"]),
        entity("Helsinki-Vantaa Airport", "LOC", "FIN", ["Flughafen Helsinki-Vantaa"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew"]),
        entity("Supreme Court of Finland", "ORG", "FIN", ["Das Oberste Gericht Finnlands"]),
        entity("Finland", "LOC", "FIN", ["Finnlands"]),
        entity("Embassy of Russia in Finland", "ORG", "RUS", ["Die russische Botschaft in Helsinki"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
    ],
}

# ---------------------------------------------------------------- hm422-de-03 (Ukraine, Kyiv shelter deaths)
UKR_POLICE = actor("National Police of Ukraine", "UKR", "COP")
SHELTER_SUSPECTS = actor("suspects in the Kyiv shelter deaths", "UKR", "CVL")
UKR_PROSECUTORS = actor("Office of the Prosecutor General of Ukraine", "UKR", "JUD")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
KYIV_CIVILIANS = actor("civilians in Kyiv", "UKR", "CVL")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")
UKR_MIL = actor("Armed Forces of Ukraine", "UKR", "MIL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
KYIV_CITY = actor("Kyiv City State Administration", "UKR", "GOV")
SHMYHAL = actor("Denys Shmyhal", "UKR", "GOV")
KLITSCHKO = actor("Vitali Klitschko", "UKR", "GOV")
DESNA_ADMIN = actor("Desnianskyi District Administration", "UKR", "GOV")
DESNA_HEAD = actor("Head of the Desnianskyi District Administration", "UKR", "GOV")

U1 = ("Kiew (dpa) - Nach dem Tod von drei Menschen vor einem verschlossenen Schutzraum in Kiew hat die Polizei vier "
      "Verdächtige festgenommen.")
U2 = ("Unter ihnen seien der Direktor der Poliklinik im Stadtteil Desnjanskyj und ein Wachmann, teilte Innenminister "
      "Ihor Klymenko am Freitag mit.")
U3 = "Die Staatsanwaltschaft wirft ihnen fahrlässige Tötung vor."
U4 = ("Zwei Frauen und ein neunjähriges Mädchen waren in der Nacht zum Donnerstag bei einem russischen Raketenangriff "
      "von Trümmern getroffen worden, nachdem sie vergeblich an die Tür des Schutzraums geklopft hatten.")
U5 = "Nach Angaben der Kiewer Militärverwaltung wurden mindestens 16 weitere Menschen verletzt."
U6 = ("Das Verteidigungsministerium in Moskau erklärte, es habe mit Präzisionswaffen Kommandostellen der ukrainischen "
      "Armee getroffen.")
U7 = ("Präsident Wolodymyr Selenskyj warf den Kiewer Behörden in seiner abendlichen Videoansprache „Fahrlässigkeit“ "
      "vor.")
U8 = ("Er forderte Regierungschef Denys Schmyhal auf, bis Montag alle Schutzräume des Landes überprüfen zu "
      "lassen.")
U9 = ("Kiews Bürgermeister Vitali Klitschko machte dagegen die Leitung des Stadtbezirks für die verschlossene Tür "
      "verantwortlich.")
U10 = ("Die Bezirksverwaltungen unterstünden seit Kriegsbeginn Militärverwaltungen, deren Chefs der Präsident "
       "ernenne, sagte Klitschko.")
U11 = "Der Leiter der Bezirksverwaltung von Desnjanskyj trat am Freitag zurück."
U12 = "Die Staatsanwaltschaft leitete zudem Ermittlungen gegen mehrere Beamte der Bezirksverwaltung ein."
U13 = "Klitschko wies Vorwürfe zurück, die Stadt habe Geld für die Instandhaltung der Bunker zweckentfremdet."
U14 = "Der frühere Boxweltmeister und Selenskyj liegen seit Monaten über die Verwaltung der Hauptstadt im Streit."
U15 = "Seit Anfang Mai wurde Kiew fast jede Nacht aus der Luft angegriffen."

DE03 = {
    "id": "hm422-de-03", "lang": "de", "url": None, "published": "2023-06-02",
    "title": "Tote vor verschlossenem Bunker in Kiew: Vier Festnahmen",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6], [U7, U8, U9, U10, U11], [U12, U13, U14, U15]),
    "events": [
        event("COERCE", UKR_POLICE, SHELTER_SUSPECTS, U1, mode="arrest", location="Kyiv", location_country="UKR"),
        event("ACCUSE", UKR_PROSECUTORS, SHELTER_SUSPECTS, U3, mode="allege"),
        event("ASSAULT", RUS_MIL, KYIV_CIVILIANS, U4, mode="heavy-weapons", date="2023-06-01", location="Kyiv",
              location_country="UKR"),
        event("ASSAULT", RUS_MOD, UKR_MIL, U6),
        event("ACCUSE", ZELENSKY, KYIV_CITY, U7, mode="disapprove"),
        event("REQUEST", ZELENSKY, SHMYHAL, U8),
        event("ACCUSE", KLITSCHKO, DESNA_ADMIN, U9, mode="allege"),
        event("RETREAT", DESNA_HEAD, None, U11, mode="resign", date="2023-06-02"),
        event("ACCUSE", UKR_PROSECUTORS, DESNA_ADMIN, U12, mode="investigate"),
    ],
    "quotes": [
        quote("Unter ihnen seien der Direktor der Poliklinik im Stadtteil Desnjanskyj und ein Wachmann",
              "Ihor Klymenko", "indirect"),
        quote("Nach Angaben der Kiewer Militärverwaltung wurden mindestens 16 weitere Menschen verletzt",
              "Kyiv City Military Administration", "indirect"),
        quote("es habe mit Präzisionswaffen Kommandostellen der ukrainischen Armee getroffen",
              "Ministry of Defence of Russia", "indirect"),
        quote("Fahrlässigkeit", "Volodymyr Zelensky", "direct"),
        quote("Die Bezirksverwaltungen unterstünden seit Kriegsbeginn Militärverwaltungen, deren Chefs der Präsident "
              "ernenne", "Vitali Klitschko", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew", "Kiews", "der Hauptstadt"]),
        entity("National Police of Ukraine", "ORG", "UKR", ["die Polizei"]),
        entity("suspects in the Kyiv shelter deaths", "PER", "UKR", ["vier Verdächtige", "ihnen"]),
        entity("director of the Desnianskyi polyclinic", "PER", "UKR",
               ["der Direktor der Poliklinik im Stadtteil Desnjanskyj"]),
        entity("security guard of the Desnianskyi polyclinic", "PER", "UKR", ["ein Wachmann"]),
        entity("Desnianskyi district", "LOC", "UKR", ["Stadtteil Desnjanskyj", "des Stadtbezirks"]),
        entity("Ihor Klymenko", "PER", "UKR", ["Innenminister Ihor Klymenko"]),
        entity("Office of the Prosecutor General of Ukraine", "ORG", "UKR", ["Die Staatsanwaltschaft"]),
        entity("victims of the Kyiv shelter deaths", "PER", "UKR",
               ["drei Menschen", "Zwei Frauen und ein neunjähriges Mädchen", "sie"]),
        entity("Kyiv City Military Administration", "ORG", "UKR", ["der Kiewer Militärverwaltung"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das Verteidigungsministerium in Moskau", "es"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["der ukrainischen Armee"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "seiner", "Er", "der Präsident",
                                                    "Selenskyj"]),
        entity("Kyiv City State Administration", "ORG", "UKR", ["den Kiewer Behörden", "die Stadt"]),
        entity("Denys Shmyhal", "PER", "UKR", ["Regierungschef Denys Schmyhal"]),
        entity("Ukraine", "LOC", "UKR", ["des Landes"]),
        entity("Vitali Klitschko", "PER", "UKR", ["Kiews Bürgermeister Vitali Klitschko", "Klitschko",
                                                  "Der frühere Boxweltmeister"]),
        entity("Desnianskyi District Administration", "ORG", "UKR",
               ["die Leitung des Stadtbezirks", "der Bezirksverwaltung von Desnjanskyj", "der Bezirksverwaltung"]),
        entity("Head of the Desnianskyi District Administration", "PER", "UKR",
               ["Der Leiter der Bezirksverwaltung von Desnjanskyj"]),
    ],
}

# ---------------------------------------------------------------- hm422-de-04 (Norway expels Russian diplomats)
NOR_GOV = actor("Government of Norway", "NOR", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
HUITFELDT = actor("Anniken Huitfeldt", "NOR", "GOV")
RUS_EMB_STAFF = actor("Russian embassy staff in Norway", "RUS", "GOV")
NOR_MFA = actor("Ministry of Foreign Affairs of Norway", "NOR", "GOV")
RUS_EMB_NOR = actor("Embassy of Russia in Norway", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
PST = actor("Norwegian Police Security Service", "NOR", "COP")
NOR_INTEL = actor("Norwegian Intelligence Service", "NOR", "MIL")
MIKUSHIN = actor("Mikhail Mikushin", "RUS", "MIL")
NOR_AUTHORITIES = actor("Norwegian authorities", "NOR", "GOV")
NOR_POLICE = actor("Norwegian police", "NOR", "COP")
RUS_DRONE_PILOTS = actor("Russian citizens in Norway", "RUS", "CVL")
DNK_GOV = actor("Government of Denmark", "DNK", "GOV")
SWE_GOV = actor("Government of Sweden", "SWE", "GOV")

N1 = "Oslo (dpa) - Norwegen weist 15 Mitarbeiter der russischen Botschaft in Oslo aus."
N2 = ("Es handle sich um Geheimdienstoffiziere, die unter diplomatischer Tarnung gearbeitet hätten, teilte "
      "Außenministerin Anniken Huitfeldt am Donnerstag mit.")
N3 = "Die Maßnahme richte sich nicht gegen das russische Volk, betonte die Ministerin."
N4 = "Ihr Ministerium bestellte zudem den russischen Botschafter Teimuras Ramischwili ein."
N5 = "Die russische Botschaft sprach von einem „weiteren unfreundlichen Schritt“."
N6 = ("Eine Antwort werde „nicht lange auf sich warten lassen“, schrieb Außenamtssprecherin Maria Sacharowa auf "
      "Telegram.")
N7 = "Sie warf Oslo vor, eine „Spionagehysterie“ anzuheizen."
N8 = "Norwegen teilt im hohen Norden eine knapp 200 Kilometer lange Grenze mit Russland."
N8B = ("Der Auslandsgeheimdienst hatte Moskau bereits im Februar in seinem jährlichen Lagebericht verstärkte "
       "Spionage gegen norwegische Energieanlagen und Rüstungsfirmen vorgeworfen.")
N9 = ("Der Inlandsgeheimdienst PST hatte im vergangenen Oktober einen angeblich brasilianischen Gastforscher der "
      "Universität Tromsø festgenommen.")
N10 = ("Die Behörden werfen dem Mann vor, in Wahrheit für den russischen Militärgeheimdienst GRU gearbeitet zu "
       "haben.")
N11 = ("Zudem nahm die Polizei im Herbst mehrere Russen fest, die in der Nähe von Militäranlagen und Flughäfen "
       "Drohnen hatten fliegen lassen.")
N12 = "Dänemark und Schweden hatten im April 2022 ebenfalls russische Diplomaten ausgewiesen."
N12B = ("Seit Beginn des Krieges gegen die Ukraine haben europäische Staaten insgesamt mehr als 400 russische "
        "Diplomaten des Landes verwiesen.")
N13 = "Norwegen selbst erklärte damals drei Botschaftsmitarbeiter zu unerwünschten Personen."
N14 = "Moskau reagierte mit der Ausweisung von drei norwegischen Diplomaten."
N15 = ("Nach Angaben des norwegischen Außenministeriums bleiben nach den Ausweisungen noch zehn russische Diplomaten "
       "in Oslo akkreditiert.")

DE04 = {
    "id": "hm422-de-04", "lang": "de", "url": None, "published": "2023-04-13",
    "title": "Norwegen weist 15 russische Diplomaten aus",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7], [N8, N8B, N9, N10, N11], [N12, N13, N14, N12B, N15]),
    "events": [
        event("SANCTION", NOR_GOV, RUS_GOV, N1, mode="expel", location="Oslo", location_country="NOR"),
        event("ACCUSE", HUITFELDT, RUS_EMB_STAFF, N2, mode="allege", date="2023-04-13"),
        event("ACCUSE", NOR_MFA, RUS_GOV, N4, mode="disapprove"),
        event("ACCUSE", RUS_EMB_NOR, NOR_GOV, N5, mode="disapprove"),
        event("THREATEN", ZAKHAROVA, NOR_GOV, N6),
        event("ACCUSE", ZAKHAROVA, NOR_GOV, N7, mode="disapprove"),
        event("ACCUSE", NOR_INTEL, RUS_GOV, N8B, mode="allege"),
        event("COERCE", PST, MIKUSHIN, N9, mode="arrest", location="Tromsø", location_country="NOR"),
        event("ACCUSE", NOR_AUTHORITIES, MIKUSHIN, N10, mode="allege"),
        event("COERCE", NOR_POLICE, RUS_DRONE_PILOTS, N11, mode="arrest"),
        event("SANCTION", DNK_GOV, RUS_GOV, N12, mode="expel"),
        event("SANCTION", SWE_GOV, RUS_GOV, N12, mode="expel"),
        event("SANCTION", NOR_GOV, RUS_GOV, N13, mode="expel"),
        event("SANCTION", RUS_GOV, NOR_GOV, N14, mode="expel"),
    ],
    "quotes": [
        quote("Es handle sich um Geheimdienstoffiziere, die unter diplomatischer Tarnung gearbeitet hätten",
              "Anniken Huitfeldt", "indirect"),
        quote("Die Maßnahme richte sich nicht gegen das russische Volk", "Anniken Huitfeldt", "indirect"),
        quote("weiteren unfreundlichen Schritt", "Embassy of Russia in Norway", "direct"),
        quote("nicht lange auf sich warten lassen", "Maria Zakharova", "direct"),
        quote("Eine Antwort werde „nicht lange auf sich warten lassen“", "Maria Zakharova", "indirect"),
        quote("Spionagehysterie", "Maria Zakharova", "direct"),
        quote("eine „Spionagehysterie“ anzuheizen", "Maria Zakharova", "indirect"),
        quote("in Wahrheit für den russischen Militärgeheimdienst GRU gearbeitet zu haben", "Norwegian authorities",
              "indirect"),
        quote("Nach Angaben des norwegischen Außenministeriums bleiben nach den Ausweisungen noch zehn russische "
              "Diplomaten in Oslo akkreditiert", "Ministry of Foreign Affairs of Norway", "indirect"),
    ],
    "entities": [
        entity("Oslo", "LOC", "NOR", ["Oslo"]),
        entity("Government of Norway", "ORG", "NOR", ["Norwegen", "Oslo"]),
        entity("Norway", "LOC", "NOR", ["Norwegen"]),
        entity("Russian embassy staff in Norway", "PER", "RUS", ["15 Mitarbeiter der russischen Botschaft in Oslo",
                                                                 "Geheimdienstoffiziere"]),
        entity("Embassy of Russia in Norway", "ORG", "RUS", ["der russischen Botschaft in Oslo",
                                                             "Die russische Botschaft"]),
        entity("Anniken Huitfeldt", "PER", "NOR", ["Außenministerin Anniken Huitfeldt", "die Ministerin", "Ihr"]),
        entity("Ministry of Foreign Affairs of Norway", "ORG", "NOR", ["Ihr Ministerium",
                                                                       "des norwegischen Außenministeriums"]),
        entity("Teimuraz Ramishvili", "PER", "RUS", ["den russischen Botschafter Teimuras Ramischwili"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa", "Sie"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Norwegian Intelligence Service", "ORG", "NOR", ["Der Auslandsgeheimdienst"]),
        entity("Norwegian Police Security Service", "ORG", "NOR", ["Der Inlandsgeheimdienst PST"]),
        entity("Mikhail Mikushin", "PER", "RUS", ["einen angeblich brasilianischen Gastforscher der Universität "
                                                  "Tromsø", "dem Mann"]),
        entity("University of Tromsø", "ORG", "NOR", ["der Universität Tromsø"]),
        entity("Norwegian authorities", "ORG", "NOR", ["Die Behörden"]),
        entity("GRU", "ORG", "RUS", ["den russischen Militärgeheimdienst GRU"]),
        entity("Norwegian police", "ORG", "NOR", ["die Polizei"]),
        entity("Russian citizens in Norway", "PER", "RUS", ["mehrere Russen"]),
        entity("Government of Denmark", "ORG", "DNK", ["Dänemark"]),
        entity("Government of Sweden", "ORG", "SWE", ["Schweden"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Norwegian diplomats in Russia", "PER", "NOR", ["drei norwegischen Diplomaten"]),
    ],
}

# ---------------------------------------------------------------- hm422-en-01 (Scotland, Sturgeon arrested)
POLICE_SCOTLAND = actor("Police Scotland", "GBR", "COP")
STURGEON = actor("Nicola Sturgeon", "GBR", "PTY")
SNP = actor("Scottish National Party", "GBR", "PTY")
MURRELL = actor("Peter Murrell", "GBR", "PTY")
BEATTIE = actor("Colin Beattie", "GBR", "PTY")
ROSS = actor("Douglas Ross", "GBR", "OPP")
YOUSAF = actor("Humza Yousaf", "GBR", "GOV")
SARWAR = actor("Anas Sarwar", "GBR", "OPP")

E1 = ("GLASGOW, Scotland (AP) — Former Scottish First Minister Nicola Sturgeon was arrested Sunday by police "
      "investigating the finances of the Scottish National Party, which she led until March.")
E2 = ("Police Scotland said a 52-year-old woman had been taken into custody as a suspect and was being questioned by "
      "detectives.")
E3 = ("About seven hours later, the force said she had been released without charge pending further "
      "investigation.")
E4 = ("In a statement, Sturgeon said she was certain she had committed no offense and that her arrest had come as a "
      "shock.")
E5 = "\"I know beyond doubt that I am in fact innocent of any wrongdoing,\" she said."
E6 = ("The investigation, known as Operation Branchform, began in 2021 after complaints about how more than 600,000 "
      "pounds ($750,000) raised for a new independence campaign had been spent.")
E7 = ("Sturgeon's husband, former SNP chief executive Peter Murrell, was arrested in April and released without "
      "charge.")
E8 = "Officers also searched the couple's home near Glasgow and the party's headquarters in Edinburgh."
E9 = "The party's treasurer at the time, Colin Beattie, was also arrested and later released."
E10 = ("First Minister Humza Yousaf, Sturgeon's successor, said the arrest was \"undoubtedly difficult\" for the party "
       "but that police had to be allowed to do their work.")
E11 = "Scottish Conservative leader Douglas Ross called on Yousaf to suspend Sturgeon from the party."
E12 = ("Yousaf refused, saying his predecessor had not been charged and was entitled to the presumption of "
       "innocence.")
E13 = "Scottish Labour leader Anas Sarwar accused the SNP of being \"mired in secrecy and sleaze.\""
E14 = ("Sturgeon announced her resignation in February after more than eight years as first minister, saying she no "
       "longer had the energy the job demanded.")
E15 = "Murrell quit as chief executive in March amid a row over the party's falling membership figures."
E16 = "Sturgeon remains a member of the Scottish Parliament."

EN01 = {
    "id": "hm422-en-01", "lang": "en", "url": None, "published": "2023-06-11",
    "title": "Former Scottish leader Nicola Sturgeon arrested in party finance probe",
    "text": paragraphs([E1, E2, E3], [E4, E5], [E6, E7, E8, E9], [E10, E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("COERCE", POLICE_SCOTLAND, STURGEON, E1, mode="arrest", date="2023-06-11"),
        event("ACCUSE", POLICE_SCOTLAND, SNP, E1, mode="investigate"),
        event("COERCE", POLICE_SCOTLAND, STURGEON, E2, mode="arrest"),
        event("RETREAT", POLICE_SCOTLAND, STURGEON, E3, mode="release", date="2023-06-11"),
        event("COERCE", POLICE_SCOTLAND, MURRELL, E7, mode="arrest"),
        event("RETREAT", POLICE_SCOTLAND, MURRELL, E7, mode="release"),
        event("COERCE", POLICE_SCOTLAND, STURGEON, E8, mode="seize"),
        event("COERCE", POLICE_SCOTLAND, MURRELL, E8, mode="seize"),
        event("COERCE", POLICE_SCOTLAND, SNP, E8, mode="seize", location="Edinburgh", location_country="GBR"),
        event("COERCE", POLICE_SCOTLAND, BEATTIE, E9, mode="arrest"),
        event("RETREAT", POLICE_SCOTLAND, BEATTIE, E9, mode="release"),
        event("REQUEST", ROSS, YOUSAF, E11, mode="change"),
        event("REJECT", YOUSAF, ROSS, E12, mode="change"),
        event("ACCUSE", SARWAR, SNP, E13, mode="disapprove"),
        event("RETREAT", STURGEON, None, E14, mode="resign"),
        event("RETREAT", MURRELL, None, E15, mode="resign"),
    ],
    "quotes": [
        quote("a 52-year-old woman had been taken into custody as a suspect and was being questioned by detectives",
              "Police Scotland", "indirect"),
        quote("she had been released without charge pending further investigation", "Police Scotland", "indirect"),
        quote("she was certain she had committed no offense and that her arrest had come as a shock",
              "Nicola Sturgeon", "indirect"),
        quote("I know beyond doubt that I am in fact innocent of any wrongdoing", "Nicola Sturgeon", "direct"),
        quote("undoubtedly difficult", "Humza Yousaf", "direct"),
        quote("the arrest was \"undoubtedly difficult\" for the party but that police had to be allowed to do their "
              "work", "Humza Yousaf", "indirect"),
        quote("his predecessor had not been charged and was entitled to the presumption of innocence", "Humza Yousaf",
              "indirect"),
        quote("mired in secrecy and sleaze", "Anas Sarwar", "direct"),
        quote("she no longer had the energy the job demanded", "Nicola Sturgeon", "indirect"),
    ],
    "entities": [
        entity("Glasgow", "LOC", "GBR", ["GLASGOW", "Glasgow"]),
        entity("Scotland", "LOC", "GBR", ["Scotland"]),
        entity("Nicola Sturgeon", "PER", "GBR", ["Former Scottish First Minister Nicola Sturgeon", "she",
                                                 "a 52-year-old woman", "Sturgeon", "her", "Sturgeon's",
                                                 "his predecessor"]),
        entity("Police Scotland", "ORG", "GBR", ["police", "Police Scotland", "detectives", "the force", "Officers"]),
        entity("Scottish National Party", "ORG", "GBR", ["the Scottish National Party", "the party", "SNP",
                                                         "the SNP", "the party's"]),
        entity("Operation Branchform", "MISC", "GBR", ["Operation Branchform"]),
        entity("Peter Murrell", "PER", "GBR", ["Sturgeon's husband, former SNP chief executive Peter Murrell",
                                               "Murrell"]),
        entity("Edinburgh", "LOC", "GBR", ["Edinburgh"]),
        entity("Colin Beattie", "PER", "GBR", ["The party's treasurer at the time, Colin Beattie"]),
        entity("Humza Yousaf", "PER", "GBR", ["First Minister Humza Yousaf, Sturgeon's successor", "Yousaf", "his"]),
        entity("Douglas Ross", "PER", "GBR", ["Scottish Conservative leader Douglas Ross"]),
        entity("Scottish Conservatives", "ORG", "GBR", ["Scottish Conservative"]),
        entity("Anas Sarwar", "PER", "GBR", ["Scottish Labour leader Anas Sarwar"]),
        entity("Scottish Labour", "ORG", "GBR", ["Scottish Labour"]),
        entity("Scottish Parliament", "ORG", "GBR", ["the Scottish Parliament"]),
    ],
}

# ---------------------------------------------------------------- hm422-en-02 (UK, Hizb ut-Tahrir ban)
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
HUT = actor("Hizb ut-Tahrir", "GBR", "REL")
CLEVERLY = actor("James Cleverly", "GBR", "GOV")
HOME_OFFICE = actor("Home Office", "GBR", "GOV")
HUT_SUPPORTERS = actor("supporters of Hizb ut-Tahrir", "GBR", "CVL")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
BRAVERMAN = actor("Suella Braverman", "GBR", "GOV")
MET = actor("Metropolitan Police", "GBR", "COP")
WAGNER = actor("Wagner Group", "RUS", "MIL")
COOPER = actor("Yvette Cooper", "GBR", "OPP")
BOARD_OF_DEPUTIES = actor("Board of Deputies of British Jews", "GBR", "REL")

H1 = ("LONDON (AP) — Britain's government on Monday laid an order in Parliament to ban the Islamist group Hizb "
      "ut-Tahrir as a terrorist organization, accusing it of antisemitism and of praising Hamas.")
H2 = ("If lawmakers approve the order, it will take effect on Friday, making membership of the group or inviting "
      "support for it punishable by up to 14 years in prison.")
H3 = ("\"Hizb ut-Tahrir is an antisemitic organization that actively promotes and encourages terrorism, including "
      "praising and celebrating the appalling October 7th attacks,\" Home Secretary James Cleverly said.")
H4 = ("The Home Office said the group's website had described Hamas fighters as \"heroes\" and celebrated their "
      "actions.")
H5 = ("Hizb ut-Tahrir Britain said it would challenge the decision \"through all legal means\" and called the ban "
      "politically motivated.")
H6 = ("The group, which describes itself as a nonviolent political party, denied supporting terrorism and rejected "
      "the charge of antisemitism.")
H7 = "It was founded in Jerusalem in 1953 and campaigns for an Islamic caliphate."
H8 = "It is already banned in Germany, Russia and several Muslim-majority countries."
H9 = ("Hundreds of the group's supporters rallied near the Egyptian Embassy in London in October, calling on Muslim "
      "armies to intervene in Gaza.")
H10 = ("A video from the rally showed a man chanting \"jihad,\" but the Metropolitan Police said no offenses had been "
       "identified.")
H11 = ("Cleverly's predecessor, Suella Braverman, had accused the police of bias in their handling of pro-Palestinian "
       "marches.")
H12 = "Braverman also proscribed the Russian mercenary Wagner Group in September."
H13 = ("Yvette Cooper, who speaks for the opposition Labour Party on home affairs, said Labour backed the ban.")
H14 = ("The Board of Deputies of British Jews welcomed the decision, saying the group had spread hatred on British "
       "streets.")

EN02 = {
    "id": "hm422-en-02", "lang": "en", "url": None, "published": "2024-01-15",
    "title": "UK moves to ban Islamist group Hizb ut-Tahrir as terrorist organization",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12], [H13, H14]),
    "events": [
        event("COERCE", GBR_GOV, HUT, H1, mode="ban", date="2024-01-15"),
        event("ACCUSE", GBR_GOV, HUT, H1, mode="allege", date="2024-01-15"),
        event("ACCUSE", CLEVERLY, HUT, H3, mode="allege"),
        event("ACCUSE", HOME_OFFICE, HUT, H4, mode="allege"),
        event("ACCUSE", HUT, GBR_GOV, H5, mode="disapprove"),
        event("PROTEST", HUT_SUPPORTERS, EGY_GOV, H9, mode="demo", location="London", location_country="GBR"),
        event("ACCUSE", BRAVERMAN, MET, H11, mode="allege"),
        event("COERCE", BRAVERMAN, WAGNER, H12, mode="ban"),
        event("SUPPORT", COOPER, GBR_GOV, H13),
        event("SUPPORT", BOARD_OF_DEPUTIES, GBR_GOV, H14),
        event("ACCUSE", BOARD_OF_DEPUTIES, HUT, H14, mode="disapprove"),
    ],
    "quotes": [
        quote("Hizb ut-Tahrir is an antisemitic organization that actively promotes and encourages terrorism, "
              "including praising and celebrating the appalling October 7th attacks", "James Cleverly", "direct"),
        quote("heroes", "Hizb ut-Tahrir", "direct"),
        quote("the group's website had described Hamas fighters as \"heroes\" and celebrated their actions",
              "Home Office", "indirect"),
        quote("through all legal means", "Hizb ut-Tahrir", "direct"),
        quote("it would challenge the decision \"through all legal means\" and called the ban politically motivated",
              "Hizb ut-Tahrir", "indirect"),
        quote("jihad", "man at the Hizb ut-Tahrir rally", "direct"),
        quote("no offenses had been identified", "Metropolitan Police", "indirect"),
        quote("Labour backed the ban", "Yvette Cooper", "indirect"),
        quote("the group had spread hatred on British streets", "Board of Deputies of British Jews", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON", "London"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain's government"]),
        entity("Parliament of the United Kingdom", "ORG", "GBR", ["Parliament", "lawmakers"]),
        entity("Hizb ut-Tahrir", "ORG", "GBR", ["the Islamist group Hizb ut-Tahrir", "it", "the group",
                                                "Hizb ut-Tahrir", "an antisemitic organization",
                                                "the group's", "Hizb ut-Tahrir Britain", "The group", "It"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("James Cleverly", "PER", "GBR", ["Home Secretary James Cleverly", "Cleverly's"]),
        entity("Home Office", "ORG", "GBR", ["The Home Office"]),
        entity("Hamas fighters", "PER", "PSE", ["Hamas fighters"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("supporters of Hizb ut-Tahrir", "PER", "GBR", ["Hundreds of the group's supporters"]),
        entity("Embassy of Egypt in London", "LOC", "EGY", ["the Egyptian Embassy in London"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("man at the Hizb ut-Tahrir rally", "PER", "GBR", ["a man"]),
        entity("Metropolitan Police", "ORG", "GBR", ["the Metropolitan Police", "the police"]),
        entity("Suella Braverman", "PER", "GBR", ["Cleverly's predecessor, Suella Braverman", "Braverman"]),
        entity("Wagner Group", "ORG", "RUS", ["the Russian mercenary Wagner Group"]),
        entity("Yvette Cooper", "PER", "GBR", ["Yvette Cooper"]),
        entity("Labour Party", "ORG", "GBR", ["the opposition Labour Party", "Labour"]),
        entity("Board of Deputies of British Jews", "ORG", "GBR", ["The Board of Deputies of British Jews"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
