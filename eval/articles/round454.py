"""Round 454: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm454-de-01: Zimbabwe: the Zanu-PF conference in Bulawayo backs keeping Mnangagwa in office until 2030; Mutsvangwa praises him, the CCC and the church council object, police arrest activists in Harare and free none, SADC's 2023 election criticism recalled (2024-10-27).
- hm454-de-02: Djibouti: parliament scraps the presidential age limit of 75, clearing the way for a sixth Guelleh term; Dileita praises, the opposition announces a boycott, tear gas at a rally, Washington urges a credible vote, Macron's 2024 visit recalled (2025-10-27).
- hm454-de-03: Ethiopia: police detain dozens of striking doctors and nurses; Mekdes Daba calls the strike illegal, orders a return and threatens dismissals, the EMA and Amnesty demand releases, the EHRC investigates, some freed on bail (2025-05-30).
- hm454-de-04: Chad: a N'Djamena court sentences opposition leader Succès Masra to 20 years over the Mandakao killings; his lawyers object, Les Transformateurs demand his release, tear gas outside the court, Amnesty's demand, his 2024 resignation recalled (2025-08-10).
- hm454-en-01: Senegal: the High Court of Justice charges ex-ministers Mansour Faye and Moustapha Diop over the COVID-19 fund and holds them; the APR cries witch hunt, Diagne denies, the audit and the IMF freeze, Farba Ngom's arrest recalled (2025-05-08).
- hm454-en-02: South Africa: Finance Minister Godongwana scraps the planned VAT increase; the DA's refusal and court case with the EFF, Steenhuisen welcomes it, Malema attacks, ActionSA's and COSATU's demands (2025-04-24).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm454-de-01 (Zimbabwe, Mnangagwa 2030)
ZANU = actor("ZANU-PF", "ZWE", "PTY")
MNANGAGWA = actor("Emmerson Mnangagwa", "ZWE", "GOV")
MUTSVANGWA = actor("Chris Mutsvangwa", "ZWE", "PTY")
CCC = actor("Citizens Coalition for Change", "ZWE", "OPP")
ZCC = actor("Zimbabwe Council of Churches", "ZWE", "REL")
ZRP = actor("Zimbabwe Republic Police", "ZWE", "COP")
ZW_ACTIVISTS = actor("activists arrested in Harare", "ZWE", "CVL")
NYATHI = actor("Paul Nyathi", "ZWE", "COP")
SADC_OBS = actor("SADC Electoral Observation Mission", "IGO", "IGO")
ZWE_GOV = actor("Government of Zimbabwe", "ZWE", "GOV")

Z1 = ("Bulawayo (dpa) - Simbabwes Regierungspartei Zanu-PF hat sich dafür ausgesprochen, Präsident Emmerson "
      "Mnangagwa über das Ende seiner zweiten Amtszeit hinaus bis 2030 im Amt zu halten.")
Z2 = ("Die Delegierten des Jahresparteitags in Bulawayo billigten am Samstag eine Resolution, die dem Staatschef eine "
      "Verlängerung seiner Amtszeit um zwei Jahre ermöglichen soll.")
Z3 = "Nach der geltenden Verfassung müsste der 82-Jährige nach der Wahl 2028 abtreten."
Z4 = ("„Der Präsident hat das Land auf den Weg der Entwicklung gebracht, und diese Arbeit muss er vollenden“, sagte "
      "Parteisprecher Chris Mutsvangwa vor Journalisten.")
Z5 = "Mnangagwa selbst ging in seiner Abschlussrede nicht direkt auf die Resolution ein."
Z6 = "Justizminister Ziyambi Ziyambi sagte, die Regierung werde den Beschluss der Partei prüfen."
Z7 = "Die oppositionelle Citizens Coalition for Change (CCC) sprach von einem „Anschlag auf die Verfassung“."
Z8 = ("Ein CCC-Sprecher warf der Zanu-PF vor, das Land in eine Einparteienherrschaft zurückführen zu "
      "wollen.")
Z9 = "Der Kirchenrat von Simbabwe forderte die Regierungspartei auf, die Begrenzung der Amtszeit zu achten."
Z10 = ("Die Polizei nahm am Freitag in der Hauptstadt Harare nach eigenen Angaben 14 Aktivisten fest, die zu Protesten "
       "gegen die Pläne aufgerufen hatten.")
Z11 = "Polizeisprecher Paul Nyathi warf ihnen vor, Unruhen angezettelt zu haben."
Z12 = "Die Festgenommenen bestreiten die Vorwürfe, wie ihre Anwälte mitteilten."
Z13 = "Bis zum Samstagabend wurde keiner von ihnen freigelassen."
Z14 = "Mnangagwa ist seit 2017 an der Macht."
Z15 = ("Bei der Wahl im August 2023 hatten Beobachter der Entwicklungsgemeinschaft des südlichen Afrika (SADC) die "
       "Abstimmung als nicht im Einklang mit regionalen Standards kritisiert.")
Z16 = "Die Regierung in Harare wies die Kritik damals zurück."

DE01 = {
    "id": "hm454-de-01", "lang": "de", "url": None, "published": "2024-10-27",
    "title": "Simbabwes Regierungspartei will Mnangagwa bis 2030 im Amt halten",
    "text": paragraphs([Z1, Z2, Z3], [Z4, Z5, Z6], [Z7, Z8, Z9], [Z10, Z11, Z12, Z13], [Z14, Z15, Z16]),
    "events": [
        event("SUPPORT", ZANU, MNANGAGWA, Z1),
        event("SUPPORT", ZANU, MNANGAGWA, Z2, date="2024-10-26", location="Bulawayo", location_country="ZWE"),
        event("SUPPORT", MUTSVANGWA, MNANGAGWA, Z4),
        event("ACCUSE", CCC, ZANU, Z7, mode="disapprove"),
        event("ACCUSE", CCC, ZANU, Z8, mode="disapprove"),
        event("REQUEST", ZCC, ZANU, Z9, mode="change"),
        event("COERCE", ZRP, ZW_ACTIVISTS, Z10, mode="arrest", date="2024-10-25", location="Harare",
              location_country="ZWE"),
        event("ACCUSE", NYATHI, ZW_ACTIVISTS, Z11, mode="allege"),
        event("RETREAT", ZRP, ZW_ACTIVISTS, Z13, mode="release", date="2024-10-26", negated=True),
        event("ACCUSE", SADC_OBS, ZWE_GOV, Z15, mode="disapprove"),
    ],
    "quotes": [
        quote("Der Präsident hat das Land auf den Weg der Entwicklung gebracht, und diese Arbeit muss er vollenden",
              "Chris Mutsvangwa", "direct"),
        quote("die Regierung werde den Beschluss der Partei prüfen", "Ziyambi Ziyambi", "indirect"),
        quote("Anschlag auf die Verfassung", "Citizens Coalition for Change", "direct"),
        quote("das Land in eine Einparteienherrschaft zurückführen zu wollen", "spokesman of the Citizens Coalition "
              "for Change", "indirect"),
        quote("Unruhen angezettelt zu haben", "Paul Nyathi", "indirect"),
        quote("Die Festgenommenen bestreiten die Vorwürfe", "lawyers of the arrested activists", "indirect"),
    ],
    "entities": [
        entity("Bulawayo", "LOC", "ZWE", ["Bulawayo"]),
        entity("Zimbabwe", "LOC", "ZWE", ["Simbabwes", "das Land"]),
        entity("ZANU-PF", "ORG", "ZWE", ["Simbabwes Regierungspartei Zanu-PF", "der Partei", "der Zanu-PF",
                                         "die Regierungspartei"]),
        entity("Emmerson Mnangagwa", "PER", "ZWE", ["Präsident Emmerson Mnangagwa", "dem Staatschef", "seiner",
                                                    "der 82-Jährige", "Der Präsident", "er", "Mnangagwa"]),
        entity("ZANU-PF conference delegates", "PER", "ZWE", ["Die Delegierten des Jahresparteitags in Bulawayo"]),
        entity("Chris Mutsvangwa", "PER", "ZWE", ["Parteisprecher Chris Mutsvangwa"]),
        entity("Ziyambi Ziyambi", "PER", "ZWE", ["Justizminister Ziyambi Ziyambi"]),
        entity("Government of Zimbabwe", "ORG", "ZWE", ["die Regierung", "Die Regierung in Harare"]),
        entity("Citizens Coalition for Change", "ORG", "ZWE", ["Die oppositionelle Citizens Coalition for Change "
                                                               "(CCC)"]),
        entity("spokesman of the Citizens Coalition for Change", "PER", "ZWE", ["Ein CCC-Sprecher"]),
        entity("Zimbabwe Council of Churches", "ORG", "ZWE", ["Der Kirchenrat von Simbabwe"]),
        entity("Zimbabwe Republic Police", "ORG", "ZWE", ["Die Polizei"]),
        entity("Harare", "LOC", "ZWE", ["der Hauptstadt Harare", "Harare"]),
        entity("activists arrested in Harare", "PER", "ZWE", ["14 Aktivisten", "ihnen", "Die Festgenommenen",
                                                              "ihre", "keiner von ihnen"]),
        entity("Paul Nyathi", "PER", "ZWE", ["Polizeisprecher Paul Nyathi"]),
        entity("lawyers of the arrested activists", "PER", "ZWE", ["ihre Anwälte"]),
        entity("SADC Electoral Observation Mission", "ORG", "IGO",
               ["Beobachter der Entwicklungsgemeinschaft des südlichen Afrika (SADC)"]),
        entity("Southern African Development Community", "ORG", "IGO",
               ["der Entwicklungsgemeinschaft des südlichen Afrika (SADC)"]),
    ],
}

# ---------------------------------------------------------------- hm454-de-02 (Djibouti, age limit scrapped)
DJI_ASSEMBLY = actor("National Assembly of Djibouti", "DJI", "LEG")
GUELLEH = actor("Ismaïl Omar Guelleh", "DJI", "GOV")
DILEITA = actor("Dileita Mohamed Dileita", "DJI", "LEG")
DJI_OPP = actor("Djiboutian opposition", "DJI", "OPP")
DJI_OPP_ALLIANCE = actor("Djiboutian opposition alliance", "DJI", "OPP")
DJI_GOV = actor("Government of Djibouti", "DJI", "GOV")
DJI_POLICE = actor("Djiboutian security forces", "DJI", "COP")
DJI_PROTESTERS = actor("protesters in Djibouti", "DJI", "CVL")
DJI_INTERIOR = actor("Ministry of the Interior of Djibouti", "DJI", "GOV")
US_STATE_D = actor("United States Department of State", "USA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")

D1 = ("Dschibuti (dpa) - Das Parlament in Dschibuti hat den Weg für eine sechste Amtszeit von Präsident Ismaïl Omar "
      "Guelleh freigemacht.")
D2 = ("Die Abgeordneten stimmten am Sonntag einstimmig dafür, die Altersgrenze von 75 Jahren für "
      "Präsidentschaftskandidaten aus der Verfassung zu streichen.")
D3 = "Der 77-jährige Guelleh regiert das kleine Land am Horn von Afrika seit 1999."
D4 = "Die nächste Präsidentenwahl ist für April 2026 angesetzt."
D5 = ("Parlamentspräsident Dileita Mohamed Dileita sagte, die Änderung entspreche dem Wunsch des Volkes nach "
      "Stabilität.")
D6 = "In einer Region voller Konflikte brauche Dschibuti „eine erfahrene Hand“, fügte er hinzu."
D7 = ("Die Opposition, die im Parlament nicht vertreten ist, sprach von einer „Präsidentschaft auf Lebenszeit“.")
D8 = "Ein Bündnis von Oppositionsparteien kündigte an, die Präsidentenwahl im kommenden Jahr zu boykottieren."
D9 = ("Sicherheitskräfte lösten am Sonntag nach Angaben von Augenzeugen eine kleine Kundgebung vor dem "
      "Parlamentsgebäude mit Tränengas auf.")
D10 = "Das Innenministerium warf den Demonstranten vor, die öffentliche Ordnung gestört zu haben."
D11 = "Dschibuti beherbergt Militärstützpunkte der USA, Frankreichs, Chinas und Japans."
D12 = ("Das US-Außenministerium erklärte, man verfolge die Entwicklung aufmerksam, und rief die Regierung zu einer "
       "glaubwürdigen und inklusiven Wahl auf.")
D13 = ("Frankreichs Präsident Emmanuel Macron hatte Guelleh erst im Dezember 2024 in Dschibuti besucht und dort "
       "Weihnachten mit den französischen Truppen gefeiert.")
D14 = "Guelleh war 2021 nach offiziellen Angaben mit 97 Prozent der Stimmen wiedergewählt worden."
D15 = ("In einem Interview mit der Zeitschrift „Jeune Afrique“ hatte er im Frühjahr eine erneute Kandidatur nicht "
       "ausgeschlossen.")

DE02 = {
    "id": "hm454-de-02", "lang": "de", "url": None, "published": "2025-10-27",
    "title": "Parlament in Dschibuti ebnet Weg für sechste Amtszeit Guellehs",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6], [D7, D8, D9, D10], [D11, D12, D13], [D14, D15]),
    "events": [
        event("SUPPORT", DJI_ASSEMBLY, GUELLEH, D1),
        event("SUPPORT", DJI_ASSEMBLY, GUELLEH, D2, date="2025-10-26"),
        event("SUPPORT", DILEITA, GUELLEH, D6),
        event("ACCUSE", DJI_OPP, GUELLEH, D7, mode="disapprove"),
        event("PROTEST", DJI_OPP_ALLIANCE, DJI_GOV, D8, mode="boycott"),
        event("COERCE", DJI_POLICE, DJI_PROTESTERS, D9, mode="crowd-control", date="2025-10-26",
              location="Djibouti", location_country="DJI"),
        event("PROTEST", DJI_PROTESTERS, DJI_GOV, D9, mode="demo", date="2025-10-26", location="Djibouti",
              location_country="DJI"),
        event("ACCUSE", DJI_INTERIOR, DJI_PROTESTERS, D10, mode="allege"),
        event("REQUEST", US_STATE_D, DJI_GOV, D12),
        event("CONSULT", MACRON, GUELLEH, D13, mode="visit", location="Djibouti", location_country="DJI"),
    ],
    "quotes": [
        quote("die Änderung entspreche dem Wunsch des Volkes nach Stabilität", "Dileita Mohamed Dileita",
              "indirect"),
        quote("eine erfahrene Hand", "Dileita Mohamed Dileita", "direct"),
        quote("In einer Region voller Konflikte brauche Dschibuti „eine erfahrene Hand“", "Dileita Mohamed Dileita",
              "indirect"),
        quote("Präsidentschaft auf Lebenszeit", "Djiboutian opposition", "direct"),
        quote("die öffentliche Ordnung gestört zu haben", "Ministry of the Interior of Djibouti", "indirect"),
        quote("man verfolge die Entwicklung aufmerksam", "United States Department of State", "indirect"),
    ],
    "entities": [
        entity("Djibouti", "LOC", "DJI", ["Dschibuti", "das kleine Land am Horn von Afrika"]),
        entity("National Assembly of Djibouti", "ORG", "DJI", ["Das Parlament in Dschibuti", "Die Abgeordneten",
                                                               "im Parlament"]),
        entity("Ismaïl Omar Guelleh", "PER", "DJI", ["Präsident Ismaïl Omar Guelleh", "Der 77-jährige Guelleh",
                                                     "Guelleh", "er"]),
        entity("Dileita Mohamed Dileita", "PER", "DJI", ["Parlamentspräsident Dileita Mohamed Dileita", "er"]),
        entity("Djiboutian opposition", "ORG", "DJI", ["Die Opposition"]),
        entity("Djiboutian opposition alliance", "ORG", "DJI", ["Ein Bündnis von Oppositionsparteien"]),
        entity("Djiboutian security forces", "ORG", "DJI", ["Sicherheitskräfte"]),
        entity("National Assembly building of Djibouti", "LOC", "DJI", ["dem Parlamentsgebäude"]),
        entity("Ministry of the Interior of Djibouti", "ORG", "DJI", ["Das Innenministerium"]),
        entity("protesters in Djibouti", "PER", "DJI", ["den Demonstranten"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("France", "LOC", "FRA", ["Frankreichs"]),
        entity("China", "LOC", "CHN", ["Chinas"]),
        entity("Japan", "LOC", "JPN", ["Japans"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Government of Djibouti", "ORG", "DJI", ["die Regierung"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("French Forces in Djibouti", "ORG", "FRA", ["den französischen Truppen"]),
        entity("Jeune Afrique", "ORG", "FRA", ["der Zeitschrift „Jeune Afrique“"]),
    ],
}

# ---------------------------------------------------------------- hm454-de-03 (Ethiopia, striking doctors held)
ETH_POLICE = actor("Ethiopian Federal Police", "ETH", "COP")
ETH_HEALTH_WORKERS = actor("striking Ethiopian health workers", "ETH", "CVL")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
MEKDES = actor("Mekdes Daba", "ETH", "GOV")
STRIKE_ORGANISERS = actor("organisers of the Ethiopian health workers' strike", "ETH", "CVL")
EMA = actor("Ethiopian Medical Association", "ETH", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
EHRC = actor("Ethiopian Human Rights Commission", "ETH", "GOV")

E1 = "Addis Abeba (dpa) - In Äthiopien haben die Behörden Dutzende streikende Ärzte und Pflegekräfte festgenommen."
E2 = ("Nach Angaben von Angehörigen wurden allein in der Hauptstadt seit Mittwoch mindestens 40 Beschäftigte "
      "staatlicher Krankenhäuser in Gewahrsam genommen.")
E3 = ("Die Beschäftigten des Gesundheitswesens streiken seit Mitte Mai für höhere Löhne, Gefahrenzulagen und eine "
      "Krankenversicherung.")
E4 = "Viele von ihnen verdienen umgerechnet weniger als 100 US-Dollar im Monat."
E5 = ("Gesundheitsministerin Mekdes Daba nannte den Streik illegal und warf den Organisatoren vor, politische Ziele "
      "zu verfolgen.")
E6 = "Sie forderte die Streikenden auf, umgehend an ihre Arbeitsplätze zurückzukehren."
E7 = "Wer dem nicht folge, müsse mit der Entlassung rechnen, sagte die Ministerin im Staatsfernsehen."
E8 = ("Die Regierung habe die Gehälter bereits im vergangenen Jahr angehoben und sei zu weiteren Gesprächen bereit, "
      "fügte sie hinzu.")
E9 = ("Ein Sprecher der Streikenden, der aus Angst vor Verfolgung anonym bleiben wollte, wies die Vorwürfe "
      "zurück.")
E10 = ("„Wir sind keine Politiker, wir wollen nur von unserer Arbeit leben können“, sagte er der Deutschen "
       "Presse-Agentur.")
E11 = ("Die Ethiopian Medical Association distanzierte sich von dem Streik, verlangte aber die Freilassung aller "
       "inhaftierten Kollegen.")
E12 = ("Amnesty International rief die Behörden auf, das Streikrecht zu achten und die Festnahmen sofort zu "
       "beenden.")
E13 = ("Der Streik trifft ein Gesundheitssystem, das nach Jahren der Konflikte in den Regionen Tigray und Amhara "
       "ohnehin unter großem Druck steht.")
E14 = "Die staatliche Menschenrechtskommission EHRC erklärte, sie untersuche die Festnahmen."
E15 = "Mehrere Festgenommene wurden am Freitag gegen Kaution freigelassen, wie ein Anwalt mitteilte."

DE03 = {
    "id": "hm454-de-03", "lang": "de", "url": None, "published": "2025-05-30",
    "title": "Äthiopien: Dutzende streikende Ärzte festgenommen",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12], [E13, E14, E15]),
    "events": [
        event("COERCE", ETH_POLICE, ETH_HEALTH_WORKERS, E1, mode="arrest", location_country="ETH"),
        event("COERCE", ETH_POLICE, ETH_HEALTH_WORKERS, E2, mode="arrest", location="Addis Ababa",
              location_country="ETH"),
        event("PROTEST", ETH_HEALTH_WORKERS, ETH_GOV, E3, mode="strike", location_country="ETH"),
        event("ACCUSE", MEKDES, STRIKE_ORGANISERS, E5, mode="disapprove"),
        event("REQUEST", MEKDES, ETH_HEALTH_WORKERS, E6, mode="yield"),
        event("THREATEN", MEKDES, ETH_HEALTH_WORKERS, E7),
        event("AGREE", MEKDES, ETH_HEALTH_WORKERS, E8, mode="meet"),
        event("REQUEST", EMA, ETH_GOV, E11, mode="yield"),
        event("REQUEST", AMNESTY, ETH_GOV, E12, mode="change"),
        event("ACCUSE", EHRC, ETH_POLICE, E14, mode="investigate"),
        event("RETREAT", ETH_POLICE, ETH_HEALTH_WORKERS, E15, mode="release", date="2025-05-30"),
    ],
    "quotes": [
        quote("Nach Angaben von Angehörigen wurden allein in der Hauptstadt seit Mittwoch mindestens 40 Beschäftigte "
              "staatlicher Krankenhäuser in Gewahrsam genommen", "relatives of detained health workers",
              "indirect"),
        quote("politische Ziele zu verfolgen", "Mekdes Daba", "indirect"),
        quote("umgehend an ihre Arbeitsplätze zurückzukehren", "Mekdes Daba", "indirect"),
        quote("Wer dem nicht folge, müsse mit der Entlassung rechnen", "Mekdes Daba", "indirect"),
        quote("Die Regierung habe die Gehälter bereits im vergangenen Jahr angehoben und sei zu weiteren Gesprächen "
              "bereit", "Mekdes Daba", "indirect"),
        quote("Wir sind keine Politiker, wir wollen nur von unserer Arbeit leben können",
              "spokesman of the striking health workers", "direct"),
        quote("sie untersuche die Festnahmen", "Ethiopian Human Rights Commission", "indirect"),
        quote("Mehrere Festgenommene wurden am Freitag gegen Kaution freigelassen", "lawyer of detained health "
              "workers", "indirect"),
    ],
    "entities": [
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba", "der Hauptstadt"]),
        entity("Ethiopia", "LOC", "ETH", ["Äthiopien"]),
        entity("Ethiopian Federal Police", "ORG", "ETH", ["die Behörden"]),
        entity("striking Ethiopian health workers", "PER", "ETH",
               ["Dutzende streikende Ärzte und Pflegekräfte", "Beschäftigte staatlicher Krankenhäuser",
                "Die Beschäftigten des Gesundheitswesens", "Viele von ihnen", "die Streikenden", "der Streikenden",
                "Mehrere Festgenommene", "inhaftierten Kollegen"]),
        entity("relatives of detained health workers", "PER", "ETH", ["Angehörigen"]),
        entity("Mekdes Daba", "PER", "ETH", ["Gesundheitsministerin Mekdes Daba", "Sie", "die Ministerin", "sie"]),
        entity("organisers of the Ethiopian health workers' strike", "PER", "ETH", ["den Organisatoren"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["Die Regierung", "die Behörden"]),
        entity("spokesman of the striking health workers", "PER", "ETH", ["Ein Sprecher der Streikenden", "er"]),
        entity("Deutsche Presse-Agentur", "ORG", "DEU", ["der Deutschen Presse-Agentur"]),
        entity("Ethiopian Medical Association", "ORG", "ETH", ["Die Ethiopian Medical Association"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Tigray", "LOC", "ETH", ["Tigray"]),
        entity("Amhara", "LOC", "ETH", ["Amhara"]),
        entity("Ethiopian Human Rights Commission", "ORG", "ETH", ["Die staatliche Menschenrechtskommission EHRC",
                                                                   "sie"]),
        entity("lawyer of detained health workers", "PER", "ETH", ["ein Anwalt"]),
    ],
}

# ---------------------------------------------------------------- hm454-de-04 (Chad, Masra sentenced)
TCD_COURT = actor("Criminal Court of N'Djamena", "TCD", "JUD")
MASRA = actor("Succès Masra", "TCD", "OPP")
TCD_PROSECUTION = actor("Public Prosecutor's Office of Chad", "TCD", "JUD")
TCD_SECURITY = actor("Chadian security forces", "TCD", "COP")
MASRA_LAWYERS = actor("lawyers of Succès Masra", "TCD", "CVL")
TRANSFORMATEURS = actor("Les Transformateurs", "TCD", "OPP")
TCD_GOV = actor("Government of Chad", "TCD", "GOV")
TCD_POLICE = actor("National Police of Chad", "TCD", "COP")
MASRA_SUPPORTERS = actor("supporters of Succès Masra", "TCD", "CVL")
AMNESTY_T = actor("Amnesty International", "NGO", "NGO")
DEBY = actor("Mahamat Idriss Déby", "TCD", "GOV")

C1 = ("N'Djamena (dpa) - Ein Gericht im Tschad hat den Oppositionsführer und früheren Ministerpräsidenten Succès "
      "Masra zu 20 Jahren Haft verurteilt.")
C2 = ("Das Strafgericht in der Hauptstadt N'Djamena sprach den 41-Jährigen am Samstag der Anstiftung zum Hass und der "
      "Beihilfe zum Mord schuldig.")
C3 = "Zudem verhängten die Richter eine Geldstrafe von einer Milliarde CFA-Franc (rund 1,5 Millionen Euro)."
C4 = ("Die Anklage hatte ihm vorgeworfen, mit Botschaften in sozialen Netzwerken die Gewalt in der Ortschaft "
      "Mandakao im Südwesten des Landes angeheizt zu haben, bei der im Mai 42 Menschen getötet worden waren.")
C5 = "Masra war am 16. Mai in seinem Haus in N'Djamena festgenommen worden."
C6 = "Seine Anwälte sprachen von einem „politischen Prozess“ und kündigten Berufung an."
C7 = "„Es gab keinen einzigen Beweis gegen unseren Mandanten“, sagte einer der Verteidiger nach der Urteilsverkündung."
C8 = ("Masra hatte die Vorwürfe zurückgewiesen und die Verhandlung boykottiert, nachdem das Gericht einen Antrag auf "
      "Vertagung abgelehnt hatte.")
C9 = "Seine Partei Les Transformateurs verlangte seine sofortige Freilassung."
C10 = ("Vor dem Gerichtsgebäude setzte die Polizei Tränengas gegen mehrere Dutzend Anhänger Masras ein, die sich dort "
       "zu einer Kundgebung versammelt hatten.")
C11 = "Der Justizminister erklärte, das Urteil sei das Ergebnis eines unabhängigen Verfahrens."
C12 = ("Amnesty International forderte die Aufhebung des Urteils und warf den Behörden vor, die Justiz gegen Kritiker "
       "einzusetzen.")
C13 = "Masra war im Januar 2024 im Rahmen eines Versöhnungsabkommens zum Regierungschef ernannt worden."
C14 = ("Nach der Präsidentenwahl im Mai 2024, bei der er Staatschef Mahamat Idriss Déby unterlag und ihm Wahlbetrug "
       "vorwarf, trat er zurück.")

DE04 = {
    "id": "hm454-de-04", "lang": "de", "url": None, "published": "2025-08-10",
    "title": "Tschads Oppositionsführer Masra zu 20 Jahren Haft verurteilt",
    "text": paragraphs([C1, C2, C3], [C4, C5], [C6, C7, C8], [C9, C10, C11, C12], [C13, C14]),
    "events": [
        event("SANCTION", TCD_COURT, MASRA, C1, mode="convict", location_country="TCD"),
        event("COERCE", TCD_COURT, MASRA, C1, mode="arrest", location_country="TCD"),
        event("SANCTION", TCD_COURT, MASRA, C2, mode="convict", date="2025-08-09", location="N'Djamena",
              location_country="TCD"),
        event("SANCTION", TCD_COURT, MASRA, C3, mode="convict"),
        event("ACCUSE", TCD_PROSECUTION, MASRA, C4, mode="allege"),
        event("COERCE", TCD_SECURITY, MASRA, C5, mode="arrest", date="2025-05-16", location="N'Djamena",
              location_country="TCD"),
        event("ACCUSE", MASRA_LAWYERS, TCD_COURT, C6, mode="disapprove"),
        event("PROTEST", MASRA, TCD_COURT, C8, mode="boycott"),
        event("REJECT", TCD_COURT, MASRA, C8),
        event("REQUEST", TRANSFORMATEURS, TCD_GOV, C9, mode="yield"),
        event("COERCE", TCD_POLICE, MASRA_SUPPORTERS, C10, mode="crowd-control", location="N'Djamena",
              location_country="TCD"),
        event("PROTEST", MASRA_SUPPORTERS, TCD_GOV, C10, mode="demo", location="N'Djamena",
              location_country="TCD"),
        event("REQUEST", AMNESTY_T, TCD_GOV, C12, mode="change"),
        event("ACCUSE", AMNESTY_T, TCD_GOV, C12, mode="disapprove"),
        event("ACCUSE", MASRA, DEBY, C14, mode="allege"),
        event("RETREAT", MASRA, None, C14, mode="resign"),
    ],
    "quotes": [
        quote("mit Botschaften in sozialen Netzwerken die Gewalt in der Ortschaft Mandakao im Südwesten des Landes "
              "angeheizt zu haben, bei der im Mai 42 Menschen getötet worden waren",
              "Public Prosecutor's Office of Chad", "indirect"),
        quote("politischen Prozess", "lawyers of Succès Masra", "direct"),
        quote("Es gab keinen einzigen Beweis gegen unseren Mandanten", "lawyer of Succès Masra", "direct"),
        quote("das Urteil sei das Ergebnis eines unabhängigen Verfahrens", "Justice Minister of Chad", "indirect"),
        quote("die Justiz gegen Kritiker einzusetzen", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("N'Djamena", "LOC", "TCD", ["N'Djamena", "der Hauptstadt N'Djamena"]),
        entity("Chad", "LOC", "TCD", ["im Tschad", "des Landes"]),
        entity("Criminal Court of N'Djamena", "ORG", "TCD", ["Ein Gericht im Tschad", "Das Strafgericht in der "
                                                             "Hauptstadt N'Djamena", "die Richter", "das Gericht"]),
        entity("Succès Masra", "PER", "TCD", ["den Oppositionsführer und früheren Ministerpräsidenten Succès Masra",
                                              "den 41-Jährigen", "ihm", "Masra", "seinem", "unseren Mandanten",
                                              "Masras", "er"]),
        entity("Public Prosecutor's Office of Chad", "ORG", "TCD", ["Die Anklage"]),
        entity("Mandakao", "LOC", "TCD", ["der Ortschaft Mandakao"]),
        entity("lawyers of Succès Masra", "PER", "TCD", ["Seine Anwälte", "einer der Verteidiger"]),
        entity("Les Transformateurs", "ORG", "TCD", ["Seine Partei Les Transformateurs"]),
        entity("National Police of Chad", "ORG", "TCD", ["die Polizei"]),
        entity("supporters of Succès Masra", "PER", "TCD", ["mehrere Dutzend Anhänger Masras"]),
        entity("Justice Minister of Chad", "PER", "TCD", ["Der Justizminister"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Chad", "ORG", "TCD", ["den Behörden"]),
        entity("Mahamat Idriss Déby", "PER", "TCD", ["Staatschef Mahamat Idriss Déby", "ihm"]),
    ],
}

# ---------------------------------------------------------------- hm454-en-01 (Senegal, ex-ministers charged)
HCJ = actor("High Court of Justice of Senegal", "SEN", "JUD")
MANSOUR_FAYE = actor("Mansour Faye", "SEN", "OPP")
MOUSTAPHA_DIOP = actor("Moustapha Diop", "SEN", "OPP")
SEN_ASSEMBLY = actor("National Assembly of Senegal", "SEN", "LEG")
SALL_MINISTERS = actor("former ministers of Macky Sall's government", "SEN", "OPP")
SEN_AUDITORS = actor("Court of Auditors of Senegal", "SEN", "JUD")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
FAYE_LAWYERS = actor("lawyers of Mansour Faye", "SEN", "CVL")
APR = actor("Alliance for the Republic", "SEN", "OPP")
SONKO = actor("Ousmane Sonko", "SEN", "GOV")
MACKY_SALL = actor("Macky Sall", "SEN", "OPP")
IMF = actor("International Monetary Fund", "IGO", "IGO")
SEN_JUDICIARY = actor("Senegalese judiciary", "SEN", "JUD")
FARBA_NGOM = actor("Farba Ngom", "SEN", "OPP")

N1 = ("DAKAR, Senegal (AP) — A special court in Senegal has charged former Transport Minister Mansour Faye, a "
      "brother-in-law of ex-President Macky Sall, over the alleged misuse of funds meant to fight the COVID-19 "
      "pandemic, his lawyers said.")
N2 = "The investigating commission of the High Court of Justice ordered him held in pretrial detention on Wednesday."
N3 = "Former Industry Minister Moustapha Diop was charged in the same case and was also taken into custody."
N4 = ("Lawmakers voted on Monday to send five former ministers of Sall's government before the court, the only body "
      "allowed to try members of the government for acts committed in office.")
N5 = ("The charges stem from a 2022 report by the Court of Auditors, which found irregularities in the spending of a "
      "1,000 billion CFA franc (about $1.7 billion) COVID-19 response fund.")
N6 = ("Faye's lawyers said he had done nothing wrong and called the detention a political settling of scores.")
N7 = "Sall's Alliance for the Republic party accused the government of using the courts to silence the opposition."
N8 = "\"This is a witch hunt, nothing more,\" the party said in a statement."
N9 = ("Justice Minister Ousmane Diagne rejected the criticism and said the judiciary was acting independently.")
N10 = ("Prime Minister Ousmane Sonko has accused Sall of hiding the true state of the country's public finances "
       "before he left office last year.")
N11 = ("An audit published by the Court of Auditors in February found that the previous government had understated "
       "the budget deficit and public debt.")
N12 = "The International Monetary Fund suspended its lending program with Senegal after the findings."
N13 = "Sall, who lives in Morocco, has denied any wrongdoing."
N14 = ("Several other officials of the former government have been detained in recent months, including lawmaker "
       "Farba Ngom, a close Sall ally.")
N15 = "Few former ministers have been tried by the court since Senegal's independence in 1960."

EN01 = {
    "id": "hm454-en-01", "lang": "en", "url": None, "published": "2025-05-08",
    "title": "Senegal charges ex-ministers over misuse of COVID-19 funds",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8, N9], [N10, N11, N12, N13], [N14, N15]),
    "events": [
        event("ACCUSE", HCJ, MANSOUR_FAYE, N1, mode="allege"),
        event("COERCE", HCJ, MANSOUR_FAYE, N2, mode="arrest", date="2025-05-07"),
        event("ACCUSE", HCJ, MOUSTAPHA_DIOP, N3, mode="allege"),
        event("COERCE", HCJ, MOUSTAPHA_DIOP, N3, mode="arrest"),
        event("ACCUSE", SEN_ASSEMBLY, SALL_MINISTERS, N4, mode="allege", date="2025-05-05"),
        event("ACCUSE", SEN_AUDITORS, SEN_GOV, N5, mode="allege"),
        event("ACCUSE", FAYE_LAWYERS, HCJ, N6, mode="disapprove"),
        event("ACCUSE", APR, SEN_GOV, N7, mode="disapprove"),
        event("ACCUSE", APR, SEN_GOV, N8, mode="disapprove"),
        event("ACCUSE", SONKO, MACKY_SALL, N10, mode="allege"),
        event("ACCUSE", SEN_AUDITORS, SEN_GOV, N11, mode="allege"),
        event("SANCTION", IMF, SEN_GOV, N12, mode="discontinue"),
        event("COERCE", SEN_JUDICIARY, FARBA_NGOM, N14, mode="arrest"),
    ],
    "quotes": [
        quote("A special court in Senegal has charged former Transport Minister Mansour Faye, a brother-in-law of "
              "ex-President Macky Sall, over the alleged misuse of funds meant to fight the COVID-19 pandemic",
              "lawyers of Mansour Faye", "indirect"),
        quote("he had done nothing wrong", "lawyers of Mansour Faye", "indirect"),
        quote("This is a witch hunt, nothing more", "Alliance for the Republic", "direct"),
        quote("the judiciary was acting independently", "Ousmane Diagne", "indirect"),
    ],
    "entities": [
        entity("Dakar", "LOC", "SEN", ["DAKAR"]),
        entity("Senegal", "LOC", "SEN", ["Senegal", "the country's", "Senegal's"]),
        entity("High Court of Justice of Senegal", "ORG", "SEN",
               ["A special court in Senegal", "The investigating commission of the High Court of Justice",
                "the court", "the only body allowed to try members of the government for acts committed in office"]),
        entity("Mansour Faye", "PER", "SEN", ["former Transport Minister Mansour Faye", "a brother-in-law of "
                                              "ex-President Macky Sall", "his", "him", "Faye's", "he"]),
        entity("Macky Sall", "PER", "SEN", ["ex-President Macky Sall", "Sall's", "Sall", "he"]),
        entity("Moustapha Diop", "PER", "SEN", ["Former Industry Minister Moustapha Diop"]),
        entity("National Assembly of Senegal", "ORG", "SEN", ["Lawmakers"]),
        entity("former ministers of Macky Sall's government", "PER", "SEN",
               ["five former ministers of Sall's government"]),
        entity("Court of Auditors of Senegal", "ORG", "SEN", ["the Court of Auditors"]),
        entity("lawyers of Mansour Faye", "PER", "SEN", ["his lawyers", "Faye's lawyers"]),
        entity("Alliance for the Republic", "ORG", "SEN", ["Sall's Alliance for the Republic party", "the party"]),
        entity("Government of Senegal", "ORG", "SEN", ["the government", "the previous government",
                                                      "the former government"]),
        entity("Ousmane Diagne", "PER", "SEN", ["Justice Minister Ousmane Diagne"]),
        entity("Ousmane Sonko", "PER", "SEN", ["Prime Minister Ousmane Sonko"]),
        entity("International Monetary Fund", "ORG", "IGO", ["The International Monetary Fund"]),
        entity("Morocco", "LOC", "MAR", ["Morocco"]),
        entity("Farba Ngom", "PER", "SEN", ["lawmaker Farba Ngom", "a close Sall ally"]),
    ],
}

# ---------------------------------------------------------------- hm454-en-02 (South Africa, VAT hike scrapped)
GODONGWANA = actor("Enoch Godongwana", "ZAF", "GOV")
DA = actor("Democratic Alliance", "ZAF", "PTY")
EFF = actor("Economic Freedom Fighters", "ZAF", "OPP")
WC_HIGH_COURT = actor("Western Cape High Court", "ZAF", "JUD")
STEENHUISEN = actor("John Steenhuisen", "ZAF", "PTY")
MALEMA = actor("Julius Malema", "ZAF", "OPP")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
ACTIONSA = actor("ActionSA", "ZAF", "PTY")
COSATU = actor("Congress of South African Trade Unions", "ZAF", "LAB")
TREASURY = actor("National Treasury of South Africa", "ZAF", "GOV")

V1 = ("CAPE TOWN, South Africa (AP) — South Africa's finance minister on Thursday scrapped a planned increase in "
      "value-added tax that had divided the country's coalition government and triggered a court challenge.")
V2 = ("Enoch Godongwana told reporters in Cape Town that the 0.5 percentage point rise, due to take effect on May 1, "
      "would not go ahead.")
V3 = "\"We have listened to the concerns raised by political parties and by ordinary South Africans,\" he said."
V4 = "The Treasury would instead cut spending and look for other sources of revenue, Godongwana added."
V5 = ("The Democratic Alliance, the second-largest party in the government of national unity, had refused to back "
      "the tax increase in parliament.")
V6 = ("The DA and the opposition Economic Freedom Fighters then asked the Western Cape High Court to set the increase "
      "aside.")
V7 = "DA leader John Steenhuisen welcomed the decision as \"a victory for every South African who buys bread.\""
V8 = ("EFF leader Julius Malema said the reversal showed that the government had \"no plan\" for the economy.")
V9 = ("Godongwana denied that he had bowed to pressure from the DA, saying the Treasury had always been open to "
      "alternatives.")
V10 = ("Parliament narrowly adopted the budget framework earlier this month with the support of smaller parties, "
       "including ActionSA, which had demanded that the VAT increase be dropped.")
V11 = ("President Cyril Ramaphosa's African National Congress lost its parliamentary majority in last year's "
       "election and now governs with nine other parties.")
V12 = ("The budget was first delayed in February, when the DA rejected an initial proposal to raise VAT by 2 "
       "percentage points.")
V13 = ("The trade union federation COSATU had also urged the Treasury to drop the increase, warning that it would "
       "hurt poor households.")
V14 = "A court hearing on the DA's application had been scheduled for next week."

EN02 = {
    "id": "hm454-en-02", "lang": "en", "url": None, "published": "2025-04-24",
    "title": "South Africa scraps VAT increase that split its coalition government",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7, V8, V9], [V10, V11, V12, V13], [V14]),
    "events": [
        event("CONCEDE", GODONGWANA, DA, V1, date="2025-04-24", location="Cape Town", location_country="ZAF"),
        event("CONCEDE", GODONGWANA, DA, V2, location="Cape Town", location_country="ZAF"),
        event("REJECT", DA, GODONGWANA, V5),
        event("REQUEST", DA, WC_HIGH_COURT, V6),
        event("REQUEST", EFF, WC_HIGH_COURT, V6),
        event("SUPPORT", STEENHUISEN, GODONGWANA, V7),
        event("ACCUSE", MALEMA, ZAF_GOV, V8, mode="disapprove"),
        event("REQUEST", ACTIONSA, GODONGWANA, V10, mode="change"),
        event("REJECT", DA, GODONGWANA, V12),
        event("REQUEST", COSATU, TREASURY, V13, mode="change"),
    ],
    "quotes": [
        quote("the 0.5 percentage point rise, due to take effect on May 1, would not go ahead", "Enoch Godongwana",
              "indirect"),
        quote("We have listened to the concerns raised by political parties and by ordinary South Africans",
              "Enoch Godongwana", "direct"),
        quote("The Treasury would instead cut spending and look for other sources of revenue", "Enoch Godongwana",
              "indirect"),
        quote("a victory for every South African who buys bread", "John Steenhuisen", "direct"),
        quote("no plan", "Julius Malema", "direct"),
        quote("the reversal showed that the government had \"no plan\" for the economy", "Julius Malema",
              "indirect"),
        quote("the Treasury had always been open to alternatives", "Enoch Godongwana", "indirect"),
        quote("that the VAT increase be dropped", "ActionSA", "indirect"),
        quote("that it would hurt poor households", "Congress of South African Trade Unions", "indirect"),
    ],
    "entities": [
        entity("Cape Town", "LOC", "ZAF", ["CAPE TOWN", "Cape Town"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa", "South Africa's", "the country's"]),
        entity("Enoch Godongwana", "PER", "ZAF", ["South Africa's finance minister", "Enoch Godongwana", "he",
                                                  "Godongwana"]),
        entity("Government of South Africa", "ORG", "ZAF", ["the country's coalition government",
                                                            "the government of national unity", "the government"]),
        entity("National Treasury of South Africa", "ORG", "ZAF", ["The Treasury", "the Treasury"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["The Democratic Alliance", "the second-largest party in the "
                                                     "government of national unity", "The DA", "the DA", "DA",
                                                     "the DA's"]),
        entity("Parliament of South Africa", "ORG", "ZAF", ["parliament", "Parliament"]),
        entity("Economic Freedom Fighters", "ORG", "ZAF", ["the opposition Economic Freedom Fighters", "EFF"]),
        entity("Western Cape High Court", "ORG", "ZAF", ["the Western Cape High Court"]),
        entity("John Steenhuisen", "PER", "ZAF", ["DA leader John Steenhuisen"]),
        entity("Julius Malema", "PER", "ZAF", ["EFF leader Julius Malema"]),
        entity("ActionSA", "ORG", "ZAF", ["ActionSA"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["President Cyril Ramaphosa's"]),
        entity("African National Congress", "ORG", "ZAF", ["President Cyril Ramaphosa's African National Congress"]),
        entity("Congress of South African Trade Unions", "ORG", "ZAF", ["The trade union federation COSATU"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
