"""Round 44: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Invented, plausible wire-style reports (not reported facts) on stories not used in earlier rounds:

- hm44-de-01  Lebanon: pagers of Hezbollah members explode, Hezbollah blames Israel (2024-09-17)
- hm44-de-02  Chile recalls its ambassador from Venezuela over the Ojeda murder (2024-03-27)
- hm44-de-03  Uganda: arrests at the anti-corruption march on parliament in Kampala (2024-07-23)
- hm44-de-04  Kim Jong Un meets Putin at the Vostochny cosmodrome (2023-09-13)
- hm44-en-01  Australia accuses China over flares dropped near a navy helicopter (2024-05-07)
- hm44-en-02  Colombia's Petro breaks off relations with Israel (2024-05-01)

Annotated by ../shared/data/articles/CONVENTIONS.md and the judgement calls in README.md.
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# ---------------------------------------------------------------------------------------------
# hm44-de-01  Lebanon pager explosions
# ---------------------------------------------------------------------------------------------
G1 = "Im Libanon und in Syrien sind am Dienstag Hunderte Funkempfänger von Mitgliedern der Hisbollah nahezu zeitgleich explodiert."
G2 = "Nach Angaben von Gesundheitsminister Firass Abiad wurden mindestens neun Menschen getötet und rund 2800 verletzt."
G3 = "Die israelische Armee äußerte sich zunächst nicht."
G4 = "Die Hisbollah machte Israel für den Angriff verantwortlich und kündigte eine »gerechte Strafe« an."
G5 = "Der »Feind« werde für diese kriminelle Aggression zur Rechenschaft gezogen, hieß es in einer Erklärung der Miliz."
G6 = "Ministerpräsident Nadschib Mikati sprach von einer »gefährlichen Eskalation« und kündigte eine Beschwerde beim UN-Sicherheitsrat an."
G7 = "Der Iran verurteilte den Anschlag als »Terrorakt« des zionistischen Regimes."
G8 = "Teheran schickte ein Ärzteteam nach Beirut, um Verletzte zu behandeln."
G9 = "UN-Generalsekretär António Guterres rief alle Seiten zu »maximaler Zurückhaltung« auf."
G10 = "Am Abend griff die israelische Luftwaffe nach Armeeangaben Stellungen der Hisbollah im Südlibanon an."

hezbollah = actor("Hezbollah", "LBN", "REB")
israel = actor("Israel", "ISR", "GOV")
iran = actor("Iran", "IRN", "GOV")
guterres = actor("António Guterres", "UNO", "IGO")

ARTICLES.append({
    "id": "hm44-de-01", "lang": "de", "url": None, "published": "2024-09-17",
    "title": "Hunderte Pager explodieren im Libanon – Hisbollah macht Israel verantwortlich",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9, G10]),
    "events": [
        event("ACCUSE", hezbollah, israel, G4, mode="allege"),
        event("THREATEN", hezbollah, israel, G4, mode="violence"),
        event("THREATEN", hezbollah, israel, G5, mode="violence"),
        event("ACCUSE", actor("Najib Mikati", "LBN", "GOV"), israel, G6, mode="disapprove"),
        event("ACCUSE", iran, israel, G7, mode="disapprove"),
        event("AID", iran, actor("Lebanon", "LBN", "GOV"), G8, location="Beirut", location_country="LBN"),
        event("REQUEST", guterres, israel, G9),
        event("REQUEST", guterres, hezbollah, G9),
        event("ASSAULT", actor("Israeli Air Force", "ISR", "MIL"), hezbollah, G10, mode="aerial", date="2024-09-17",
              location="southern Lebanon", location_country="LBN"),
    ],
    "quotes": [
        quote("wurden mindestens neun Menschen getötet und rund 2800 verletzt", "Firass Abiad", "indirect"),
        quote("gerechte Strafe", "Hezbollah", "direct"),
        quote("Der »Feind« werde für diese kriminelle Aggression zur Rechenschaft gezogen", "Hezbollah", "indirect"),
        quote("Feind", "Hezbollah", "direct"),
        quote("gefährlichen Eskalation", "Najib Mikati", "direct"),
        quote("Terrorakt", "Iran", "direct"),
        quote("maximaler Zurückhaltung", "António Guterres", "direct"),
        quote("Am Abend griff die israelische Luftwaffe nach Armeeangaben Stellungen der Hisbollah im Südlibanon an",
              "Israel Defense Forces", "indirect"),
    ],
    "entities": [
        entity("Lebanon", "GPE", "LBN", ["Libanon"]),
        entity("Syria", "GPE", "SYR", ["Syrien"]),
        entity("Hezbollah", "ORG", "LBN", ["der Hisbollah", "Die Hisbollah", "der Miliz", "Stellungen der Hisbollah"]),
        entity("Firass Abiad", "PER", "LBN", ["Gesundheitsminister Firass Abiad"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee", "Armeeangaben"]),
        entity("Israeli Air Force", "ORG", "ISR", ["die israelische Luftwaffe"]),
        entity("southern Lebanon", "LOC", "LBN", ["Südlibanon"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Der »Feind«", "des zionistischen Regimes"]),
        entity("Najib Mikati", "PER", "LBN", ["Ministerpräsident Nadschib Mikati"]),
        entity("UN Security Council", "ORG", "UNO", ["UN-Sicherheitsrat"]),
        entity("Iran", "GPE", "IRN", ["Der Iran", "Teheran"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm44-de-02  Chile recalls its ambassador from Venezuela
# ---------------------------------------------------------------------------------------------
H1 = "Chile hat am Mittwoch seinen Botschafter in Venezuela zu Konsultationen zurückgerufen."
H2 = "Hintergrund ist der Mord an dem venezolanischen Ex-Offizier Ronald Ojeda, der im Februar in Santiago verschleppt und später tot aufgefunden worden war."
H3 = "Außenminister Alberto van Klaveren warf Caracas vor, die Ermittlungen der chilenischen Justiz mit »inakzeptablen« Äußerungen zu untergraben."
H4 = "Sein Ministerium bestellte zudem den venezolanischen Geschäftsträger ein."
H5 = "Der venezolanische Außenminister Yván Gil hatte den Mord als Operation ausländischer Geheimdienste bezeichnet, die Venezuela diskreditieren wollten."
H6 = "Die chilenische Staatsanwaltschaft ermittelt gegen Mitglieder der venezolanischen Bande Tren de Aragua, zwei Verdächtige wurden bereits festgenommen."
H7 = "Präsident Gabriel Boric forderte Caracas auf, bei der Auslieferung eines dritten Verdächtigen zu kooperieren."
H8 = "„Wir werden nicht zulassen, dass politische Morde auf chilenischem Boden straflos bleiben“, sagte Boric."
H9 = "Venezuela wies die Vorwürfe zurück und zog seinerseits seine Diplomaten aus Santiago ab."
H10 = "Die Regierung in Caracas sei zu einer Zusammenarbeit der Ermittler bereit, sagte Gil am Abend, sofern Chile auf »Medienspektakel« verzichte."

chile = actor("Chile", "CHL", "GOV")
venezuela = actor("Venezuela", "VEN", "GOV")
tda = actor("Tren de Aragua", "VEN", "REB")

ARTICLES.append({
    "id": "hm44-de-02", "lang": "de", "url": None, "published": "2024-03-27",
    "title": "Chile ruft Botschafter aus Venezuela zurück",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10]),
    "events": [
        event("SANCTION", chile, venezuela, H1, mode="withdraw", date="2024-03-27"),
        event("ACCUSE", actor("Alberto van Klaveren", "CHL", "GOV"), venezuela, H3, mode="allege"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Chile", "CHL", "GOV"), venezuela, H4, mode="disapprove"),
        event("ACCUSE", actor("Yván Gil", "VEN", "GOV"), actor("foreign intelligence services", None, "GOV"), H5,
              mode="allege"),
        event("ACCUSE", actor("Public Prosecutor's Office of Chile", "CHL", "JUD"), tda, H6, mode="investigate"),
        event("COERCE", actor("Chilean police", "CHL", "COP"), tda, H6, mode="arrest"),
        event("REQUEST", actor("Gabriel Boric", "CHL", "GOV"), venezuela, H7),
        event("SANCTION", venezuela, chile, H9, mode="withdraw"),
    ],
    "quotes": [
        quote("die Ermittlungen der chilenischen Justiz mit »inakzeptablen« Äußerungen zu untergraben",
              "Alberto van Klaveren", "indirect"),
        quote("inakzeptablen", "Alberto van Klaveren", "direct"),
        quote("Wir werden nicht zulassen, dass politische Morde auf chilenischem Boden straflos bleiben", "Gabriel Boric",
              "direct"),
        quote("Die Regierung in Caracas sei zu einer Zusammenarbeit der Ermittler bereit", "Yván Gil", "indirect"),
        quote("sofern Chile auf »Medienspektakel« verzichte", "Yván Gil", "indirect"),
        quote("Medienspektakel", "Yván Gil", "direct"),
    ],
    "entities": [
        entity("Chile", "GPE", "CHL", ["Chile"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "Caracas", "Die Regierung in Caracas"]),
        entity("Ronald Ojeda", "PER", "VEN", ["dem venezolanischen Ex-Offizier Ronald Ojeda"]),
        entity("Santiago", "LOC", "CHL", ["Santiago"]),
        entity("Alberto van Klaveren", "PER", "CHL", ["Außenminister Alberto van Klaveren"]),
        entity("Ministry of Foreign Affairs of Chile", "ORG", "CHL", ["Sein Ministerium"]),
        entity("Chargé d'affaires of Venezuela", "PER", "VEN", ["den venezolanischen Geschäftsträger"]),
        entity("Yván Gil", "PER", "VEN", ["Der venezolanische Außenminister Yván Gil", "Gil"]),
        entity("foreign intelligence services", "ORG", None, ["ausländischer Geheimdienste"]),
        entity("Public Prosecutor's Office of Chile", "ORG", "CHL", ["Die chilenische Staatsanwaltschaft"]),
        entity("Tren de Aragua", "ORG", "VEN", ["der venezolanischen Bande Tren de Aragua", "zwei Verdächtige"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "Boric"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm44-de-03  Uganda: anti-corruption march
# ---------------------------------------------------------------------------------------------
I1 = "Die ugandische Polizei hat am Dienstag in Kampala Dutzende Demonstranten festgenommen, die gegen Korruption im Parlament auf die Straße gegangen waren."
I2 = "Die überwiegend jungen Teilnehmer wollten zum Parlamentsgebäude marschieren und den Rücktritt von Parlamentspräsidentin Anita Among fordern."
I3 = "Armee und Polizei hatten zuvor Hunderte Einsatzkräfte in der Innenstadt zusammengezogen."
I4 = "Präsident Yoweri Museveni hatte die Organisatoren am Wochenende gewarnt, sie »spielten mit dem Feuer«."
I5 = "Er warf ihnen vor, im Auftrag ausländischer Kräfte zu handeln."
I6 = "Die Parlamentspräsidentin lehnte einen Rücktritt ab und wies Korruptionsvorwürfe gegen sich als haltlos zurück."
I7 = "Amnesty International forderte die sofortige Freilassung der Festgenommenen."
I8 = "Die Festnahmen seien ein Angriff auf das Recht auf friedliche Versammlung, so die Organisation."
I9 = "Auch die US-Botschaft in Kampala rief die Behörden auf, das Demonstrationsrecht zu achten."
I10 = "Am Abend ließ die Polizei nach Angaben von Anwälten 45 Festgenommene wieder frei."

upf = actor("Uganda Police Force", "UGA", "COP")
uga_protesters = actor("Ugandan protesters", "UGA", "CVL")
organisers = actor("protest organisers", "UGA", "CVL")
museveni = actor("Yoweri Museveni", "UGA", "GOV")
uga_gov = actor("Government of Uganda", "UGA", "GOV")
amnesty = actor("Amnesty International", "NGO", "NGO")

ARTICLES.append({
    "id": "hm44-de-03", "lang": "de", "url": None, "published": "2024-07-23",
    "title": "Uganda: Dutzende Festnahmen bei Protest gegen Korruption",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10]),
    "events": [
        event("COERCE", upf, uga_protesters, I1, mode="arrest", date="2024-07-23", location="Kampala",
              location_country="UGA"),
        event("PROTEST", uga_protesters, actor("Parliament of Uganda", "UGA", "LEG"), I1, mode="demo",
              date="2024-07-23", location="Kampala", location_country="UGA"),
        event("MOBILIZE", actor("Uganda People's Defence Force", "UGA", "MIL"), None, I3, mode="troops"),
        event("MOBILIZE", upf, None, I3, mode="police"),
        event("THREATEN", museveni, organisers, I4),
        event("ACCUSE", museveni, organisers, I5, mode="allege"),
        event("REJECT", actor("Anita Among", "UGA", "LEG"), uga_protesters, I6, mode="yield"),
        event("REQUEST", amnesty, uga_gov, I7, mode="yield"),
        event("ACCUSE", amnesty, uga_gov, I8, mode="disapprove"),
        event("REQUEST", actor("US Embassy in Kampala", "USA", "GOV"), uga_gov, I9, mode="change"),
        event("RETREAT", upf, uga_protesters, I10, mode="release"),
    ],
    "quotes": [
        quote("sie »spielten mit dem Feuer«", "Yoweri Museveni", "indirect"),
        quote("spielten mit dem Feuer", "Yoweri Museveni", "direct"),
        quote("im Auftrag ausländischer Kräfte zu handeln", "Yoweri Museveni", "indirect"),
        quote("Die Festnahmen seien ein Angriff auf das Recht auf friedliche Versammlung", "Amnesty International",
              "indirect"),
        quote("Am Abend ließ die Polizei nach Angaben von Anwälten 45 Festgenommene wieder frei", "Lawyers of the protesters",
              "indirect"),
    ],
    "entities": [
        entity("Uganda Police Force", "ORG", "UGA", ["Die ugandische Polizei", "Polizei", "die Polizei"]),
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
        entity("Ugandan protesters", "ORG", "UGA",
               ["Dutzende Demonstranten", "Die überwiegend jungen Teilnehmer", "der Festgenommenen", "45 Festgenommene"]),
        entity("Parliament of Uganda", "ORG", "UGA", ["Parlament", "Parlamentsgebäude"]),
        entity("Anita Among", "PER", "UGA", ["Parlamentspräsidentin Anita Among", "Die Parlamentspräsidentin"]),
        entity("Uganda People's Defence Force", "ORG", "UGA", ["Armee"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Präsident Yoweri Museveni", "Er"]),
        entity("protest organisers", "ORG", "UGA", ["die Organisatoren", "sie", "ihnen"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "die Organisation"]),
        entity("US Embassy in Kampala", "ORG", "USA", ["die US-Botschaft in Kampala"]),
        entity("Government of Uganda", "ORG", "UGA", ["die Behörden"]),
        entity("Lawyers of the protesters", "PER", "UGA", ["Anwälten"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm44-de-04  Kim Jong Un and Putin at Vostochny
# ---------------------------------------------------------------------------------------------
J1 = "Der russische Präsident Wladimir Putin hat den nordkoreanischen Machthaber Kim Jong Un am Mittwoch auf dem Weltraumbahnhof Wostotschny im Fernen Osten Russlands empfangen."
J2 = "Auf die Frage, ob Moskau Pjöngjang beim Bau von Satelliten helfen werde, sagte Putin: »Deshalb sind wir hierhergekommen.«"
J3 = "Kim sicherte dem Kreml die »volle und bedingungslose Unterstützung« seines Landes zu."
J4 = "Putin nahm eine Einladung zu einem Besuch in Pjöngjang an, wie der Kreml mitteilte."
J5 = "Über ein Rüstungsabkommen sei nicht gesprochen worden, sagte Kremlsprecher Dmitri Peskow."
J6 = "Bereits im Juli hatte Verteidigungsminister Sergej Schoigu Nordkorea besucht und an einer Militärparade teilgenommen."
J7 = "Washington warf beiden Ländern vor, Waffengeschäfte vorzubereiten."
J8 = "Nordkorea werde »einen Preis zahlen«, sollte es Munition für den Krieg gegen die Ukraine liefern, sagte Außenamtssprecher Matthew Miller."
J9 = "Südkorea und Japan äußerten sich besorgt."

putin = actor("Vladimir Putin", "RUS", "GOV")
kim = actor("Kim Jong Un", "PRK", "GOV")
nk = actor("North Korea", "PRK", "GOV")
russia = actor("Russia", "RUS", "GOV")
usa = actor("United States", "USA", "GOV")

ARTICLES.append({
    "id": "hm44-de-04", "lang": "de", "url": None, "published": "2023-09-13",
    "title": "Putin empfängt Kim Jong Un auf Weltraumbahnhof",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9]),
    "events": [
        event("CONSULT", kim, putin, J1, mode="visit", date="2023-09-13", location="Vostochny Cosmodrome",
              location_country="RUS"),
        event("AGREE", putin, nk, J2),
        event("SUPPORT", kim, russia, J3),
        event("AGREE", putin, kim, J4),
        event("CONSULT", actor("Sergei Shoigu", "RUS", "GOV"), nk, J6, mode="visit"),
        event("ACCUSE", usa, russia, J7, mode="allege"),
        event("ACCUSE", usa, nk, J7, mode="allege"),
        event("THREATEN", actor("Matthew Miller", "USA", "GOV"), nk, J8),
    ],
    "quotes": [
        quote("Deshalb sind wir hierhergekommen", "Vladimir Putin", "direct"),
        quote("volle und bedingungslose Unterstützung", "Kim Jong Un", "direct"),
        quote("Putin nahm eine Einladung zu einem Besuch in Pjöngjang an", "Kremlin", "indirect"),
        quote("Über ein Rüstungsabkommen sei nicht gesprochen worden", "Dmitry Peskov", "indirect"),
        quote("Waffengeschäfte vorzubereiten", "United States", "indirect"),
        quote("Nordkorea werde »einen Preis zahlen«, sollte es Munition für den Krieg gegen die Ukraine liefern",
              "Matthew Miller", "indirect"),
        quote("einen Preis zahlen", "Matthew Miller", "direct"),
    ],
    "entities": [
        entity("Vladimir Putin", "PER", "RUS", ["Der russische Präsident Wladimir Putin", "Putin"]),
        entity("Kim Jong Un", "PER", "PRK", ["den nordkoreanischen Machthaber Kim Jong Un", "Kim"]),
        entity("Vostochny Cosmodrome", "LOC", "RUS", ["dem Weltraumbahnhof Wostotschny"]),
        entity("Russian Far East", "LOC", "RUS", ["im Fernen Osten Russlands"]),
        entity("Russia", "GPE", "RUS", ["Russlands", "Moskau", "dem Kreml"]),
        entity("North Korea", "GPE", "PRK", ["Pjöngjang", "seines Landes", "Nordkorea", "es"]),
        entity("Kremlin", "ORG", "RUS", ["der Kreml"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Sergei Shoigu", "PER", "RUS", ["Verteidigungsminister Sergej Schoigu"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Matthew Miller", "PER", "USA", ["Außenamtssprecher Matthew Miller"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine"]),
        entity("South Korea", "GPE", "KOR", ["Südkorea"]),
        entity("Japan", "GPE", "JPN", ["Japan"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm44-en-01  Australia, China and the flares incident
# ---------------------------------------------------------------------------------------------
K1 = "Australia on Monday accused China’s military of endangering its personnel after a Chinese fighter jet dropped flares in the path of an Australian navy helicopter over the Yellow Sea."
K2 = "The Seahawk was enforcing United Nations sanctions against North Korea on Saturday when the incident took place in international airspace, Defence Minister Richard Marles said."
K3 = "Prime Minister Anthony Albanese called the conduct “unacceptable” and said Canberra had raised its concerns directly with Beijing."
K4 = "“This was an unsafe and unprofessional act which could have put our people at risk,” Albanese told reporters in Canberra."
K5 = "Chinese foreign ministry spokesman Lin Jian said the Australian side had “deliberately provoked trouble” near China’s airspace and urged Canberra to stop such operations."
K6 = "The Chinese military said its pilots had acted professionally."
K7 = "Beijing has confirmed that Premier Li Qiang will visit Australia in June."
K8 = "Opposition leader Peter Dutton urged Albanese to summon China’s ambassador Xiao Qian."
K9 = "Trade between the two countries has recovered since China lifted its tariffs on Australian barley and wine."

australia = actor("Australia", "AUS", "GOV")
china = actor("China", "CHN", "GOV")
albanese = actor("Anthony Albanese", "AUS", "GOV")
lin = actor("Lin Jian", "CHN", "GOV")

ARTICLES.append({
    "id": "hm44-en-01", "lang": "en", "url": None, "published": "2024-05-07",
    "title": "Australia accuses China's military over flares near navy helicopter",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6], [K7, K8, K9]),
    "events": [
        event("ACCUSE", australia, actor("People's Liberation Army", "CHN", "MIL"), K1, mode="disapprove",
              date="2024-05-06"),
        event("ACCUSE", albanese, china, K3, mode="disapprove"),
        event("ACCUSE", australia, china, K3, mode="disapprove"),
        event("ACCUSE", albanese, china, K4, mode="disapprove"),
        event("ACCUSE", lin, australia, K5, mode="allege"),
        event("REQUEST", lin, australia, K5, mode="change"),
        event("AGREE", actor("Li Qiang", "CHN", "GOV"), australia, K7),
        event("REQUEST", actor("Peter Dutton", "AUS", "OPP"), albanese, K8),
        event("RETREAT", china, australia, K9),
    ],
    "quotes": [
        quote("The Seahawk was enforcing United Nations sanctions against North Korea on Saturday when the incident took place in international airspace",
              "Richard Marles", "indirect"),
        quote("unacceptable", "Anthony Albanese", "direct"),
        quote("Canberra had raised its concerns directly with Beijing", "Anthony Albanese", "indirect"),
        quote("This was an unsafe and unprofessional act which could have put our people at risk", "Anthony Albanese",
              "direct"),
        quote("the Australian side had “deliberately provoked trouble” near China’s airspace", "Lin Jian", "indirect"),
        quote("deliberately provoked trouble", "Lin Jian", "direct"),
        quote("its pilots had acted professionally", "People's Liberation Army", "indirect"),
        quote("that Premier Li Qiang will visit Australia in June", "Government of China", "indirect"),
    ],
    "entities": [
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra", "the Australian side", "Australian"]),
        entity("People's Liberation Army", "ORG", "CHN", ["China’s military", "The Chinese military"]),
        entity("China", "GPE", "CHN", ["China", "Beijing", "China’s"]),
        entity("Royal Australian Navy", "ORG", "AUS", ["an Australian navy helicopter", "The Seahawk"]),
        entity("Yellow Sea", "LOC", None, ["the Yellow Sea"]),
        entity("United Nations", "ORG", "UNO", ["United Nations"]),
        entity("North Korea", "GPE", "PRK", ["North Korea"]),
        entity("Richard Marles", "PER", "AUS", ["Defence Minister Richard Marles"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese", "Albanese"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Lin Jian", "PER", "CHN", ["Chinese foreign ministry spokesman Lin Jian"]),
        entity("Li Qiang", "PER", "CHN", ["Premier Li Qiang"]),
        entity("Peter Dutton", "PER", "AUS", ["Opposition leader Peter Dutton"]),
        entity("Xiao Qian", "PER", "CHN", ["China’s ambassador Xiao Qian"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm44-en-02  Colombia breaks off relations with Israel
# ---------------------------------------------------------------------------------------------
L1 = "Colombian President Gustavo Petro announced on Wednesday that his country was breaking off diplomatic relations with Israel over the war in Gaza."
L2 = "Speaking at a May Day rally in Bogota, Petro called the government of Prime Minister Benjamin Netanyahu “genocidal”."
L3 = "“If Palestine dies, humanity dies,” he told the crowd."
L4 = "Israeli Foreign Minister Israel Katz accused Petro of being “antisemitic and full of hate” and of rewarding Hamas for its attack of Oct. 7."
L5 = "Israel would not be deterred from defending its citizens, Katz wrote on X."
L6 = "Colombia had already suspended purchases of Israeli weapons in February after more than 100 Palestinians were killed near an aid convoy in Gaza City."
L7 = "Bolivia cut ties with Israel in November, while Chile and Colombia recalled their ambassadors for consultations at the time."
L8 = "Petro urged other Latin American governments to follow his example."
L9 = "Mexico has not recalled its ambassador, the foreign ministry in Mexico City said."

petro = actor("Gustavo Petro", "COL", "GOV")
israel_en = actor("Israel", "ISR", "GOV")

ARTICLES.append({
    "id": "hm44-en-02", "lang": "en", "url": None, "published": "2024-05-01",
    "title": "Colombia's Petro breaks off diplomatic relations with Israel",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9]),
    "events": [
        event("SANCTION", petro, israel_en, L1, mode="discontinue", date="2024-05-01"),
        event("ACCUSE", petro, israel_en, L2, mode="disapprove", location="Bogota", location_country="COL"),
        event("ACCUSE", actor("Israel Katz", "ISR", "GOV"), petro, L4, mode="disapprove"),
        event("SANCTION", actor("Colombia", "COL", "GOV"), israel_en, L6, mode="discontinue"),
        event("SANCTION", actor("Bolivia", "BOL", "GOV"), israel_en, L7, mode="discontinue"),
        event("SANCTION", actor("Chile", "CHL", "GOV"), israel_en, L7, mode="withdraw"),
        event("SANCTION", actor("Colombia", "COL", "GOV"), israel_en, L7, mode="withdraw"),
        event("REQUEST", petro, actor("Latin American governments", None, "GOV"), L8, mode="change"),
        event("SANCTION", actor("Mexico", "MEX", "GOV"), israel_en, L9, mode="withdraw", negated=True),
    ],
    "quotes": [
        quote("that his country was breaking off diplomatic relations with Israel over the war in Gaza", "Gustavo Petro",
              "indirect"),
        quote("genocidal", "Gustavo Petro", "direct"),
        quote("If Palestine dies, humanity dies", "Gustavo Petro", "direct"),
        quote("antisemitic and full of hate", "Israel Katz", "direct"),
        quote("Israel would not be deterred from defending its citizens", "Israel Katz", "indirect"),
        quote("Mexico has not recalled its ambassador", "Ministry of Foreign Affairs of Mexico", "indirect"),
    ],
    "entities": [
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro", "Petro", "he", "his"]),
        entity("Colombia", "GPE", "COL", ["his country", "Colombia"]),
        entity("Israel", "GPE", "ISR", ["Israel", "the government of Prime Minister Benjamin Netanyahu"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Bogota", "LOC", "COL", ["Bogota"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu"]),
        entity("Israel Katz", "PER", "ISR", ["Israeli Foreign Minister Israel Katz", "Katz"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Gaza City", "LOC", "PSE", ["Gaza City"]),
        entity("Bolivia", "GPE", "BOL", ["Bolivia"]),
        entity("Chile", "GPE", "CHL", ["Chile"]),
        entity("Mexico", "GPE", "MEX", ["Mexico"]),
        entity("Ministry of Foreign Affairs of Mexico", "ORG", "MEX", ["the foreign ministry in Mexico City"]),
    ],
})
