"""Round 43: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Invented, plausible wire-style reports (not reported facts) on stories not used in earlier rounds:

- hm43-de-01  DR Congo: failed coup attempt in Kinshasa, Christian Malanga killed (2024-05-19)
- hm43-de-02  Slovakia: Prime Minister Fico shot in Handlová (2024-05-15)
- hm43-de-03  Argentina: CGT general strike against Milei's reforms (2024-01-24)
- hm43-de-04  Navalny's death: Berlin and other EU capitals summon Russian envoys (2024-02-19)
- hm43-en-01  Hamas leader Haniyeh killed in Tehran, Iran vows revenge (2024-07-31)
- hm43-en-02  Ukraine peace summit at the Bürgenstock, Switzerland (2024-06-16)

Annotated by ../shared/data/articles/CONVENTIONS.md and the judgement calls in README.md.
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# ---------------------------------------------------------------------------------------------
# hm43-de-01  DR Congo coup attempt
# ---------------------------------------------------------------------------------------------
A1 = "Bewaffnete Männer haben am Sonntag in der kongolesischen Hauptstadt Kinshasa die Residenz des Parlamentspräsidenten Vital Kamerhe angegriffen."
A2 = "Dabei wurden zwei Polizisten seiner Leibwache getötet, wie ein Sprecher Kamerhes bestätigte."
A3 = "Armeesprecher Sylvain Ekenge sagte im Staatsfernsehen, ein Putschversuch sei »im Keim erstickt« worden."
A4 = "Sicherheitskräfte erschossen den Anführer der Gruppe, den im Exil lebenden Oppositionspolitiker Christian Malanga, als er sich der Festnahme widersetzte."
A5 = "Rund 50 Angreifer wurden festgenommen, unter ihnen drei US-Bürger."
A6 = "Die Armee verlegte zusätzliche Soldaten in das Regierungsviertel Gombe, die Regierung verhängte dort eine nächtliche Ausgangssperre."
A7 = "US-Botschafterin Lucy Tamlyn zeigte sich »schockiert«."
A8 = "Die Botschaft arbeite eng mit den kongolesischen Behörden zusammen, hieß es."
A9 = "Die Afrikanische Union verurteilte den Angriff aufs Schärfste, Kommissionschef Moussa Faki Mahamat forderte Kinshasa auf, die Verantwortlichen vor Gericht zu stellen."
A10 = "Regierungssprecher Patrick Muyaya warf »ausländischen Komplizen« vor, den Umsturz unterstützt zu haben, nannte aber kein Land."

plotters = actor("coup plotters", "COD", "REB")
fardc = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
cod_gov = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")

ARTICLES.append({
    "id": "hm43-de-01", "lang": "de", "url": None, "published": "2024-05-19",
    "title": "Armee im Kongo schlägt Putschversuch nieder",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7, A8], [A9, A10]),
    "events": [
        event("ASSAULT", plotters, actor("Vital Kamerhe", "COD", "LEG"), A1, mode="firearms",
              date="2024-05-19", location="Kinshasa", location_country="COD"),
        event("ASSAULT", fardc, actor("Christian Malanga", "COD", "OPP"), A4, mode="firearms"),
        event("COERCE", fardc, plotters, A5, mode="arrest"),
        event("MOBILIZE", fardc, None, A6, mode="troops", location="Gombe", location_country="COD"),
        event("COERCE", cod_gov, None, A6, mode="curfew", location="Gombe", location_country="COD"),
        event("COOPERATE", actor("US Embassy in Kinshasa", "USA", "GOV"), cod_gov, A8),
        event("ACCUSE", actor("African Union", "IGO", "IGO"), plotters, A9, mode="disapprove"),
        event("REQUEST", actor("Moussa Faki Mahamat", "IGO", "IGO"), cod_gov, A9),
        event("ACCUSE", actor("Patrick Muyaya", "COD", "GOV"), actor("foreign accomplices", None, None), A10,
              mode="allege"),
    ],
    "quotes": [
        quote("Dabei wurden zwei Polizisten seiner Leibwache getötet", "Spokesperson of Vital Kamerhe", "indirect"),
        quote("ein Putschversuch sei »im Keim erstickt« worden", "Sylvain Ekenge", "indirect"),
        quote("im Keim erstickt", "Sylvain Ekenge", "direct"),
        quote("schockiert", "Lucy Tamlyn", "direct"),
        quote("Die Botschaft arbeite eng mit den kongolesischen Behörden zusammen", "US Embassy in Kinshasa", "indirect"),
        quote("ausländischen Komplizen", "Patrick Muyaya", "direct"),
        quote("den Umsturz unterstützt zu haben", "Patrick Muyaya", "indirect"),
    ],
    "entities": [
        entity("coup plotters", "ORG", "COD", ["Bewaffnete Männer", "der Gruppe", "Rund 50 Angreifer"]),
        entity("Kinshasa", "LOC", "COD", ["der kongolesischen Hauptstadt Kinshasa"]),
        entity("Vital Kamerhe", "PER", "COD", ["des Parlamentspräsidenten Vital Kamerhe", "seiner", "Kamerhes"]),
        entity("Spokesperson of Vital Kamerhe", "PER", "COD", ["ein Sprecher Kamerhes"]),
        entity("Sylvain Ekenge", "PER", "COD", ["Armeesprecher Sylvain Ekenge"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["Sicherheitskräfte", "Die Armee"]),
        entity("Christian Malanga", "PER", "COD",
               ["den Anführer der Gruppe", "den im Exil lebenden Oppositionspolitiker Christian Malanga", "er"]),
        entity("Gombe", "LOC", "COD", ["das Regierungsviertel Gombe"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD",
               ["die Regierung", "den kongolesischen Behörden", "Kinshasa"]),
        entity("Lucy Tamlyn", "PER", "USA", ["US-Botschafterin Lucy Tamlyn"]),
        entity("US Embassy in Kinshasa", "ORG", "USA", ["Die Botschaft"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["Kommissionschef Moussa Faki Mahamat"]),
        entity("Patrick Muyaya", "PER", "COD", ["Regierungssprecher Patrick Muyaya"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm43-de-02  Fico shot in Handlová
# ---------------------------------------------------------------------------------------------
B1 = "Der slowakische Ministerpräsident Robert Fico ist am Mittwoch bei einem Attentat in der Kleinstadt Handlová lebensgefährlich verletzt worden."
B2 = "Ein 71 Jahre alter Mann feuerte nach einer auswärtigen Kabinettssitzung fünf Schüsse auf den Regierungschef ab."
B3 = "Der Angreifer wurde noch am Tatort festgenommen."
B4 = "Innenminister Matúš Šutaj Eštok sprach von einem »politisch motivierten« Anschlag."
B5 = "Die Tat sei die Folge der aufgeheizten Stimmung im Land, für die er die Opposition und liberale Medien mitverantwortlich machte."
B6 = "Präsidentin Zuzana Čaputová und ihr designierter Nachfolger Peter Pellegrini trafen sich am Abend in Bratislava."
B7 = "Sie riefen alle Parteien auf, den Wahlkampf für die Europawahl vorerst auszusetzen."
B8 = "EU-Kommissionspräsidentin Ursula von der Leyen verurteilte den »abscheulichen Angriff«."
B9 = "Auch Bundeskanzler Olaf Scholz und Nato-Generalsekretär Jens Stoltenberg zeigten sich bestürzt."
B10 = "Fico habe die Operation überstanden, sein Zustand sei aber weiter ernst, sagte Verteidigungsminister Robert Kaliňák am späten Abend vor dem Krankenhaus in Banská Bystrica."

fico = actor("Robert Fico", "SVK", "GOV")
gunman = actor("gunman", "SVK", "CVL")
caputova = actor("Zuzana Čaputová", "SVK", "GOV")
pellegrini = actor("Peter Pellegrini", "SVK", "GOV")
svk_parties = actor("Slovak political parties", "SVK", "PTY")
sutaj = actor("Matúš Šutaj Eštok", "SVK", "GOV")

ARTICLES.append({
    "id": "hm43-de-02", "lang": "de", "url": None, "published": "2024-05-15",
    "title": "Slowakischer Regierungschef Fico bei Attentat schwer verletzt",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10]),
    "events": [
        event("ASSAULT", gunman, fico, B2, mode="firearms", date="2024-05-15", location="Handlová",
              location_country="SVK"),
        event("COERCE", actor("Slovak police", "SVK", "COP"), gunman, B3, mode="arrest"),
        event("ACCUSE", sutaj, actor("Slovak opposition", "SVK", "OPP"), B5, mode="allege"),
        event("ACCUSE", sutaj, actor("liberal media", "SVK", "BUS"), B5, mode="allege"),
        event("CONSULT", caputova, pellegrini, B6, date="2024-05-15", location="Bratislava", location_country="SVK"),
        event("REQUEST", caputova, svk_parties, B7, mode="change"),
        event("REQUEST", pellegrini, svk_parties, B7, mode="change"),
        event("ACCUSE", actor("Ursula von der Leyen", "EUR", "IGO"), gunman, B8, mode="disapprove"),
    ],
    "quotes": [
        quote("politisch motivierten", "Matúš Šutaj Eštok", "direct"),
        quote("Die Tat sei die Folge der aufgeheizten Stimmung im Land", "Matúš Šutaj Eštok", "indirect"),
        quote("abscheulichen Angriff", "Ursula von der Leyen", "direct"),
        quote("Fico habe die Operation überstanden, sein Zustand sei aber weiter ernst", "Robert Kaliňák", "indirect"),
    ],
    "entities": [
        entity("Robert Fico", "PER", "SVK", ["Der slowakische Ministerpräsident Robert Fico", "den Regierungschef", "Fico"]),
        entity("Handlová", "LOC", "SVK", ["der Kleinstadt Handlová"]),
        entity("gunman", "PER", "SVK", ["Ein 71 Jahre alter Mann", "Der Angreifer"]),
        entity("Matúš Šutaj Eštok", "PER", "SVK", ["Innenminister Matúš Šutaj Eštok", "er"]),
        entity("Slovakia", "GPE", "SVK", ["im Land"]),
        entity("Slovak opposition", "ORG", "SVK", ["die Opposition"]),
        entity("liberal media", "ORG", "SVK", ["liberale Medien"]),
        entity("Zuzana Čaputová", "PER", "SVK", ["Präsidentin Zuzana Čaputová"]),
        entity("Peter Pellegrini", "PER", "SVK", ["ihr designierter Nachfolger Peter Pellegrini"]),
        entity("Bratislava", "LOC", "SVK", ["Bratislava"]),
        entity("Slovak political parties", "ORG", "SVK", ["alle Parteien"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["Nato-Generalsekretär Jens Stoltenberg"]),
        entity("Robert Kaliňák", "PER", "SVK", ["Verteidigungsminister Robert Kaliňák"]),
        entity("Banská Bystrica", "LOC", "SVK", ["Banská Bystrica"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm43-de-03  Argentina: CGT general strike
# ---------------------------------------------------------------------------------------------
C1 = "Mit einem Generalstreik hat Argentiniens größter Gewerkschaftsbund CGT am Mittwoch gegen die Reformpläne von Präsident Javier Milei protestiert."
C2 = "Zehntausende Menschen demonstrierten vor dem Kongress in Buenos Aires gegen das umfangreiche Reformgesetz der Regierung."
C3 = "Ein Arbeitsgericht hatte bereits Anfang Januar die arbeitsrechtlichen Teile eines Dekrets Mileis vorläufig ausgesetzt."
C4 = "Sicherheitsministerin Patricia Bullrich drohte, Straßenblockaden von der Polizei räumen zu lassen."
C5 = "Die Polizei nahm nach Angaben der CGT zwei Gewerkschafter vorübergehend fest."
C6 = "Regierungssprecher Manuel Adorni nannte den Streik »politisch motiviert«."
C7 = "Die Gewerkschaften verteidigten nur die Privilegien ihrer Funktionäre, sagte er."
C8 = "CGT-Generalsekretär Héctor Daer forderte den Kongress auf, das Gesetz abzulehnen."
C9 = "„Wenn die Regierung nicht zuhört, werden wir wieder auf die Straße gehen“, sagte er."
C10 = "Um Stimmen der gemäßigten Opposition zu gewinnen, hatte die Regierung zuvor angekündigt, die Privatisierung des Ölkonzerns YPF aus dem Gesetz zu streichen."
C11 = "Ein Gesprächsangebot der Gewerkschaften lehnte der Präsident ab."

cgt = actor("General Confederation of Labour (CGT)", "ARG", "LAB")
milei = actor("Javier Milei", "ARG", "GOV")
arg_gov = actor("Government of Argentina", "ARG", "GOV")
adorni = actor("Manuel Adorni", "ARG", "GOV")

ARTICLES.append({
    "id": "hm43-de-03", "lang": "de", "url": None, "published": "2024-01-24",
    "title": "Generalstreik gegen Mileis Reformen in Argentinien",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10, C11]),
    "events": [
        event("PROTEST", cgt, milei, C1, mode="strike", date="2024-01-24"),
        event("PROTEST", actor("Argentine protesters", "ARG", "CVL"), arg_gov, C2, mode="demo",
              location="Buenos Aires", location_country="ARG"),
        event("COERCE", actor("Argentine labour court", "ARG", "JUD"), milei, C3, mode="restrict"),
        event("THREATEN", actor("Patricia Bullrich", "ARG", "GOV"), actor("Argentine protesters", "ARG", "CVL"), C4),
        event("COERCE", actor("Argentine police", "ARG", "COP"), cgt, C5, mode="arrest"),
        event("ACCUSE", adorni, cgt, C6, mode="disapprove"),
        event("ACCUSE", adorni, actor("Argentine trade unions", "ARG", "LAB"), C7, mode="disapprove"),
        event("REQUEST", actor("Héctor Daer", "ARG", "LAB"), actor("National Congress of Argentina", "ARG", "LEG"), C8,
              mode="change"),
        event("THREATEN", actor("Héctor Daer", "ARG", "LAB"), arg_gov, C9),
        event("CONCEDE", arg_gov, actor("Argentine opposition", "ARG", "OPP"), C10),
        event("REJECT", milei, actor("Argentine trade unions", "ARG", "LAB"), C11, mode="meet"),
    ],
    "quotes": [
        quote("Die Polizei nahm nach Angaben der CGT zwei Gewerkschafter vorübergehend fest",
              "General Confederation of Labour (CGT)", "indirect"),
        quote("politisch motiviert", "Manuel Adorni", "direct"),
        quote("Die Gewerkschaften verteidigten nur die Privilegien ihrer Funktionäre", "Manuel Adorni", "indirect"),
        quote("Wenn die Regierung nicht zuhört, werden wir wieder auf die Straße gehen", "Héctor Daer", "direct"),
    ],
    "entities": [
        entity("General Confederation of Labour (CGT)", "ORG", "ARG",
               ["Argentiniens größter Gewerkschaftsbund CGT", "der CGT"]),
        entity("Argentina", "GPE", "ARG", ["Argentiniens"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Mileis", "der Präsident"]),
        entity("Argentine protesters", "ORG", "ARG", ["Zehntausende Menschen"]),
        entity("National Congress of Argentina", "ORG", "ARG", ["dem Kongress", "den Kongress"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Government of Argentina", "ORG", "ARG", ["der Regierung", "die Regierung"]),
        entity("Argentine labour court", "ORG", "ARG", ["Ein Arbeitsgericht"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Sicherheitsministerin Patricia Bullrich"]),
        entity("Argentine police", "ORG", "ARG", ["der Polizei", "Die Polizei"]),
        entity("Manuel Adorni", "PER", "ARG", ["Regierungssprecher Manuel Adorni", "er"]),
        entity("Argentine trade unions", "ORG", "ARG", ["Die Gewerkschaften", "der Gewerkschaften"]),
        entity("Héctor Daer", "PER", "ARG", ["CGT-Generalsekretär Héctor Daer", "er"]),
        entity("Argentine opposition", "ORG", "ARG", ["der gemäßigten Opposition"]),
        entity("YPF", "ORG", "ARG", ["des Ölkonzerns YPF"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm43-de-04  Navalny's death: Russian envoys summoned
# ---------------------------------------------------------------------------------------------
D1 = "Nach dem Tod des Kremlkritikers Alexej Nawalny in einem sibirischen Straflager hat das Auswärtige Amt am Montag den russischen Botschafter Sergej Netschajew einbestellt."
D2 = "Auch Frankreich, Spanien und die Niederlande bestellten die Vertreter Moskaus ein."
D2b = "Lettland wies zudem zwei russische Diplomaten aus."
D3 = "Berlin mache die russische Führung für Nawalnys Tod verantwortlich, hieß es aus dem Ministerium."
D4 = "In Brüssel traf Nawalnys Witwe Julia Nawalnaja die Außenminister der EU-Staaten."
D5 = "Sie warf Präsident Wladimir Putin vor, ihren Mann ermordet zu haben."
D6 = "„Putin muss für das, was er meinem Land, meiner Familie und meinem Mann angetan hat, zur Rechenschaft gezogen werden“, sagte sie."
D7 = "Der EU-Außenbeauftragte Josep Borrell kündigte neue Sanktionen gegen die Verantwortlichen an."
D8 = "Nawalnys Mutter Ljudmila Nawalnaja verlangte in Salechard die Herausgabe des Leichnams ihres Sohnes."
D9 = "Die Ermittler lehnten dies nach Angaben ihrer Anwälte ab."
D10 = "Kremlsprecher Dmitri Peskow wies westliche Vorwürfe als »absolut inakzeptabel« zurück."

russia = actor("Russia", "RUS", "GOV")
aa = actor("Federal Foreign Office", "DEU", "GOV")
yulia = actor("Yulia Navalnaya", "RUS", "OPP")
putin = actor("Vladimir Putin", "RUS", "GOV")
lyudmila = actor("Lyudmila Navalnaya", "RUS", "CVL")

ARTICLES.append({
    "id": "hm43-de-04", "lang": "de", "url": None, "published": "2024-02-19",
    "title": "Nach Nawalnys Tod: Berlin bestellt russischen Botschafter ein",
    "text": paragraphs([D1, D2, D2b, D3], [D4, D5, D6, D7], [D8, D9, D10]),
    "events": [
        event("ACCUSE", aa, russia, D1, mode="disapprove", date="2024-02-19"),
        event("ACCUSE", actor("France", "FRA", "GOV"), russia, D2, mode="disapprove"),
        event("ACCUSE", actor("Spain", "ESP", "GOV"), russia, D2, mode="disapprove"),
        event("ACCUSE", actor("Netherlands", "NLD", "GOV"), russia, D2, mode="disapprove"),
        event("SANCTION", actor("Latvia", "LVA", "GOV"), russia, D2b, mode="expel"),
        event("ACCUSE", aa, russia, D3, mode="allege"),
        event("CONSULT", yulia, actor("EU foreign ministers", "EUR", "IGO"), D4, location="Brussels",
              location_country="BEL"),
        event("ACCUSE", yulia, putin, D5, mode="allege"),
        event("ACCUSE", yulia, putin, D6, mode="disapprove"),
        event("THREATEN", actor("Josep Borrell", "EUR", "IGO"), russia, D7),
        event("REQUEST", lyudmila, actor("Russian authorities", "RUS", "GOV"), D8, location="Salekhard",
              location_country="RUS"),
        event("REJECT", actor("Russian investigators", "RUS", "GOV"), lyudmila, D9),
    ],
    "quotes": [
        quote("Berlin mache die russische Führung für Nawalnys Tod verantwortlich", "Federal Foreign Office", "indirect"),
        quote("ihren Mann ermordet zu haben", "Yulia Navalnaya", "indirect"),
        quote("Putin muss für das, was er meinem Land, meiner Familie und meinem Mann angetan hat, zur Rechenschaft gezogen werden",
              "Yulia Navalnaya", "direct"),
        quote("Die Ermittler lehnten dies nach Angaben ihrer Anwälte ab", "Lawyers of Lyudmila Navalnaya", "indirect"),
        quote("absolut inakzeptabel", "Dmitry Peskov", "direct"),
    ],
    "entities": [
        entity("Alexei Navalny", "PER", "RUS",
               ["des Kremlkritikers Alexej Nawalny", "Nawalnys", "ihren Mann", "meinem Mann", "ihres Sohnes"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["das Auswärtige Amt", "dem Ministerium"]),
        entity("Germany", "GPE", "DEU", ["Berlin"]),
        entity("Sergei Nechayev", "PER", "RUS", ["den russischen Botschafter Sergej Netschajew"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Spain", "GPE", "ESP", ["Spanien"]),
        entity("Netherlands", "GPE", "NLD", ["die Niederlande"]),
        entity("Latvia", "GPE", "LVA", ["Lettland"]),
        entity("Russian diplomats", "PER", "RUS", ["zwei russische Diplomaten"]),
        entity("Russia", "GPE", "RUS", ["Moskaus", "die russische Führung", "meinem Land"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Yulia Navalnaya", "PER", "RUS", ["Nawalnys Witwe Julia Nawalnaja", "Sie", "sie"]),
        entity("EU foreign ministers", "ORG", "EUR", ["die Außenminister der EU-Staaten"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin", "Putin", "er"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell"]),
        entity("Lyudmila Navalnaya", "PER", "RUS", ["Nawalnys Mutter Ljudmila Nawalnaja", "ihrer"]),
        entity("Salekhard", "LOC", "RUS", ["Salechard"]),
        entity("Russian investigators", "ORG", "RUS", ["Die Ermittler"]),
        entity("Lawyers of Lyudmila Navalnaya", "PER", "RUS", ["ihrer Anwälte"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm43-en-01  Haniyeh killed in Tehran
# ---------------------------------------------------------------------------------------------
E1 = "Hamas political leader Ismail Haniyeh was killed in an Israeli strike on his residence in Tehran early on Wednesday, the Palestinian group said."
E2 = "He had attended the swearing-in of Iran’s new president Masoud Pezeshkian on Tuesday and met Supreme Leader Ali Khamenei hours earlier."
E3 = "The Israeli military declined to comment."
E4 = "Khamenei vowed a “harsh punishment” for Israel, saying it was Tehran’s duty to avenge a guest killed on Iranian soil."
E5 = "Pezeshkian said Iran would defend its territorial integrity and make the “terrorist invaders” regret their act."
E6 = "Senior Hamas official Moussa Abu Marzouk called the killing “a cowardly act that will not go unpunished”."
E7 = "Qatar’s Prime Minister Mohammed bin Abdulrahman Al Thani asked how mediation could succeed “when one party assassinates the negotiator on the other side”."
E8 = "Turkey and Russia also condemned the assassination."
E9 = "U.S. Secretary of State Antony Blinken told reporters in Singapore that Washington had not been aware of or involved in the operation."
E10 = "Haniyeh had led the group’s political bureau from exile in Qatar since 2017."

hamas = actor("Hamas", "PSE", "REB")
israel = actor("Israel", "ISR", "GOV")
khamenei = actor("Ali Khamenei", "IRN", "GOV")

ARTICLES.append({
    "id": "hm43-en-01", "lang": "en", "url": None, "published": "2024-07-31",
    "title": "Hamas leader Haniyeh killed in Tehran, Iran vows revenge",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9, E10]),
    "events": [
        event("ACCUSE", hamas, israel, E1, mode="allege", date="2024-07-31", location="Tehran", location_country="IRN"),
        event("CONSULT", actor("Ismail Haniyeh", "PSE", "REB"), khamenei, E2, mode="visit", date="2024-07-30"),
        event("THREATEN", khamenei, israel, E4, mode="violence"),
        event("THREATEN", actor("Masoud Pezeshkian", "IRN", "GOV"), israel, E5, mode="violence"),
        event("ACCUSE", actor("Moussa Abu Marzouk", "PSE", "REB"), israel, E6, mode="disapprove"),
        event("THREATEN", actor("Moussa Abu Marzouk", "PSE", "REB"), israel, E6, mode="violence"),
        event("ACCUSE", actor("Mohammed bin Abdulrahman Al Thani", "QAT", "GOV"), israel, E7, mode="disapprove"),
        event("ACCUSE", actor("Turkey", "TUR", "GOV"), israel, E8, mode="disapprove"),
        event("ACCUSE", actor("Russia", "RUS", "GOV"), israel, E8, mode="disapprove"),
    ],
    "quotes": [
        quote("Hamas political leader Ismail Haniyeh was killed in an Israeli strike on his residence in Tehran early on Wednesday",
              "Hamas", "indirect"),
        quote("harsh punishment", "Ali Khamenei", "direct"),
        quote("it was Tehran’s duty to avenge a guest killed on Iranian soil", "Ali Khamenei", "indirect"),
        quote("Iran would defend its territorial integrity and make the “terrorist invaders” regret their act",
              "Masoud Pezeshkian", "indirect"),
        quote("terrorist invaders", "Masoud Pezeshkian", "direct"),
        quote("a cowardly act that will not go unpunished", "Moussa Abu Marzouk", "direct"),
        quote("when one party assassinates the negotiator on the other side", "Mohammed bin Abdulrahman Al Thani", "direct"),
        quote("that Washington had not been aware of or involved in the operation", "Antony Blinken", "indirect"),
    ],
    "entities": [
        entity("Ismail Haniyeh", "PER", "PSE", ["Hamas political leader Ismail Haniyeh", "his", "He", "Haniyeh"]),
        entity("Hamas", "ORG", "PSE", ["Hamas", "the Palestinian group", "the group’s"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Iran", "GPE", "IRN", ["Iran’s", "Iran", "Tehran’s"]),
        entity("Masoud Pezeshkian", "PER", "IRN", ["Iran’s new president Masoud Pezeshkian", "Pezeshkian"]),
        entity("Ali Khamenei", "PER", "IRN", ["Supreme Leader Ali Khamenei", "Khamenei"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["The Israeli military"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Moussa Abu Marzouk", "PER", "PSE", ["Senior Hamas official Moussa Abu Marzouk"]),
        entity("Mohammed bin Abdulrahman Al Thani", "PER", "QAT",
               ["Qatar’s Prime Minister Mohammed bin Abdulrahman Al Thani"]),
        entity("Qatar", "GPE", "QAT", ["Qatar’s", "Qatar"]),
        entity("Turkey", "GPE", "TUR", ["Turkey"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Antony Blinken", "PER", "USA", ["U.S. Secretary of State Antony Blinken"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Singapore", "LOC", "SGP", ["Singapore"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm43-en-02  Bürgenstock peace summit
# ---------------------------------------------------------------------------------------------
F1 = "Eighty countries backed a final communique at a peace summit in Switzerland on Sunday that calls for Ukraine’s territorial integrity to be the basis of any deal to end the war."
F2 = "India and Saudi Arabia, which attended the two-day meeting at the Bürgenstock resort, did not sign the document."
F3 = "China declined an invitation to attend."
F4 = "On Friday, Russian President Vladimir Putin had demanded that Kyiv withdraw its troops from four regions and drop its bid to join NATO as conditions for talks."
F5 = "Ukrainian President Volodymyr Zelenskiy rejected the demand as an “ultimatum”."
F6 = "“We cannot trust him,” Zelenskiy told reporters, adding that Ukraine was ready to present a peace plan to Russia at a second summit."
F7 = "U.S. Vice President Kamala Harris announced $1.5 billion in aid for Ukraine’s energy sector and humanitarian needs."
F8 = "Swiss President Viola Amherd said Russia would have to be involved in the next round."
F9 = "Kremlin spokesman Dmitry Peskov accused Western countries of using the meeting to prolong the war."

ukraine = actor("Ukraine", "UKR", "GOV")
zelenskiy = actor("Volodymyr Zelenskiy", "UKR", "GOV")
putin_en = actor("Vladimir Putin", "RUS", "GOV")

ARTICLES.append({
    "id": "hm43-en-02", "lang": "en", "url": None, "published": "2024-06-16",
    "title": "Peace summit backs Ukraine's territorial integrity, key states hold back",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9]),
    "events": [
        event("SUPPORT", actor("summit participants", None, "GOV"), ukraine, F1, date="2024-06-16",
              location="Bürgenstock", location_country="CHE"),
        event("SUPPORT", actor("India", "IND", "GOV"), ukraine, F2, negated=True),
        event("SUPPORT", actor("Saudi Arabia", "SAU", "GOV"), ukraine, F2, negated=True),
        event("REJECT", actor("China", "CHN", "GOV"), actor("Switzerland", "CHE", "GOV"), F3, mode="meet"),
        event("REQUEST", putin_en, ukraine, F4, mode="yield", date="2024-06-14"),
        event("REJECT", zelenskiy, putin_en, F5, mode="yield"),
        event("ACCUSE", zelenskiy, putin_en, F6, mode="disapprove"),
        event("AGREE", zelenskiy, actor("Russia", "RUS", "GOV"), F6),
        event("AGREE", actor("Kamala Harris", "USA", "GOV"), ukraine, F7),
        event("ACCUSE", actor("Dmitry Peskov", "RUS", "GOV"), actor("Western countries", None, "GOV"), F9,
              mode="allege"),
    ],
    "quotes": [
        quote("that Kyiv withdraw its troops from four regions and drop its bid to join NATO as conditions for talks",
              "Vladimir Putin", "indirect"),
        quote("ultimatum", "Volodymyr Zelenskiy", "direct"),
        quote("We cannot trust him", "Volodymyr Zelenskiy", "direct"),
        quote("that Ukraine was ready to present a peace plan to Russia at a second summit", "Volodymyr Zelenskiy", "indirect"),
        quote("Russia would have to be involved in the next round", "Viola Amherd", "indirect"),
    ],
    "entities": [
        entity("Switzerland", "GPE", "CHE", ["Switzerland"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine’s", "Kyiv", "Ukraine"]),
        entity("India", "GPE", "IND", ["India"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
        entity("Bürgenstock", "LOC", "CHE", ["the Bürgenstock resort"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin", "him"]),
        entity("NATO", "ORG", "IGO", ["NATO"]),
        entity("Volodymyr Zelenskiy", "PER", "UKR", ["Ukrainian President Volodymyr Zelenskiy", "Zelenskiy"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Kamala Harris", "PER", "USA", ["U.S. Vice President Kamala Harris"]),
        entity("Viola Amherd", "PER", "CHE", ["Swiss President Viola Amherd"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Western countries", "ORG", None, ["Western countries"]),
    ],
})
