"""Round 358: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm358-de-01: Senegal: the prefect of Dakar removes opposition mayor Barthélémy Dias after his final conviction; police bar him from city hall and tear-gas supporters, Dias accuses Sonko and appeals, the earlier loss of his seat at Justice Minister Diagne's request, Samm Sa Kaddu objects, Interior Minister Tine warns, arrests (2024-12-16).
- hm358-de-02: Mali: security forces arrest eleven opposition politicians at a meeting in ex-minister Moustapha Dicko's house in Bamako; the signatories' March demand for elections, the April ban on party activities, the government spokesman's accusation, the parties, the UN human rights office and Amnesty demand release or object (2024-06-21).
- hm358-de-03: Nigeria: Tinubu orders the release of 29 minors charged with treason over the #EndBadGovernance protests and a probe of their detention; Fagbemi drops the charges and police free them, the police charges, Amnesty and Atiku object, the August killings and arrests (2024-11-05).
- hm358-de-04: South Africa: Ramaphosa signs the BELA school law but delays the language and admission clauses by three months under DA pressure; he asks the GNU parties to settle, the DA's earlier court threat and Steenhuisen's welcome, AfriForum's court threat, Solidarity objects and protests, the EFF backs the law, Mbalula's earlier accusation (2024-09-13).
- hm358-en-01: Niger: the junta revokes Orano's Imouraren uranium mining permit; Orano will go to court but stays open to talks, the March ultimatum, the government accuses Orano, the closed Benin border blocks Somair's exports, pro-junta groups welcome the move (2024-06-21).
- hm358-en-02: Burkina Faso: security agents detain AJB president Guezouma Sanogo and vice president Boukari Ouoba and BF1 journalist Luc Pagbelguem after the association's congress criticised the junta; the AJB, RSF, CPJ and the MBDHP demand their release, the earlier conscription of critics and suspension of foreign media (2025-03-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm358-de-01 (Senegal, Dakar mayor Dias removed)
DAKAR_PREFECT = actor("Prefect of Dakar", "SEN", "GOV")
DIAS = actor("Barthélémy Dias", "SEN", "OPP")
SEN_POLICE = actor("Senegalese police", "SEN", "COP")
DIAS_SUPPORTERS = actor("supporters of Barthélémy Dias", "SEN", "CVL")
SONKO = actor("Ousmane Sonko", "SEN", "GOV")
DIAS_LAWYERS = actor("lawyers of Barthélémy Dias", "SEN", "CVL")
SEN_ASSEMBLY_BUREAU = actor("Bureau of the National Assembly of Senegal", "SEN", "LEG")
DIAGNE = actor("Ousmane Diagne", "SEN", "GOV")
SAMM_SA_KADDU = actor("Samm Sa Kaddu", "SEN", "OPP")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
TINE = actor("Jean-Baptiste Tine", "SEN", "GOV")

D1 = ("Dakar (dpa) - Im Senegal ist der oppositionelle Bürgermeister der Hauptstadt Dakar, Barthélémy Dias, seines "
      "Amtes enthoben worden.")
D2 = ("Der Präfekt von Dakar erklärte den Oppositionspolitiker am Freitag per Erlass für „von Amts wegen "
      "zurückgetreten“.")
D3 = ("Zur Begründung verwies die Behörde auf die rechtskräftige Verurteilung von Dias wegen des Todes eines jungen "
      "Mannes bei einem Angriff auf sein damaliges Rathaus im Jahr 2011.")
D4 = ("Am Montag hinderten Polizisten Dias daran, sein Büro im Rathaus zu betreten, und feuerten Tränengas auf "
      "Hunderte Anhänger, die sich vor dem Gebäude versammelt hatten.")
D5 = ("Die Demonstranten riefen Parolen gegen Premierminister Ousmane Sonko und blockierten mit brennenden Reifen eine "
      "Hauptstraße.")
D6 = "Dias warf Sonko vor, ihn als politischen Rivalen mit allen Mitteln ausschalten zu wollen."
D7 = "„Ich bin und bleibe der gewählte Bürgermeister von Dakar“, sagte er vor Journalisten."
D8 = "Er kündigte an, den Erlass nicht anzuerkennen."
D9 = "Seine Anwälte legten nach eigenen Angaben Beschwerde beim Berufungsgericht in Dakar ein."
D10 = ("Bereits am 6. Dezember hatte das Präsidium der Nationalversammlung Dias auf Antrag von Justizminister Ousmane "
       "Diagne sein Abgeordnetenmandat aberkannt.")
D11 = ("Dias war bei der vorgezogenen Parlamentswahl im November als Spitzenkandidat des Oppositionsbündnisses Samm Sa "
       "Kaddu ins Parlament gewählt worden; Sonkos Partei Pastef hatte die Wahl mit großer Mehrheit gewonnen.")
D12 = ("Das Bündnis verurteilte die Absetzung als „Angriff auf die Demokratie“ und forderte die Regierung auf, den "
       "Erlass zurückzunehmen.")
D13 = "Regierungssprecher Moustapha Ndjekk Sarré wies die Vorwürfe zurück."
D14 = "Der Präfekt habe lediglich geltendes Recht angewandt, sagte er im Staatsfernsehen RTS."
D15 = ("Innenminister Jean-Baptiste Tine warnte, jede Störung der öffentlichen Ordnung werde „mit aller Härte“ "
       "geahndet.")
D16 = "Nach Angaben der Polizei wurden am Montag 14 Menschen festgenommen."
D17 = ("Dias und Sonko hatten bis 2022 gemeinsam dem Oppositionsbündnis Yewwi Askan Wi angehört, überwarfen sich aber "
       "später.")

DE01 = {
    "id": "hm358-de-01", "lang": "de", "url": None, "published": "2024-12-16",
    "title": "Dakars Bürgermeister Dias abgesetzt - Tränengas vor dem Rathaus",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7, D8, D9], [D10, D11], [D12, D13, D14, D15, D16], [D17]),
    "events": [
        event("COERCE", DAKAR_PREFECT, DIAS, D1, mode="restrict", location_country="SEN"),
        event("COERCE", DAKAR_PREFECT, DIAS, D2, mode="restrict", date="2024-12-13", location="Dakar",
              location_country="SEN"),
        event("COERCE", SEN_POLICE, DIAS, D4, mode="restrict", date="2024-12-16", location="Dakar",
              location_country="SEN"),
        event("ASSAULT", SEN_POLICE, DIAS_SUPPORTERS, D4, mode="crowd-control", date="2024-12-16", location="Dakar",
              location_country="SEN"),
        event("PROTEST", DIAS_SUPPORTERS, SONKO, D5, mode="obstruct", date="2024-12-16", location="Dakar",
              location_country="SEN"),
        event("ACCUSE", DIAS, SONKO, D6, mode="allege"),
        event("REJECT", DIAS, DAKAR_PREFECT, D8),
        event("ACCUSE", DIAS_LAWYERS, DAKAR_PREFECT, D9, mode="allege", location="Dakar", location_country="SEN"),
        event("COERCE", SEN_ASSEMBLY_BUREAU, DIAS, D10, mode="restrict", date="2024-12-06"),
        event("REQUEST", DIAGNE, SEN_ASSEMBLY_BUREAU, D10, mode="change", date="2024-12-06"),
        event("ACCUSE", SAMM_SA_KADDU, SEN_GOV, D12, mode="disapprove"),
        event("REQUEST", SAMM_SA_KADDU, SEN_GOV, D12, mode="change"),
        event("THREATEN", TINE, None, D15),
        event("COERCE", SEN_POLICE, DIAS_SUPPORTERS, D16, mode="arrest", date="2024-12-16", location="Dakar",
              location_country="SEN"),
    ],
    "quotes": [
        quote("von Amts wegen zurückgetreten", "Prefect of Dakar", "direct"),
        quote("ihn als politischen Rivalen mit allen Mitteln ausschalten zu wollen", "Barthélémy Dias", "indirect"),
        quote("Ich bin und bleibe der gewählte Bürgermeister von Dakar", "Barthélémy Dias", "direct"),
        quote("Seine Anwälte legten nach eigenen Angaben Beschwerde beim Berufungsgericht in Dakar ein",
              "lawyers of Barthélémy Dias", "indirect"),
        quote("Angriff auf die Demokratie", "Samm Sa Kaddu", "direct"),
        quote("Der Präfekt habe lediglich geltendes Recht angewandt", "Moustapha Ndjekk Sarré", "indirect"),
        quote("mit aller Härte", "Jean-Baptiste Tine", "direct"),
        quote("jede Störung der öffentlichen Ordnung werde „mit aller Härte“ geahndet", "Jean-Baptiste Tine",
              "indirect"),
        quote("Nach Angaben der Polizei wurden am Montag 14 Menschen festgenommen", "Senegalese police", "indirect"),
    ],
    "entities": [
        entity("Dakar", "LOC", "SEN", ["Dakar", "der Hauptstadt Dakar"]),
        entity("Senegal", "LOC", "SEN", ["Senegal"]),
        entity("Barthélémy Dias", "PER", "SEN", ["der oppositionelle Bürgermeister der Hauptstadt Dakar, Barthélémy "
                                                 "Dias", "den Oppositionspolitiker", "Dias", "er", "Er"]),
        entity("Prefect of Dakar", "PER", "SEN", ["Der Präfekt von Dakar", "die Behörde", "Der Präfekt"]),
        entity("Ndiaga Diouf", "PER", "SEN", ["eines jungen Mannes"]),
        entity("Mermoz-Sacré-Cœur town hall", "LOC", "SEN", ["sein damaliges Rathaus"]),
        entity("Dakar City Hall", "LOC", "SEN", ["sein Büro im Rathaus", "dem Gebäude"]),
        entity("Senegalese police", "ORG", "SEN", ["Polizisten", "der Polizei"]),
        entity("supporters of Barthélémy Dias", "PER", "SEN", ["Hunderte Anhänger", "Die Demonstranten",
                                                               "14 Menschen"]),
        entity("Ousmane Sonko", "PER", "SEN", ["Premierminister Ousmane Sonko", "Sonko", "Sonkos"]),
        entity("lawyers of Barthélémy Dias", "PER", "SEN", ["Seine Anwälte"]),
        entity("Court of Appeal of Dakar", "ORG", "SEN", ["Berufungsgericht in Dakar"]),
        entity("National Assembly of Senegal", "ORG", "SEN", ["das Präsidium der Nationalversammlung", "Parlament"]),
        entity("Ousmane Diagne", "PER", "SEN", ["Justizminister Ousmane Diagne"]),
        entity("Samm Sa Kaddu", "ORG", "SEN", ["des Oppositionsbündnisses Samm Sa Kaddu", "Das Bündnis"]),
        entity("Pastef", "ORG", "SEN", ["Sonkos Partei Pastef"]),
        entity("Government of Senegal", "ORG", "SEN", ["die Regierung"]),
        entity("Moustapha Ndjekk Sarré", "PER", "SEN", ["Regierungssprecher Moustapha Ndjekk Sarré"]),
        entity("Radiodiffusion Télévision Sénégalaise", "ORG", "SEN", ["Staatsfernsehen RTS"]),
        entity("Jean-Baptiste Tine", "PER", "SEN", ["Innenminister Jean-Baptiste Tine"]),
        entity("Yewwi Askan Wi", "ORG", "SEN", ["dem Oppositionsbündnis Yewwi Askan Wi"]),
    ],
}

# ---------------------------------------------------------------- hm358-de-02 (Mali, opposition politicians arrested)
MLI_SECURITY = actor("Malian security forces", "MLI", "COP")
MLI_DETAINED = actor("eleven Malian opposition politicians arrested in Bamako", "MLI", "OPP")
MLI_SIGNATORIES = actor("signatories of the declaration of 31 March", "MLI", "OPP")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
MLI_PARTIES = actor("political parties of Mali", "MLI", "PTY")
MLI_SPOKESMAN = actor("Spokesperson of the Government of Mali", "MLI", "GOV")
MLI_DETAINED_PARTIES = actor("parties of the detained Malian politicians", "MLI", "OPP")
MLI_PARTY_OFFICIAL = actor("official of a Malian opposition party", "MLI", "OPP")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

M1 = ("Bamako (dpa) - In Mali haben Sicherheitskräfte elf Oppositionspolitiker bei einem privaten Treffen in der "
      "Hauptstadt Bamako festgenommen.")
M2 = ("Die Politiker seien am Donnerstagabend im Haus des früheren Ministers Moustapha Dicko abgeführt worden, "
      "teilten ihre Parteien mit.")
M3 = "Unter den Festgenommenen sind demnach mehrere ehemalige Minister und Parteivorsitzende."
M4 = ("Sie gehören zu den Unterzeichnern einer Erklärung, in der mehr als 80 Parteien und Organisationen Ende März "
      "eine rasche Rückkehr zur verfassungsmäßigen Ordnung verlangt hatten.")
M5 = ("Kurz zuvor war die Übergangszeit abgelaufen, nach der die Militärs die Macht an eine gewählte Regierung "
      "übergeben wollten, ohne dass ein Wahltermin feststand.")
M6 = ("Anfang April verbot die Junta unter Übergangspräsident Assimi Goïta dann sämtliche Aktivitäten politischer "
      "Parteien und Vereinigungen bis auf Weiteres.")
M7 = ("Die Festgenommenen hätten mit ihrem Treffen gegen dieses Verbot verstoßen, sagte ein Sprecher der Regierung "
      "im Staatsfernsehen ORTM.")
M8 = "Sie würden der Justiz überstellt, fügte er hinzu."
M9 = "Die Parteien der Festgenommenen verlangten ihre „sofortige und bedingungslose“ Freilassung."
M10 = "Sie warfen den Militärs vor, jede kritische Stimme im Land zum Schweigen bringen zu wollen."
M11 = ("„Wer heute in Mali von Wahlen spricht, landet im Gefängnis“, sagte ein Parteifunktionär, der aus Angst vor "
       "Repressalien anonym bleiben wollte.")
M12 = ("Das UN-Menschenrechtsbüro in Genf rief die Behörden auf, die Politiker freizulassen und das Verbot politischer "
       "Aktivitäten aufzuheben.")
M13 = "Amnesty International sprach von einer „neuen Stufe der Unterdrückung“."
M14 = "Goïta hatte sich 2020 und 2021 zweimal an die Macht geputscht."
M15 = ("Seither hat sich Mali von der früheren Kolonialmacht Frankreich abgewandt und arbeitet militärisch eng mit "
       "Russland zusammen.")

DE02 = {
    "id": "hm358-de-02", "lang": "de", "url": None, "published": "2024-06-21",
    "title": "Mali: Elf Oppositionspolitiker bei Treffen festgenommen",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8], [M9, M10, M11], [M12, M13], [M14, M15]),
    "events": [
        event("COERCE", MLI_SECURITY, MLI_DETAINED, M1, mode="arrest", location="Bamako", location_country="MLI"),
        event("COERCE", MLI_SECURITY, MLI_DETAINED, M2, mode="arrest", date="2024-06-20", location="Bamako",
              location_country="MLI"),
        event("REQUEST", MLI_SIGNATORIES, MLI_GOV, M4, mode="change"),
        event("COERCE", MLI_GOV, MLI_PARTIES, M6, mode="ban"),
        event("ACCUSE", MLI_SPOKESMAN, MLI_DETAINED, M7, mode="allege"),
        event("REQUEST", MLI_DETAINED_PARTIES, MLI_GOV, M9, mode="yield"),
        event("ACCUSE", MLI_DETAINED_PARTIES, MLI_GOV, M10, mode="disapprove"),
        event("ACCUSE", MLI_PARTY_OFFICIAL, MLI_GOV, M11, mode="disapprove"),
        event("REQUEST", OHCHR, MLI_GOV, M12, mode="yield"),
        event("ACCUSE", AMNESTY, MLI_GOV, M13, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Politiker seien am Donnerstagabend im Haus des früheren Ministers Moustapha Dicko abgeführt worden",
              "parties of the detained Malian politicians", "indirect"),
        quote("Die Festgenommenen hätten mit ihrem Treffen gegen dieses Verbot verstoßen",
              "Spokesperson of the Government of Mali", "indirect"),
        quote("Sie würden der Justiz überstellt", "Spokesperson of the Government of Mali", "indirect"),
        quote("sofortige und bedingungslose", "parties of the detained Malian politicians", "direct"),
        quote("jede kritische Stimme im Land zum Schweigen bringen zu wollen",
              "parties of the detained Malian politicians", "indirect"),
        quote("Wer heute in Mali von Wahlen spricht, landet im Gefängnis", "official of a Malian opposition party",
              "direct"),
        quote("neuen Stufe der Unterdrückung", "Amnesty International", "direct"),
    ],
    "entities": [
        entity("Bamako", "LOC", "MLI", ["Bamako", "der Hauptstadt Bamako"]),
        entity("Mali", "LOC", "MLI", ["In Mali", "in Mali", "Mali", "im Land"]),
        entity("Malian security forces", "ORG", "MLI", ["Sicherheitskräfte"]),
        entity("eleven Malian opposition politicians arrested in Bamako", "PER", "MLI",
               ["elf Oppositionspolitiker", "Die Politiker", "Unter den Festgenommenen", "Die Festgenommenen",
                "die Politiker"]),
        entity("Moustapha Dicko", "PER", "MLI", ["des früheren Ministers Moustapha Dicko"]),
        entity("parties of the detained Malian politicians", "ORG", "MLI", ["ihre Parteien",
                                                                            "Die Parteien der Festgenommenen"]),
        entity("signatories of the declaration of 31 March", "ORG", "MLI",
               ["mehr als 80 Parteien und Organisationen"]),
        entity("Government of Mali", "ORG", "MLI", ["die Militärs", "die Junta unter Übergangspräsident Assimi Goïta",
                                                    "der Regierung", "den Militärs", "die Behörden"]),
        entity("Assimi Goïta", "PER", "MLI", ["Übergangspräsident Assimi Goïta", "Goïta"]),
        entity("political parties of Mali", "ORG", "MLI", ["politischer Parteien und Vereinigungen"]),
        entity("Spokesperson of the Government of Mali", "PER", "MLI", ["ein Sprecher der Regierung", "er"]),
        entity("ORTM", "ORG", "MLI", ["Staatsfernsehen ORTM"]),
        entity("official of a Malian opposition party", "PER", "MLI", ["ein Parteifunktionär"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("France", "LOC", "FRA", ["der früheren Kolonialmacht Frankreich"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
    ],
}

# ---------------------------------------------------------------- hm358-de-03 (Nigeria, minors freed after treason case)
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
NGA_MINORS = actor("minors charged over the #EndBadGovernance protests", "NGA", "CVL")
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")
FAGBEMI = actor("Lateef Fagbemi", "NGA", "GOV")
NGA_PROTESTERS = actor("#EndBadGovernance protesters", "NGA", "CVL")
AMNESTY_NG = actor("Amnesty International", "NGO", "NGO")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
ATIKU = actor("Atiku Abubakar", "NGA", "OPP")
NGA_SECURITY = actor("Nigerian security forces", "NGA", "COP")

N1 = ("Abuja (dpa) - Nach landesweiter Empörung über einen Prozess gegen Kinder hat Nigerias Präsident Bola Tinubu "
      "die Freilassung von 29 minderjährigen Demonstranten angeordnet.")
N2 = ("Informationsminister Mohammed Idris sagte am Montag, der Präsident habe zudem eine Untersuchung der Umstände "
      "ihrer Festnahme und Haft angeordnet.")
N3 = ("Am Dienstag zog Generalstaatsanwalt und Justizminister Lateef Fagbemi die Anklage gegen die Minderjährigen "
      "zurück.")
N4 = ("Die Polizei ließ sie noch am Nachmittag frei; die meisten sollten in ihre Heimatstaaten Kano, Kaduna und Gombe "
      "zurückgebracht werden.")
N5 = ("Die Polizei hatte insgesamt 76 Menschen, darunter die 29 Minderjährigen, wegen Landesverrats, Verschwörung und "
      "Anstiftung zur Meuterei angeklagt.")
N6 = ("Ihnen wird vorgeworfen, bei den Protesten gegen hohe Lebenshaltungskosten im August russische Flaggen "
      "geschwenkt und zum Sturz der Regierung aufgerufen zu haben.")
N7 = ("Bei ihrer ersten Vorführung vor einem Bundesgericht in Abuja am Freitag waren vier der Jugendlichen vor "
      "Erschöpfung zusammengebrochen.")
N8 = "Der Richter setzte eine Kaution von jeweils zehn Millionen Naira (rund 5.600 Euro) fest."
N9 = ("Bilder der abgemagerten Kinder im Gerichtssaal hatten in sozialen Netzwerken eine Welle der Kritik "
      "ausgelöst.")
N10 = ("Amnesty International nannte das Verfahren „grausam“ und warf den Behörden vor, Kinder fast drei Monate lang "
       "ohne ausreichende Nahrung festgehalten zu haben.")
N11 = ("Oppositionsführer Atiku Abubakar sprach von einer „nationalen Schande“ und forderte, auch die erwachsenen "
       "Angeklagten freizulassen.")
N12 = "Die Polizei wies Vorwürfe der Misshandlung zurück."
N13 = "Alle Festgenommenen seien „nach Recht und Gesetz“ behandelt worden, sagte Polizeisprecher Muyiwa Adejobi."
N14 = ("Bei den Protesten unter dem Motto #EndBadGovernance hatten Sicherheitskräfte nach Angaben von Amnesty "
       "International Anfang August mindestens 13 Menschen getötet.")
N15 = "Hunderte Demonstranten wurden damals festgenommen."
N16 = ("Die Proteste richteten sich gegen die Abschaffung der Treibstoffsubventionen und die Abwertung der "
       "Landeswährung durch Tinubus Regierung.")

DE03 = {
    "id": "hm358-de-03", "lang": "de", "url": None, "published": "2024-11-05",
    "title": "Nigeria: Minderjährige nach Anklage wegen Landesverrats frei",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8, N9], [N10, N11, N12, N13], [N14, N15, N16]),
    "events": [
        event("CONCEDE", TINUBU, NGA_MINORS, N1, location_country="NGA"),
        event("ACCUSE", TINUBU, NGA_POLICE, N2, mode="investigate"),
        event("CONCEDE", FAGBEMI, NGA_MINORS, N3, date="2024-11-05"),
        event("RETREAT", NGA_POLICE, NGA_MINORS, N4, mode="release", date="2024-11-05"),
        event("ACCUSE", NGA_POLICE, NGA_PROTESTERS, N5, mode="allege"),
        event("ACCUSE", NGA_POLICE, NGA_PROTESTERS, N6, mode="allege"),
        event("ACCUSE", AMNESTY_NG, NGA_GOV, N10, mode="disapprove"),
        event("ACCUSE", ATIKU, NGA_GOV, N11, mode="disapprove"),
        event("REQUEST", ATIKU, NGA_GOV, N11, mode="yield"),
        event("ACCUSE", AMNESTY_NG, NGA_SECURITY, N14, mode="allege"),
        event("COERCE", NGA_POLICE, NGA_PROTESTERS, N15, mode="arrest"),
    ],
    "quotes": [
        quote("der Präsident habe zudem eine Untersuchung der Umstände ihrer Festnahme und Haft angeordnet",
              "Mohammed Idris", "indirect"),
        quote("bei den Protesten gegen hohe Lebenshaltungskosten im August russische Flaggen geschwenkt und zum Sturz "
              "der Regierung aufgerufen zu haben", "Nigeria Police Force", "indirect"),
        quote("grausam", "Amnesty International", "direct"),
        quote("Kinder fast drei Monate lang ohne ausreichende Nahrung festgehalten zu haben", "Amnesty International",
              "indirect"),
        quote("nationalen Schande", "Atiku Abubakar", "direct"),
        quote("nach Recht und Gesetz", "Muyiwa Adejobi", "direct"),
        quote("Alle Festgenommenen seien „nach Recht und Gesetz“ behandelt worden", "Muyiwa Adejobi", "indirect"),
        quote("Bei den Protesten unter dem Motto #EndBadGovernance hatten Sicherheitskräfte nach Angaben von Amnesty "
              "International Anfang August mindestens 13 Menschen getötet", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias"]),
        entity("Bola Tinubu", "PER", "NGA", ["Nigerias Präsident Bola Tinubu", "der Präsident", "Tinubus"]),
        entity("minors charged over the #EndBadGovernance protests", "PER", "NGA",
               ["29 minderjährigen Demonstranten", "die Minderjährigen", "sie", "die 29 Minderjährigen",
                "vier der Jugendlichen", "der abgemagerten Kinder", "Kinder"]),
        entity("Mohammed Idris", "PER", "NGA", ["Informationsminister Mohammed Idris"]),
        entity("Lateef Fagbemi", "PER", "NGA", ["Generalstaatsanwalt und Justizminister Lateef Fagbemi"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["Die Polizei"]),
        entity("Kano", "LOC", "NGA", ["Kano"]),
        entity("Kaduna", "LOC", "NGA", ["Kaduna"]),
        entity("Gombe", "LOC", "NGA", ["Gombe"]),
        entity("#EndBadGovernance protesters", "PER", "NGA", ["76 Menschen", "Ihnen", "die erwachsenen Angeklagten",
                                                              "Alle Festgenommenen", "Hunderte Demonstranten"]),
        entity("Federal High Court", "ORG", "NGA", ["einem Bundesgericht in Abuja"]),
        entity("judge of the Federal High Court in Abuja", "PER", "NGA", ["Der Richter"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Nigeria", "ORG", "NGA", ["den Behörden", "der Regierung", "Tinubus Regierung"]),
        entity("Atiku Abubakar", "PER", "NGA", ["Oppositionsführer Atiku Abubakar"]),
        entity("Muyiwa Adejobi", "PER", "NGA", ["Polizeisprecher Muyiwa Adejobi"]),
        entity("Nigerian security forces", "ORG", "NGA", ["Sicherheitskräfte"]),
    ],
}

# ---------------------------------------------------------------- hm358-de-04 (South Africa, BELA Act signed)
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
DA = actor("Democratic Alliance", "ZAF", "PTY")
GNU_PARTIES = actor("parties of the Government of National Unity", "ZAF", "PTY")
STEENHUISEN = actor("John Steenhuisen", "ZAF", "GOV")
AFRIFORUM = actor("AfriForum", "ZAF", "NGO")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
SOLIDARITY = actor("Solidarity", "ZAF", "LAB")
SOLIDARITY_SUPPORTERS = actor("supporters of Solidarity", "ZAF", "LAB")
EFF = actor("Economic Freedom Fighters", "ZAF", "PTY")
MBALULA = actor("Fikile Mbalula", "ZAF", "PTY")

S1 = ("Pretoria (dpa) - Südafrikas Präsident Cyril Ramaphosa hat ein umstrittenes Schulgesetz unterzeichnet, die "
      "Umsetzung zweier zentraler Klauseln auf Druck seines wichtigsten Koalitionspartners aber um drei Monate "
      "aufgeschoben.")
S2 = ("Die Klauseln regeln, wer über die Unterrichtssprache und die Aufnahme von Schülern an öffentlichen Schulen "
      "entscheidet.")
S3 = "Bislang legen das die Schulbeiräte fest; künftig sollen die Provinzbehörden das letzte Wort haben."
S4 = ("In den drei Monaten sollten die Parteien der Regierung der nationalen Einheit ihre Differenzen ausräumen, "
      "sagte Ramaphosa bei der Unterzeichnung in den Union Buildings, dem Regierungssitz in Pretoria.")
S5 = "„Wir haben in dieser Koalition gelernt, einander zuzuhören“, sagte der 71-Jährige."
S6 = ("Die Demokratische Allianz (DA) befürchtet, dass die Klauseln den Unterricht in Afrikaans an vielen Schulen "
      "gefährden.")
S7 = ("Die Partei hatte mit einer Klage vor dem Verfassungsgericht gedroht, sollte Ramaphosa das Gesetz unverändert "
      "in Kraft setzen.")
S8 = ("DA-Chef John Steenhuisen, der als Landwirtschaftsminister selbst dem Kabinett angehört, begrüßte den Aufschub "
      "als „Sieg für die Vernunft“.")
S9 = "Die Muttersprache als Unterrichtssprache sei für seine Partei aber „nicht verhandelbar“, fügte er hinzu."
S10 = "Die Lobbygruppe AfriForum kündigte dagegen an, gegen das Gesetz vor Gericht zu ziehen."
S11 = ("Sie warf der Regierung vor, Afrikaans „schleichend aus den Klassenzimmern verdrängen“ zu wollen.")
S12 = "Die Gewerkschaft Solidarity sprach von einem Bruch der Koalitionsvereinbarung."
S13 = "Rund 200 Anhänger der Gewerkschaft protestierten vor den Union Buildings gegen das Gesetz."
S14 = ("Die linke Oppositionspartei EFF begrüßte dagegen die Unterzeichnung und forderte, die beiden Klauseln sofort "
       "in Kraft zu setzen.")
S15 = ("ANC-Generalsekretär Fikile Mbalula hatte der DA bereits in der vergangenen Woche vorgeworfen, die Regierung "
       "mit Drohungen zu „erpressen“.")
S16 = ("Seit der Parlamentswahl im Mai regiert der ANC erstmals seit dem Ende der Apartheid nicht mehr allein, sondern "
       "in einem Bündnis aus zehn Parteien.")

DE04 = {
    "id": "hm358-de-04", "lang": "de", "url": None, "published": "2024-09-13",
    "title": "Ramaphosa unterzeichnet umstrittenes Schulgesetz - Sprachklauseln aufgeschoben",
    "text": paragraphs([S1, S2, S3], [S4, S5], [S6, S7, S8, S9], [S10, S11, S12, S13], [S14, S15, S16]),
    "events": [
        event("CONCEDE", RAMAPHOSA, DA, S1, date="2024-09-13", location="Pretoria", location_country="ZAF"),
        event("REQUEST", RAMAPHOSA, GNU_PARTIES, S4, mode="meet", date="2024-09-13", location="Pretoria",
              location_country="ZAF"),
        event("THREATEN", DA, RAMAPHOSA, S7),
        event("SUPPORT", STEENHUISEN, RAMAPHOSA, S8),
        event("THREATEN", AFRIFORUM, ZAF_GOV, S10),
        event("ACCUSE", AFRIFORUM, ZAF_GOV, S11, mode="allege"),
        event("ACCUSE", SOLIDARITY, RAMAPHOSA, S12, mode="disapprove"),
        event("PROTEST", SOLIDARITY_SUPPORTERS, ZAF_GOV, S13, mode="demo", location="Pretoria",
              location_country="ZAF"),
        event("SUPPORT", EFF, RAMAPHOSA, S14),
        event("REQUEST", EFF, RAMAPHOSA, S14, mode="change"),
        event("ACCUSE", MBALULA, DA, S15, mode="allege"),
    ],
    "quotes": [
        quote("In den drei Monaten sollten die Parteien der Regierung der nationalen Einheit ihre Differenzen "
              "ausräumen", "Cyril Ramaphosa", "indirect"),
        quote("Wir haben in dieser Koalition gelernt, einander zuzuhören", "Cyril Ramaphosa", "direct"),
        quote("dass die Klauseln den Unterricht in Afrikaans an vielen Schulen gefährden", "Democratic Alliance",
              "indirect"),
        quote("Sieg für die Vernunft", "John Steenhuisen", "direct"),
        quote("nicht verhandelbar", "John Steenhuisen", "direct"),
        quote("Die Muttersprache als Unterrichtssprache sei für seine Partei aber „nicht verhandelbar“",
              "John Steenhuisen", "indirect"),
        quote("schleichend aus den Klassenzimmern verdrängen", "AfriForum", "direct"),
        quote("Afrikaans „schleichend aus den Klassenzimmern verdrängen“ zu wollen", "AfriForum", "indirect"),
        quote("erpressen", "Fikile Mbalula", "direct"),
        quote("die Regierung mit Drohungen zu „erpressen“", "Fikile Mbalula", "indirect"),
    ],
    "entities": [
        entity("Pretoria", "LOC", "ZAF", ["Pretoria"]),
        entity("South Africa", "LOC", "ZAF", ["Südafrikas"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Südafrikas Präsident Cyril Ramaphosa", "Ramaphosa",
                                                 "der 71-Jährige"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["seines wichtigsten Koalitionspartners",
                                                     "Die Demokratische Allianz (DA)", "Die Partei", "seine Partei",
                                                     "der DA"]),
        entity("provincial education departments", "ORG", "ZAF", ["die Provinzbehörden"]),
        entity("school governing bodies", "ORG", "ZAF", ["die Schulbeiräte"]),
        entity("parties of the Government of National Unity", "ORG", "ZAF",
               ["die Parteien der Regierung der nationalen Einheit", "dieser Koalition"]),
        entity("Union Buildings", "LOC", "ZAF", ["den Union Buildings"]),
        entity("Constitutional Court of South Africa", "ORG", "ZAF", ["dem Verfassungsgericht"]),
        entity("John Steenhuisen", "PER", "ZAF", ["DA-Chef John Steenhuisen", "er"]),
        entity("AfriForum", "ORG", "ZAF", ["Die Lobbygruppe AfriForum", "Sie"]),
        entity("Government of South Africa", "ORG", "ZAF", ["der Regierung", "die Regierung"]),
        entity("Solidarity", "ORG", "ZAF", ["Die Gewerkschaft Solidarity"]),
        entity("supporters of Solidarity", "PER", "ZAF", ["Rund 200 Anhänger der Gewerkschaft"]),
        entity("Economic Freedom Fighters", "ORG", "ZAF", ["Die linke Oppositionspartei EFF"]),
        entity("Fikile Mbalula", "PER", "ZAF", ["ANC-Generalsekretär Fikile Mbalula"]),
        entity("African National Congress", "ORG", "ZAF", ["ANC", "der ANC"]),
    ],
}

# ---------------------------------------------------------------- hm358-en-01 (Niger, Orano's Imouraren permit revoked)
NER_GOV = actor("Government of Niger", "NER", "GOV")
NER_MINES = actor("Ministry of Mines of Niger", "NER", "GOV")
ORANO = actor("Orano", "FRA", "BUS")
BEN_GOV = actor("Government of Benin", "BEN", "GOV")
NER_PRO_JUNTA = actor("civil society groups close to Niger's junta", "NER", "CVL")

O1 = ("NIAMEY, Niger (AP) — Niger's military government has revoked French nuclear fuel company Orano's permit to "
      "develop Imouraren, one of the world's largest uranium deposits, the company said Thursday.")
O2 = ("Orano said it had been notified by Niger's Ministry of Mines that the permit had been withdrawn, barely two "
      "weeks after it had sent teams back to the site in the country's remote north.")
O3 = ("The company said it would contest the decision before national or international courts, but added that it "
      "remained open to dialogue with the authorities in Niamey.")
O4 = ("The junta had warned Orano in March that it would lose the license if it did not start developing the mine "
      "within three months.")
O5 = ("In a statement read on state television late Thursday, the government accused the company of having failed "
      "for a decade to honor its commitments at Imouraren.")
O6 = "\"Niger's resources must first benefit Nigeriens,\" the statement said."
O7 = "It said all mining permits granted under previous administrations were being reviewed."
O8 = ("Orano, which is majority-owned by the French state, obtained the permit in 2009 but froze development in 2015 "
      "after uranium prices collapsed in the wake of the Fukushima nuclear disaster.")
O9 = "The site holds an estimated 200,000 metric tons of uranium, according to the company."
O10 = ("Relations between Niger and France, the former colonial power, collapsed after the army ousted President "
       "Mohamed Bazoum in July 2023.")
O11 = ("Orano has also been unable to ship uranium from its Somair mine near Arlit because the junta has kept the "
       "border with neighboring Benin closed, cutting off the usual export route to the port of Cotonou.")
O12 = ("A coalition of civil society groups close to the junta welcomed the decision as \"an act of sovereignty\" and "
       "urged the government to hand the deposit to new partners.")
O13 = ("Russian state nuclear company Rosatom has expressed interest in Niger's uranium, according to officials in "
       "Niamey.")
O14 = "France's Foreign Ministry did not respond to a request for comment."

EN01 = {
    "id": "hm358-en-01", "lang": "en", "url": None, "published": "2024-06-21",
    "title": "Niger's junta revokes French company Orano's permit for major uranium mine",
    "text": paragraphs([O1, O2, O3], [O4, O5, O6, O7], [O8, O9], [O10, O11], [O12, O13, O14]),
    "events": [
        event("SANCTION", NER_GOV, ORANO, O1, mode="discontinue", location="Imouraren", location_country="NER"),
        event("SANCTION", NER_MINES, ORANO, O2, mode="discontinue"),
        event("THREATEN", ORANO, NER_GOV, O3),
        event("AGREE", ORANO, NER_GOV, O3),
        event("THREATEN", NER_GOV, ORANO, O4),
        event("ACCUSE", NER_GOV, ORANO, O5, mode="allege", date="2024-06-20"),
        event("COERCE", NER_GOV, BEN_GOV, O11, mode="restrict"),
        event("SUPPORT", NER_PRO_JUNTA, NER_GOV, O12),
        event("REQUEST", NER_PRO_JUNTA, NER_GOV, O12, mode="change"),
    ],
    "quotes": [
        quote("Niger's military government has revoked French nuclear fuel company Orano's permit to develop "
              "Imouraren, one of the world's largest uranium deposits", "Orano", "indirect"),
        quote("it had been notified by Niger's Ministry of Mines that the permit had been withdrawn, barely two weeks "
              "after it had sent teams back to the site in the country's remote north", "Orano", "indirect"),
        quote("it would contest the decision before national or international courts", "Orano", "indirect"),
        quote("it remained open to dialogue with the authorities in Niamey", "Orano", "indirect"),
        quote("it would lose the license if it did not start developing the mine within three months",
              "Government of Niger", "indirect"),
        quote("Niger's resources must first benefit Nigeriens", "Government of Niger", "direct"),
        quote("all mining permits granted under previous administrations were being reviewed", "Government of Niger",
              "indirect"),
        quote("The site holds an estimated 200,000 metric tons of uranium", "Orano", "indirect"),
        quote("an act of sovereignty", "civil society groups close to Niger's junta", "direct"),
        quote("Russian state nuclear company Rosatom has expressed interest in Niger's uranium", "officials in Niamey",
              "indirect"),
    ],
    "entities": [
        entity("Niamey", "LOC", "NER", ["NIAMEY", "Niamey"]),
        entity("Niger", "LOC", "NER", ["Niger", "Niger's", "the country's"]),
        entity("Government of Niger", "ORG", "NER", ["Niger's military government", "the authorities in Niamey",
                                                     "The junta", "the government", "the junta"]),
        entity("Orano", "ORG", "FRA", ["French nuclear fuel company Orano", "Orano", "The company", "the company"]),
        entity("Imouraren", "LOC", "NER", ["Imouraren", "the site", "The site", "the mine"]),
        entity("Ministry of Mines of Niger", "ORG", "NER", ["Niger's Ministry of Mines"]),
        entity("France", "LOC", "FRA", ["the French state", "France", "France's"]),
        entity("Fukushima", "LOC", "JPN", ["Fukushima"]),
        entity("Nigerien army", "ORG", "NER", ["the army"]),
        entity("Mohamed Bazoum", "PER", "NER", ["President Mohamed Bazoum"]),
        entity("Somair", "ORG", "NER", ["its Somair mine near Arlit"]),
        entity("Arlit", "LOC", "NER", ["Arlit"]),
        entity("Benin", "LOC", "BEN", ["neighboring Benin"]),
        entity("Cotonou", "LOC", "BEN", ["the port of Cotonou"]),
        entity("civil society groups close to Niger's junta", "ORG", "NER",
               ["A coalition of civil society groups close to the junta"]),
        entity("Rosatom", "ORG", "RUS", ["Russian state nuclear company Rosatom"]),
        entity("officials in Niamey", "PER", "NER", ["officials in Niamey"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA", ["France's Foreign Ministry"]),
    ],
}

# ---------------------------------------------------------------- hm358-en-02 (Burkina Faso, AJB leaders detained)
BFA_AGENTS = actor("Burkinabe security agents", "BFA", "COP")
SANOGO = actor("Guézouma Sanogo", "BFA", "CVL")
OUOBA = actor("Boukari Ouoba", "BFA", "CVL")
PAGBELGUEM = actor("Luc Pagbelguem", "BFA", "CVL")
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
AJB = actor("Association of Journalists of Burkina", "BFA", "NGO")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
CPJ = actor("Committee to Protect Journalists", "NGO", "NGO")
MBDHP = actor("Burkinabe Movement for Human and Peoples' Rights", "BFA", "NGO")
BFA_CRITICS = actor("Burkinabe journalists and activists critical of the junta", "BFA", "CVL")
BBC = actor("BBC", "GBR", "MED")
VOA = actor("Voice of America", "USA", "MED")

B1 = ("OUAGADOUGOU, Burkina Faso (AP) — Security agents in Burkina Faso have detained the two leaders of the "
      "country's main journalists' association, days after they publicly criticized the military government's "
      "treatment of the press.")
B2 = ("Guezouma Sanogo, president of the Association of Journalists of Burkina, and its vice president, Boukari "
      "Ouoba, were taken from the association's office in the capital on Monday afternoon by men who identified "
      "themselves as police officers.")
B3 = "Their whereabouts were still unknown on Tuesday, colleagues said."
B4 = ("A journalist with the private broadcaster BF1, Luc Pagbelguem, was also detained on Monday after his station "
      "aired a report on the association's congress.")
B5 = ("At the congress in Ouagadougou on Friday, Sanogo accused the authorities of muzzling independent media and "
      "turning public broadcasters into instruments of propaganda.")
B6 = "\"The authorities want a press that applauds and nothing else,\" he told delegates."
B7 = "The government has not commented on the detentions."
B8 = ("In a statement, the association said it held the transitional authorities responsible for the physical and "
      "moral integrity of its leaders and demanded their immediate release.")
B9 = ("Reporters Without Borders condemned the arrests and called on Capt. Ibrahim Traore's government to free the "
      "three journalists.")
B10 = ("The Committee to Protect Journalists said the detentions fit \"a troubling pattern\" of reprisals against "
       "critics of the junta.")
B11 = "The Burkinabe Movement for Human and Peoples' Rights also called for their release."
B12 = ("Last year, the junta forcibly conscripted several journalists and activists who had criticized it, sending "
       "them to join the army's fight against jihadi groups under a general mobilization decree.")
B13 = "Rights groups say some of them remain unaccounted for."
B14 = ("Traore seized power in September 2022 in the country's second coup that year, vowing to defeat an insurgency "
       "that has displaced more than 2 million people.")
B15 = ("His government has since suspended several foreign media outlets, including the BBC and Voice of America, "
       "over their coverage of alleged army abuses.")

EN02 = {
    "id": "hm358-en-02", "lang": "en", "url": None, "published": "2025-03-25",
    "title": "Burkina Faso detains journalists' association leaders after criticism of junta",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10, B11], [B12, B13, B14, B15]),
    "events": [
        event("COERCE", BFA_AGENTS, SANOGO, B1, mode="arrest", location_country="BFA"),
        event("COERCE", BFA_AGENTS, OUOBA, B1, mode="arrest", location_country="BFA"),
        event("COERCE", BFA_AGENTS, SANOGO, B2, mode="arrest", date="2025-03-24", location="Ouagadougou",
              location_country="BFA"),
        event("COERCE", BFA_AGENTS, OUOBA, B2, mode="arrest", date="2025-03-24", location="Ouagadougou",
              location_country="BFA"),
        event("COERCE", BFA_AGENTS, PAGBELGUEM, B4, mode="arrest", date="2025-03-24"),
        event("ACCUSE", SANOGO, BFA_GOV, B5, mode="disapprove", date="2025-03-21", location="Ouagadougou",
              location_country="BFA"),
        event("ACCUSE", SANOGO, BFA_GOV, B6, mode="disapprove"),
        event("ACCUSE", AJB, BFA_GOV, B8, mode="disapprove"),
        event("REQUEST", AJB, BFA_GOV, B8, mode="yield"),
        event("ACCUSE", RSF, BFA_GOV, B9, mode="disapprove"),
        event("REQUEST", RSF, BFA_GOV, B9, mode="yield"),
        event("ACCUSE", CPJ, BFA_GOV, B10, mode="disapprove"),
        event("REQUEST", MBDHP, None, B11, mode="yield"),
        event("COERCE", BFA_GOV, BFA_CRITICS, B12),
        event("COERCE", BFA_GOV, BBC, B15, mode="censor"),
        event("COERCE", BFA_GOV, VOA, B15, mode="censor"),
    ],
    "quotes": [
        quote("Their whereabouts were still unknown on Tuesday", "colleagues of Guézouma Sanogo and Boukari Ouoba",
              "indirect"),
        quote("The authorities want a press that applauds and nothing else", "Guézouma Sanogo", "direct"),
        quote("it held the transitional authorities responsible for the physical and moral integrity of its leaders",
              "Association of Journalists of Burkina", "indirect"),
        quote("a troubling pattern", "Committee to Protect Journalists", "direct"),
        quote("the detentions fit \"a troubling pattern\" of reprisals against critics of the junta",
              "Committee to Protect Journalists", "indirect"),
        quote("some of them remain unaccounted for", "rights groups", "indirect"),
    ],
    "entities": [
        entity("Ouagadougou", "LOC", "BFA", ["OUAGADOUGOU", "the capital", "Ouagadougou"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso", "the country's"]),
        entity("Burkinabe security agents", "ORG", "BFA", ["Security agents in Burkina Faso",
                                                           "men who identified themselves as police officers"]),
        entity("Association of Journalists of Burkina", "ORG", "BFA",
               ["the country's main journalists' association", "the Association of Journalists of Burkina",
                "the association's", "the association"]),
        entity("Guézouma Sanogo", "PER", "BFA", ["Guezouma Sanogo, president of the Association of Journalists of "
                                                 "Burkina", "Sanogo", "he"]),
        entity("Boukari Ouoba", "PER", "BFA", ["its vice president, Boukari Ouoba"]),
        entity("colleagues of Guézouma Sanogo and Boukari Ouoba", "PER", "BFA", ["colleagues"]),
        entity("BF1", "ORG", "BFA", ["the private broadcaster BF1", "his station"]),
        entity("Luc Pagbelguem", "PER", "BFA", ["A journalist with the private broadcaster BF1, Luc Pagbelguem"]),
        entity("Government of Burkina Faso", "ORG", "BFA", ["the military government", "the authorities",
                                                            "The authorities", "The government",
                                                            "the transitional authorities",
                                                            "Capt. Ibrahim Traore's government", "the junta",
                                                            "His government"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Capt. Ibrahim Traore", "Traore"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporters Without Borders"]),
        entity("Committee to Protect Journalists", "ORG", "NGO", ["The Committee to Protect Journalists"]),
        entity("Burkinabe Movement for Human and Peoples' Rights", "ORG", "BFA",
               ["The Burkinabe Movement for Human and Peoples' Rights"]),
        entity("Burkinabe journalists and activists critical of the junta", "PER", "BFA",
               ["several journalists and activists who had criticized it"]),
        entity("Burkinabe army", "ORG", "BFA", ["the army's", "army"]),
        entity("jihadi groups", "ORG", "BFA", ["jihadi groups"]),
        entity("rights groups", "ORG", "NGO", ["Rights groups"]),
        entity("BBC", "ORG", "GBR", ["the BBC"]),
        entity("Voice of America", "ORG", "USA", ["Voice of America"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
