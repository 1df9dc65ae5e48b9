"""Round 85: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Invented, plausible wire-style reports on real 2023-2025 settings (Sub-Saharan Africa, Latin America,
the Caribbean), annotated by ../shared/data/articles/CONVENTIONS.md:

- hm85-de-01  Uganda: the World Bank halts new lending over the anti-homosexuality law (Aug 2023)
- hm85-de-02  DR Congo: ADF attack on a church in Komanda, Ituri (Jul 2025)
- hm85-de-03  Chad: opposition leader Succès Masra sentenced to 20 years (Aug 2025)
- hm85-de-04  Malawi: Chakwera concedes defeat to Mutharika (Sep 2025)
- hm85-en-01  Brazil: the Supreme Court sentences Bolsonaro, Washington threatens (Sep 2025)
- hm85-en-02  Haiti: gangs storm Mirebalais and free prison inmates (Mar/Apr 2025)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm85-de-01 Uganda / World Bank
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
WORLD_BANK = actor("World Bank", "IGO", "IGO")
UGANDA = actor("Uganda", "UGA", "GOV")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
AMONG = actor("Anita Among", "UGA", "LEG")
USA = actor("United States", "USA", "GOV")
UGA_OFFICIALS = actor("Ugandan officials", "UGA", "GOV")
ZHANG = actor("Zhang Lizhong", "CHN", "GOV")
CHINA = actor("China", "CHN", "GOV")

D1_1 = ("Ugandas Präsident Yoweri Museveni hat der Weltbank vorgeworfen, sein Land wegen des umstrittenen "
        "Anti-Homosexuellen-Gesetzes erpressen zu wollen.")
D1_2 = ("Die Weltbank hatte am Dienstag mitgeteilt, sie werde dem Land bis auf Weiteres keine neuen Kredite "
        "gewähren, weil das Gesetz ihren Werten widerspreche.")
D1_3 = "„Uganda wird sich mit oder ohne Kredite entwickeln“, erklärte der Staatschef am Mittwoch."
D1_4 = "Das im Mai unterzeichnete Gesetz sieht für sogenannte schwere Homosexualität sogar die Todesstrafe vor."
D1_5 = ("Human Rights Watch begrüßte den Schritt der Weltbank und forderte die Regierung in Kampala auf, das "
        "Gesetz aufzuheben.")
D1_6 = ("Parlamentspräsidentin Anita Among wies die Forderung zurück: Man lasse sich von »ausländischen "
        "Geldgebern« nicht vorschreiben, welche Gesetze in Uganda gelten.")
D1_7 = "Washington hatte bereits im Juni Visabeschränkungen gegen ugandische Beamte verhängt."
D1_8 = ("Der Präsident empfing am Mittwoch zudem den chinesischen Botschafter Zhang Lizhong in Entebbe, wie "
        "sein Büro mitteilte.")
D1_9 = "Peking habe weitere Unterstützung beim Bau von Straßen und Kraftwerken zugesagt, hieß es."
D1_10 = "Laufende Projekte im Umfang von mehreren Milliarden Dollar stoppte die Weltbank allerdings nicht."

DE01 = {
    "id": "hm85-de-01", "lang": "de", "url": None, "published": "2023-08-10",
    "title": "Museveni wirft Weltbank Erpressung vor",
    "text": paragraphs([D1_1, D1_2, D1_3], [D1_4, D1_5, D1_6, D1_7], [D1_8, D1_9, D1_10]),
    "events": [
        event("ACCUSE", MUSEVENI, WORLD_BANK, D1_1, mode="allege"),
        event("SANCTION", WORLD_BANK, UGANDA, D1_2, mode="withdraw", date="2023-08-08"),
        event("SUPPORT", HRW, WORLD_BANK, D1_5),
        event("REQUEST", HRW, UGA_GOV, D1_5, mode="change"),
        event("REJECT", AMONG, HRW, D1_6, mode="change"),
        event("SANCTION", USA, UGA_OFFICIALS, D1_7),
        event("CONSULT", ZHANG, MUSEVENI, D1_8, mode="visit", date="2023-08-09", location="Entebbe",
              location_country="UGA"),
        event("AGREE", CHINA, UGANDA, D1_9),
        event("SANCTION", WORLD_BANK, UGANDA, D1_10, mode="withdraw", negated=True),
    ],
    "quotes": [
        quote("sein Land wegen des umstrittenen Anti-Homosexuellen-Gesetzes erpressen zu wollen",
              "Yoweri Museveni", "indirect"),
        quote("sie werde dem Land bis auf Weiteres keine neuen Kredite gewähren, weil das Gesetz ihren Werten "
              "widerspreche", "World Bank", "indirect"),
        quote("Uganda wird sich mit oder ohne Kredite entwickeln", "Yoweri Museveni", "direct"),
        quote("ausländischen Geldgebern", "Anita Among", "direct"),
        quote("Man lasse sich von »ausländischen Geldgebern« nicht vorschreiben, welche Gesetze in Uganda gelten",
              "Anita Among", "indirect"),
        quote("Der Präsident empfing am Mittwoch zudem den chinesischen Botschafter Zhang Lizhong in Entebbe",
              "Office of the President of Uganda", "indirect"),
        quote("Peking habe weitere Unterstützung beim Bau von Straßen und Kraftwerken zugesagt",
              "Office of the President of Uganda", "indirect"),
    ],
    "entities": [
        entity("Yoweri Museveni", "PER", "UGA",
               ["Ugandas Präsident Yoweri Museveni", "der Staatschef", "Der Präsident"]),
        entity("World Bank", "ORG", "IGO", ["der Weltbank", "Die Weltbank", "sie", "die Weltbank"]),
        entity("Uganda", "GPE", "UGA", ["Ugandas", "sein Land", "dem Land", "Uganda"]),
        entity("Government of Uganda", "ORG", "UGA", ["die Regierung in Kampala"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Anita Among", "PER", "UGA", ["Parlamentspräsidentin Anita Among"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Zhang Lizhong", "PER", "CHN", ["den chinesischen Botschafter Zhang Lizhong"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("Office of the President of Uganda", "ORG", "UGA", ["sein Büro"]),
        entity("Entebbe", "LOC", "UGA", ["Entebbe"]),
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
    ],
}

# ---------------------------------------------------------------- hm85-de-02 DR Congo / Komanda
ADF = actor("Allied Democratic Forces", "UGA", "REB")
IS = actor("Islamic State", None, "REB")
WORSHIPPERS = actor("Worshippers in Komanda", "COD", "CVL")
NGONGO = actor("Jules Ngongo", "COD", "MIL")
MONUSCO = actor("MONUSCO", "UNO", "IGO")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
DRC = actor("Democratic Republic of the Congo", "COD", "GOV")
UGANDA_GOV = actor("Uganda", "UGA", "GOV")
DURANTHABO = actor("Dieudonné Duranthabo", "COD", "CVL")

D2_1 = ("Bei einem Angriff der Miliz ADF auf eine katholische Kirche im Osten der Demokratischen Republik Kongo "
        "sind mindestens 38 Menschen getötet worden.")
D2_2 = ("Die Angreifer hätten in der Nacht zum Sonntag Gläubige während einer Gebetswache in Komanda in der "
        "Provinz Ituri mit Macheten und Schusswaffen attackiert, sagte der Armeesprecher in Ituri, Jules Ngongo.")
D2_3 = "Die Terrormiliz Islamischer Staat reklamierte die Tat am Sonntagabend für sich."
D2_4 = "Die UN-Mission Monusco verurteilte den Angriff scharf und verlangte eine rasche Aufklärung."
D2_5 = "„Wehrlose Menschen in einem Gotteshaus anzugreifen, ist abscheulich“, erklärte die Mission."
D2_6 = "Die Armee verlegte nach eigenen Angaben zusätzliche Soldaten in die Region."
D2_7 = ("Ein Vertreter der Zivilgesellschaft, Dieudonné Duranthabo, sagte, die Angreifer hätten zudem Häuser "
        "und Geschäfte in Brand gesteckt.")
D2_8 = "Die ADF stammt ursprünglich aus Uganda und gilt heute als Ableger des IS in Zentralafrika."
D2_9 = ("Kinshasa und Kampala vereinbarten am Montag, ihre gemeinsamen Einsätze gegen die Miliz auszuweiten, wie "
        "das ugandische Militär mitteilte.")

DE02 = {
    "id": "hm85-de-02", "lang": "de", "url": None, "published": "2025-07-28",
    "title": "Dutzende Tote bei Angriff auf Kirche im Kongo",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6, D2_7], [D2_8, D2_9]),
    "events": [
        event("ASSAULT", ADF, WORSHIPPERS, D2_1, date="2025-07-27", location="Komanda", location_country="COD"),
        event("ACCUSE", NGONGO, ADF, D2_2, mode="allege"),
        event("ASSAULT", IS, WORSHIPPERS, D2_3, date="2025-07-27", location="Komanda", location_country="COD"),
        event("ACCUSE", MONUSCO, ADF, D2_4, mode="disapprove"),
        event("REQUEST", MONUSCO, None, D2_4),
        event("ACCUSE", MONUSCO, ADF, D2_5, mode="disapprove"),
        event("MOBILIZE", FARDC, None, D2_6, mode="troops", location="Ituri", location_country="COD"),
        event("ACCUSE", DURANTHABO, ADF, D2_7, mode="allege"),
        event("AGREE", DRC, UGANDA_GOV, D2_9, date="2025-07-28"),
    ],
    "quotes": [
        quote("Die Angreifer hätten in der Nacht zum Sonntag Gläubige während einer Gebetswache in Komanda in "
              "der Provinz Ituri mit Macheten und Schusswaffen attackiert", "Jules Ngongo", "indirect"),
        quote("Wehrlose Menschen in einem Gotteshaus anzugreifen, ist abscheulich", "MONUSCO", "direct"),
        quote("die Angreifer hätten zudem Häuser und Geschäfte in Brand gesteckt", "Dieudonné Duranthabo",
              "indirect"),
        quote("Kinshasa und Kampala vereinbarten am Montag, ihre gemeinsamen Einsätze gegen die Miliz auszuweiten",
              "Uganda People's Defence Force", "indirect"),
    ],
    "entities": [
        entity("Allied Democratic Forces", "ORG", "UGA", ["der Miliz ADF", "Die ADF", "die Miliz"]),
        entity("Islamic State", "ORG", None, ["Die Terrormiliz Islamischer Staat", "des IS"]),
        entity("Democratic Republic of the Congo", "GPE", "COD", ["der Demokratischen Republik Kongo", "Kinshasa"]),
        entity("Komanda", "LOC", "COD", ["Komanda"]),
        entity("Ituri", "LOC", "COD", ["der Provinz Ituri", "Ituri", "die Region"]),
        entity("Jules Ngongo", "PER", "COD", ["der Armeesprecher in Ituri, Jules Ngongo"]),
        entity("MONUSCO", "ORG", "UNO", ["Die UN-Mission Monusco", "die Mission"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["Die Armee"]),
        entity("Dieudonné Duranthabo", "PER", "COD", ["Ein Vertreter der Zivilgesellschaft, Dieudonné Duranthabo"]),
        entity("Uganda", "GPE", "UGA", ["Uganda", "Kampala"]),
        entity("Uganda People's Defence Force", "ORG", "UGA", ["das ugandische Militär"]),
        entity("Central Africa", "LOC", None, ["Zentralafrika"]),
    ],
}

# ---------------------------------------------------------------- hm85-de-03 Chad / Masra
CHAD_COURT = actor("N'Djamena Criminal Court", "TCD", "JUD")
MASRA = actor("Succès Masra", "TCD", "OPP")
TRANSFORMATEURS = actor("Les Transformateurs", "TCD", "PTY")
TRANSF_SPOKES = actor("Spokesperson of Les Transformateurs", "TCD", "PTY")
CHAD_GOV = actor("Government of Chad", "TCD", "GOV")
CHAD_POLICE = actor("Police of Chad", "TCD", "COP")
MASRA_SUPPORTERS = actor("Supporters of Succès Masra", "TCD", "OPP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
GASSIM = actor("Gassim Chérif Mahamat", "TCD", "GOV")

D3_1 = ("Ein Gericht in der tschadischen Hauptstadt N'Djamena hat den früheren Regierungschef und "
        "Oppositionsführer Succès Masra zu 20 Jahren Haft verurteilt.")
D3_2 = "Die Richter sprachen ihn am Samstag der Anstiftung zu Hass und Gewalt schuldig."
D3_3 = ("Masra soll im Mai mit Botschaften in sozialen Netzwerken Zusammenstöße im Dorf Mandakao angeheizt "
        "haben, bei denen 42 Menschen starben.")
D3_4 = "Seine Partei Les Transformateurs sprach von einem »politischen Urteil«."
D3_5 = "„Das Regime will jede Konkurrenz ausschalten“, sagte ein Parteisprecher."
D3_6 = "Die Polizei nahm am Samstag vor dem Gerichtsgebäude mehrere Anhänger Masras fest."
D3_7 = ("Justizminister Youssouf Tom betonte dagegen, die Justiz arbeite unabhängig und das Verfahren sei fair "
        "gewesen.")
D3_8 = "Amnesty International verlangte die sofortige Freilassung des Oppositionellen."
D3_9 = ("Regierungssprecher Gassim Chérif Mahamat wies die Forderung zurück: »Die Gerichte unseres Landes "
        "lassen sich nicht erpressen.«")
D3_10 = "Masra war im Mai in seinem Haus in N'Djamena festgenommen worden."

DE03 = {
    "id": "hm85-de-03", "lang": "de", "url": None, "published": "2025-08-10",
    "title": "Tschads Oppositionsführer Masra zu 20 Jahren Haft verurteilt",
    "text": paragraphs([D3_1, D3_2, D3_3], [D3_4, D3_5, D3_6, D3_7], [D3_8, D3_9, D3_10]),
    "events": [
        event("SANCTION", CHAD_COURT, MASRA, D3_1, mode="convict", date="2025-08-09", location="N'Djamena",
              location_country="TCD"),
        event("COERCE", CHAD_COURT, MASRA, D3_1, mode="arrest", date="2025-08-09", location="N'Djamena",
              location_country="TCD"),
        event("SANCTION", CHAD_COURT, MASRA, D3_2, mode="convict", date="2025-08-09"),
        event("ACCUSE", TRANSFORMATEURS, CHAD_COURT, D3_4, mode="disapprove"),
        event("ACCUSE", TRANSF_SPOKES, CHAD_GOV, D3_5, mode="disapprove"),
        event("COERCE", CHAD_POLICE, MASRA_SUPPORTERS, D3_6, mode="arrest", date="2025-08-09",
              location="N'Djamena", location_country="TCD"),
        event("REQUEST", AMNESTY, None, D3_8),
        event("REJECT", GASSIM, AMNESTY, D3_9),
        event("COERCE", CHAD_POLICE, MASRA, D3_10, mode="arrest", location="N'Djamena", location_country="TCD"),
    ],
    "quotes": [
        quote("politischen Urteil", "Les Transformateurs", "direct"),
        quote("Das Regime will jede Konkurrenz ausschalten", "Spokesperson of Les Transformateurs", "direct"),
        quote("die Justiz arbeite unabhängig und das Verfahren sei fair gewesen", "Youssouf Tom", "indirect"),
        quote("Die Gerichte unseres Landes lassen sich nicht erpressen", "Gassim Chérif Mahamat", "direct"),
    ],
    "entities": [
        entity("N'Djamena", "LOC", "TCD", ["der tschadischen Hauptstadt N'Djamena", "N'Djamena"]),
        entity("N'Djamena Criminal Court", "ORG", "TCD", ["Ein Gericht", "Die Richter"]),
        entity("Succès Masra", "PER", "TCD",
               ["den früheren Regierungschef und Oppositionsführer Succès Masra", "ihn", "Masra", "Masras",
                "des Oppositionellen"]),
        entity("Mandakao", "LOC", "TCD", ["Dorf Mandakao"]),
        entity("Les Transformateurs", "ORG", "TCD", ["Seine Partei Les Transformateurs"]),
        entity("Spokesperson of Les Transformateurs", "PER", "TCD", ["ein Parteisprecher"]),
        entity("Police of Chad", "ORG", "TCD", ["Die Polizei"]),
        entity("Youssouf Tom", "PER", "TCD", ["Justizminister Youssouf Tom"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Gassim Chérif Mahamat", "PER", "TCD", ["Regierungssprecher Gassim Chérif Mahamat"]),
        entity("Government of Chad", "ORG", "TCD", ["Das Regime"]),
    ],
}

# ---------------------------------------------------------------- hm85-de-04 Malawi / Chakwera concedes
CHAKWERA = actor("Lazarus Chakwera", "MWI", "GOV")
MUTHARIKA = actor("Peter Mutharika", "MWI", "OPP")
MWI_POLICE = actor("Malawi Police Service", "MWI", "COP")
MCP_SUPPORTERS = actor("Supporters of the Malawi Congress Party", "MWI", "CVL")
MEC = actor("Malawi Electoral Commission", "MWI", "GOV")
DPP_SUPPORTERS = actor("Supporters of Peter Mutharika", "MWI", "CVL")
SADC = actor("SADC Electoral Observation Mission", "IGO", "IGO")
USA_GOV = actor("United States", "USA", "GOV")
MWI_GOV = actor("Government of Malawi", "MWI", "GOV")

D4_1 = ("Malawis Präsident Lazarus Chakwera hat seine Niederlage bei der Präsidentenwahl eingeräumt und seinem "
        "Vorgänger Peter Mutharika gratuliert.")
D4_2 = ("Er habe Mutharika am Mittwochabend angerufen, um ihm zu seinem »klaren Sieg« zu gratulieren, sagte "
        "Chakwera in einer Fernsehansprache.")
D4_3 = "Die Wahlkommission erklärte den 85-Jährigen kurz darauf mit rund 56 Prozent der Stimmen zum Sieger."
D4_4 = "„Ich werde die Macht friedlich übergeben, weil das Volk gesprochen hat“, sagte Chakwera."
D4_5 = "Mutharika dankte seinem Rivalen und rief seine Anhänger auf, auf Racheakte zu verzichten."
D4_6 = ("Die Polizei hatte zuvor in Lilongwe Tränengas gegen Anhänger der Regierungspartei MCP eingesetzt, die "
        "vor dem Auszählungszentrum gegen angebliche Manipulationen protestierten.")
D4_7 = "Die Wahlbeobachter der Entwicklungsgemeinschaft SADC lobten die Abstimmung als »glaubwürdig und transparent«."
D4_8 = "Die Vereinigten Staaten sicherten der künftigen Regierung ihre weitere Zusammenarbeit zu."
D4_9 = "Mutharika hatte das südostafrikanische Land bereits von 2014 bis 2020 regiert."

DE04 = {
    "id": "hm85-de-04", "lang": "de", "url": None, "published": "2025-09-25",
    "title": "Malawis Präsident Chakwera räumt Wahlniederlage ein",
    "text": paragraphs([D4_1, D4_2, D4_3], [D4_4, D4_5, D4_6], [D4_7, D4_8, D4_9]),
    "events": [
        event("CONCEDE", CHAKWERA, MUTHARIKA, D4_1),
        event("SUPPORT", CHAKWERA, MUTHARIKA, D4_1),
        event("CONSULT", CHAKWERA, MUTHARIKA, D4_2, mode="phone", date="2025-09-24"),
        event("SUPPORT", CHAKWERA, MUTHARIKA, D4_2, date="2025-09-24"),
        event("CONCEDE", CHAKWERA, MUTHARIKA, D4_4),
        event("SUPPORT", MUTHARIKA, CHAKWERA, D4_5),
        event("REQUEST", MUTHARIKA, DPP_SUPPORTERS, D4_5),
        event("ASSAULT", MWI_POLICE, MCP_SUPPORTERS, D4_6, mode="crowd-control", location="Lilongwe",
              location_country="MWI"),
        event("PROTEST", MCP_SUPPORTERS, MEC, D4_6, mode="demo", location="Lilongwe", location_country="MWI"),
        event("SUPPORT", SADC, MEC, D4_7),
        event("AGREE", USA_GOV, MWI_GOV, D4_8),
    ],
    "quotes": [
        quote("klaren Sieg", "Lazarus Chakwera", "direct"),
        quote("Er habe Mutharika am Mittwochabend angerufen, um ihm zu seinem »klaren Sieg« zu gratulieren",
              "Lazarus Chakwera", "indirect"),
        quote("Ich werde die Macht friedlich übergeben, weil das Volk gesprochen hat", "Lazarus Chakwera", "direct"),
        quote("glaubwürdig und transparent", "SADC Electoral Observation Mission", "direct"),
    ],
    "entities": [
        entity("Lazarus Chakwera", "PER", "MWI",
               ["Malawis Präsident Lazarus Chakwera", "Er", "Chakwera", "seinem Rivalen"]),
        entity("Peter Mutharika", "PER", "MWI",
               ["seinem Vorgänger Peter Mutharika", "Mutharika", "ihm", "den 85-Jährigen"]),
        entity("Malawi", "GPE", "MWI", ["Malawis", "das südostafrikanische Land"]),
        entity("Malawi Electoral Commission", "ORG", "MWI", ["Die Wahlkommission"]),
        entity("Malawi Police Service", "ORG", "MWI", ["Die Polizei"]),
        entity("Lilongwe", "LOC", "MWI", ["Lilongwe"]),
        entity("Malawi Congress Party", "ORG", "MWI", ["der Regierungspartei MCP"]),
        entity("SADC Electoral Observation Mission", "ORG", "IGO",
               ["Die Wahlbeobachter der Entwicklungsgemeinschaft SADC"]),
        entity("United States", "GPE", "USA", ["Die Vereinigten Staaten"]),
        entity("Government of Malawi", "ORG", "MWI", ["der künftigen Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm85-en-01 Brazil / Bolsonaro
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
RUBIO = actor("Marco Rubio", "USA", "GOV")
BRAZIL = actor("Brazil", "BRA", "GOV")
ITAMARATY = actor("Ministry of Foreign Affairs of Brazil", "BRA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
BOLSO_LAWYERS = actor("Lawyers of Jair Bolsonaro", "BRA", "OPP")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
US = actor("United States", "USA", "GOV")
BOLSO_SUPPORTERS = actor("Supporters of Jair Bolsonaro", "BRA", "CVL")

E1_1 = ("Brazil's Supreme Court on Thursday sentenced former President Jair Bolsonaro to 27 years and three "
        "months in prison for plotting a coup to overturn his 2022 election defeat.")
E1_2 = ("Justice Luiz Fux was the only one of the five judges on the panel to dissent, arguing that the court "
        "lacked jurisdiction.")
E1_4 = ("U.S. Secretary of State Marco Rubio called the trial a \"witch hunt\" and warned that Washington would "
        "\"respond accordingly\" to the ruling.")
E1_5 = "Brazil's Foreign Ministry hit back in a statement: \"Threats will not intimidate our democracy.\""
E1_6 = ("President Donald Trump, who imposed 50 percent tariffs on Brazilian goods in July over the case, said "
        "he was \"very unhappy\" with the verdict.")
E1_7 = "Bolsonaro's lawyers said they would appeal, calling the sentence \"absurdly excessive.\""
E1_8 = ("President Luiz Inácio Lula da Silva said the ruling showed that Brazil's institutions work and vowed "
        "that his government would not negotiate its sovereignty with Washington.")
E1_9 = ("Hundreds of supporters gathered outside the former president's home in Brasília on Thursday evening "
        "to protest the verdict.")

EN01 = {
    "id": "hm85-en-01", "lang": "en", "url": None, "published": "2025-09-12",
    "title": "Brazil's top court sentences Bolsonaro to 27 years; Washington vows response",
    "text": paragraphs([E1_1, E1_2], [E1_4, E1_5, E1_6], [E1_7, E1_8, E1_9]),
    "events": [
        event("SANCTION", STF, BOLSONARO, E1_1, mode="convict", date="2025-09-11"),
        event("COERCE", STF, BOLSONARO, E1_1, mode="arrest", date="2025-09-11"),
        event("ACCUSE", RUBIO, STF, E1_4, mode="disapprove"),
        event("THREATEN", RUBIO, BRAZIL, E1_4),
        event("ACCUSE", ITAMARATY, RUBIO, E1_5, mode="disapprove"),
        event("SANCTION", TRUMP, BRAZIL, E1_6, mode="discontinue"),
        event("ACCUSE", TRUMP, STF, E1_6, mode="disapprove"),
        event("ACCUSE", BOLSO_LAWYERS, STF, E1_7, mode="disapprove"),
        event("SUPPORT", LULA, STF, E1_8),
        event("REJECT", LULA, US, E1_8),
        event("PROTEST", BOLSO_SUPPORTERS, STF, E1_9, mode="demo", date="2025-09-11", location="Brasília",
              location_country="BRA"),
    ],
    "quotes": [
        quote("that the court lacked jurisdiction", "Luiz Fux", "indirect"),
        quote("witch hunt", "Marco Rubio", "direct"),
        quote("respond accordingly", "Marco Rubio", "direct"),
        quote("that Washington would \"respond accordingly\" to the ruling", "Marco Rubio", "indirect"),
        quote("Threats will not intimidate our democracy", "Ministry of Foreign Affairs of Brazil", "direct"),
        quote("very unhappy", "Donald Trump", "direct"),
        quote("he was \"very unhappy\" with the verdict", "Donald Trump", "indirect"),
        quote("they would appeal", "Lawyers of Jair Bolsonaro", "indirect"),
        quote("absurdly excessive", "Lawyers of Jair Bolsonaro", "direct"),
        quote("the ruling showed that Brazil's institutions work", "Luiz Inácio Lula da Silva", "indirect"),
        quote("that his government would not negotiate its sovereignty with Washington",
              "Luiz Inácio Lula da Silva", "indirect"),
    ],
    "entities": [
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["Brazil's Supreme Court", "the court", "the panel"]),
        entity("Jair Bolsonaro", "PER", "BRA",
               ["former President Jair Bolsonaro", "his", "Bolsonaro's", "the former president's"]),
        entity("Luiz Fux", "PER", "BRA", ["Justice Luiz Fux"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Ministry of Foreign Affairs of Brazil", "ORG", "BRA", ["Brazil's Foreign Ministry"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "he"]),
        entity("Brazil", "GPE", "BRA", ["Brazilian", "Brazil's"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["President Luiz Inácio Lula da Silva", "his government"]),
        entity("Lawyers of Jair Bolsonaro", "ORG", "BRA", ["Bolsonaro's lawyers", "they"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Supporters of Jair Bolsonaro", "ORG", "BRA", ["Hundreds of supporters"]),
    ],
}

# ---------------------------------------------------------------- hm85-en-02 Haiti / Mirebalais
VIV_ANSANM = actor("Viv Ansanm", "HTI", "REB")
MIREBALAIS_RES = actor("Residents of Mirebalais", "HTI", "CVL")
HNP = actor("Haitian National Police", "HTI", "COP")
FILS_AIME = actor("Alix Didier Fils-Aimé", "HTI", "GOV")
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
KENYA = actor("Kenya", "KEN", "GOV")
HAITI = actor("Haiti", "HTI", "GOV")
DOM_GOV = actor("Dominican Republic", "DOM", "GOV")
INMATES = actor("Escaped inmates of Mirebalais prison", "HTI", "CVL")

E2_1 = ("Gang members stormed the central Haitian town of Mirebalais on Monday, freeing more than 500 inmates "
        "from its prison and forcing thousands of residents to flee.")
E2_2 = "The Viv Ansanm gang coalition claimed responsibility in a video posted on social media."
E2_3 = ("Police officers battled the attackers for several hours before withdrawing from the town, a police "
        "union said.")
E2_4 = ("Prime Minister Alix Didier Fils-Aimé called the attack \"a blow to the whole nation\" and ordered "
        "police and army reinforcements to the region.")
E2_5 = "\"We will not abandon the people of the Centre department,\" he said."
E2_6 = ("The U.N. human rights office urged the transitional authorities to protect civilians and to "
        "investigate the jailbreak.")
E2_7 = ("Kenya, which leads a U.N.-backed multinational security mission in Haiti, said it would send "
        "additional officers to the country in the coming weeks.")
E2_8 = ("Dominican authorities said they had caught 12 escaped inmates near the border and handed them over to "
        "Haitian police.")
E2_9 = "The gangs control about 85 percent of the capital Port-au-Prince, according to U.N. estimates."

EN02 = {
    "id": "hm85-en-02", "lang": "en", "url": None, "published": "2025-04-01",
    "title": "Haitian gangs storm Mirebalais, free hundreds of inmates",
    "text": paragraphs([E2_1, E2_2, E2_3], [E2_4, E2_5, E2_6], [E2_7, E2_8, E2_9]),
    "events": [
        event("ASSAULT", VIV_ANSANM, MIREBALAIS_RES, E2_1, date="2025-03-31", location="Mirebalais",
              location_country="HTI"),
        event("ASSAULT", VIV_ANSANM, MIREBALAIS_RES, E2_2, date="2025-03-31", location="Mirebalais",
              location_country="HTI"),
        event("ASSAULT", HNP, VIV_ANSANM, E2_3, date="2025-03-31", location="Mirebalais", location_country="HTI"),
        event("RETREAT", HNP, VIV_ANSANM, E2_3, mode="withdraw", date="2025-03-31", location="Mirebalais",
              location_country="HTI"),
        event("ACCUSE", FILS_AIME, VIV_ANSANM, E2_4, mode="disapprove"),
        event("MOBILIZE", FILS_AIME, None, E2_4, mode="troops"),
        event("REQUEST", OHCHR, HTI_GOV, E2_6),
        event("AGREE", KENYA, HAITI, E2_7),
        event("COERCE", DOM_GOV, INMATES, E2_8, mode="arrest"),
        event("COOPERATE", DOM_GOV, HNP, E2_8),
    ],
    "quotes": [
        quote("Police officers battled the attackers for several hours before withdrawing from the town",
              "Haitian police union", "indirect"),
        quote("a blow to the whole nation", "Alix Didier Fils-Aimé", "direct"),
        quote("We will not abandon the people of the Centre department", "Alix Didier Fils-Aimé", "direct"),
        quote("it would send additional officers to the country in the coming weeks", "Government of Kenya",
              "indirect"),
        quote("they had caught 12 escaped inmates near the border and handed them over to Haitian police",
              "Government of the Dominican Republic", "indirect"),
        quote("The gangs control about 85 percent of the capital Port-au-Prince", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Viv Ansanm", "ORG", "HTI",
               ["Gang members", "The Viv Ansanm gang coalition", "the attackers", "The gangs"]),
        entity("Mirebalais", "LOC", "HTI", ["the central Haitian town of Mirebalais", "the town"]),
        entity("Haitian National Police", "ORG", "HTI", ["Police officers", "Haitian police"]),
        entity("Haitian police union", "ORG", "HTI", ["a police union"]),
        entity("Alix Didier Fils-Aimé", "PER", "HTI", ["Prime Minister Alix Didier Fils-Aimé", "he"]),
        entity("Centre department", "LOC", "HTI", ["the Centre department", "the region"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["The U.N. human rights office"]),
        entity("Government of Haiti", "ORG", "HTI", ["the transitional authorities"]),
        entity("Kenya", "GPE", "KEN", ["Kenya", "it"]),
        entity("Multinational Security Support Mission", "ORG", "IGO",
               ["a U.N.-backed multinational security mission in Haiti"]),
        entity("Haiti", "GPE", "HTI", ["Haiti", "the country"]),
        entity("Government of the Dominican Republic", "ORG", "DOM", ["Dominican authorities", "they"]),
        entity("Escaped inmates of Mirebalais prison", "ORG", "HTI", ["more than 500 inmates", "12 escaped inmates", "them"]),
        entity("Port-au-Prince", "LOC", "HTI", ["the capital Port-au-Prince"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
