"""Round 458: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm458-de-01: Germany/Russia: after a CNN report on a Russian plot to kill Rheinmetall chief Armin Papperger, Baerbock accuses Moscow of a hybrid war; US intelligence had warned Berlin, no arrests, the Kremlin denies, Stoltenberg accuses Russia of sabotage, Rheinmetall's Ukroboronprom deal, Medvedev's threat and the May summons of the Russian chargé recalled (2024-07-12).
- hm458-de-02: Austria: Van der Bellen swears in Christian Stocker's ÖVP-SPÖ-Neos government; the Neos members' vote, Stocker's pledges, Kickl attacks the "Verliererkoalition" and demands new elections, Stocker refuses, FPÖ supporters protest at Ballhausplatz with two detentions, Stocker's Brussels trip announced (2025-03-03).
- hm458-de-03: Romania: President Klaus Iohannis announces his resignation ahead of a suspension vote sought by AUR, SOS România and POT; Iohannis accuses the parties, Simion attacks him and demands Ciolacu's resignation, Ciolacu refuses, Bolojan to take over as interim president, weeks of Georgescu supporters' protests recalled (2025-02-10).
- hm458-de-04: Germany: Thuringia's Landtag elects CDU's Mario Voigt minister-president in the first round with Left votes; Höcke accuses the CDU, Ramelow and Merz congratulate, the Left's consultation deal, Wagenknecht's earlier criticism of the Thuringian BSW, Woidke's re-election in Brandenburg the day before (2024-12-12).
- hm458-en-01: Slovakia: the Specialized Criminal Court in Banská Bystrica sentences Juraj Cintula to 21 years for the terrorist attack on Robert Fico; the Handlová shooting, the changed charge, Fico accuses the opposition and media, Šimečka hits back, Šutaj Eštok welcomes the verdict, no further arrests, protests against Fico recalled (2025-10-21).
- hm458-en-02: Greece: Mitsotakis's government survives the no-confidence motion of PASOK and three other opposition parties over the Tempi rail disaster; Mitsotakis accuses the opposition and rules out early elections, Androulakis demands a transitional government, parliament votes to examine Triantopoulos, Syntagma protest with tear gas and eleven detentions, the Feb. 28 strike recalled (2025-03-08).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm458-de-01 (Germany/Russia, Papperger plot)
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
US_INTEL = actor("United States intelligence agencies", "USA", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
DEU_BMI = actor("Federal Ministry of the Interior of Germany", "DEU", "GOV")
DEU_SECURITY = actor("German security authorities", "DEU", "COP")
STOLTENBERG = actor("Jens Stoltenberg", "IGO", "IGO")
RHEINMETALL = actor("Rheinmetall", "DEU", "BUS")
UKROBORONPROM = actor("Ukroboronprom", "UKR", "BUS")
MEDVEDEV = actor("Dmitry Medvedev", "RUS", "GOV")
DEU_AA = actor("Federal Foreign Office of Germany", "DEU", "GOV")
GRU = actor("GRU", "RUS", "MIL")

K1 = ("Berlin (dpa) - Nach Berichten über russische Mordpläne gegen Rheinmetall-Chef Armin Papperger hat "
      "Außenministerin Annalena Baerbock Moskau scharf angegriffen.")
K2 = ("„Wir erleben einen hybriden Angriffskrieg, den Russland mit immer rücksichtsloseren Mitteln führt“, sagte die "
      "Grünen-Politikerin am Donnerstag am Rande des Nato-Gipfels in Washington.")
K3 = ("Nach Angaben des US-Senders CNN hatten amerikanische Geheimdienste Anfang des Jahres von den Plänen erfahren "
      "und die Bundesregierung gewarnt.")
K4 = "Deutsche Sicherheitsbehörden sollen den Anschlag daraufhin vereitelt haben."
K5 = "Ein Sprecher des Bundesinnenministeriums wollte sich zu dem Bericht nicht im Einzelnen äußern."
K6 = "Man nehme die Bedrohungen durch das russische Regime sehr ernst, sagte er."
K7 = "Festnahmen gab es in dem Fall nach dpa-Informationen bislang nicht."
K8 = ("Der Konzern erklärte, man stehe in ständigem Austausch mit den Behörden, und lehnte jeden weiteren Kommentar "
      "ab.")
K9 = "Der Kreml wies die Darstellung zurück."
K10 = "Kremlsprecher Dmitri Peskow sprach in Moskau von „Fake News“, die man nicht ernst nehmen könne."
K11 = ("Nato-Generalsekretär Jens Stoltenberg sagte, Russland betreibe in Europa eine Kampagne aus Sabotage, "
       "Cyberangriffen und Brandanschlägen.")
K12 = ("Die Verbündeten hätten deshalb ihren Austausch von Geheimdienstinformationen verstärkt, fügte der Norweger "
       "hinzu.")
K13 = "Der Düsseldorfer Konzern gehört zu den größten Rüstungsherstellern Europas."
K14 = ("Im Juni vereinbarte das Unternehmen mit dem ukrainischen Staatskonzern Ukroboronprom den Bau eines Werks für "
       "Artilleriemunition in der Ukraine.")
K15 = ("Der frühere russische Präsident Dmitri Medwedew hatte gedroht, eine solche Fabrik werde ein Ziel russischer "
       "Angriffe.")
K16 = ("Im Mai hatte das Auswärtige Amt wegen eines Hackerangriffs auf die SPD-Zentrale, für den Berlin den russischen "
       "Militärgeheimdienst verantwortlich macht, den russischen Geschäftsträger einbestellt.")

DE01 = {
    "id": "hm458-de-01", "lang": "de", "url": None, "published": "2024-07-12",
    "title": "Baerbock wirft Moskau nach Bericht über Mordpläne gegen Rheinmetall-Chef hybriden Krieg vor",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12], [K13, K14, K15, K16]),
    "events": [
        event("ACCUSE", BAERBOCK, RUS_GOV, K1, mode="disapprove"),
        event("ACCUSE", BAERBOCK, RUS_GOV, K2, mode="allege", date="2024-07-11", location="Washington",
              location_country="USA"),
        event("COOPERATE", US_INTEL, DEU_GOV, K3),
        event("ACCUSE", DEU_BMI, RUS_GOV, K6, mode="allege"),
        event("COERCE", DEU_SECURITY, None, K7, mode="arrest", negated=True),
        event("ACCUSE", STOLTENBERG, RUS_GOV, K11, mode="allege"),
        event("AGREE", RHEINMETALL, UKROBORONPROM, K14),
        event("THREATEN", MEDVEDEV, RHEINMETALL, K15, mode="violence"),
        event("ACCUSE", DEU_AA, RUS_GOV, K16, mode="disapprove"),
        event("ACCUSE", DEU_GOV, GRU, K16, mode="allege"),
    ],
    "quotes": [
        quote("Wir erleben einen hybriden Angriffskrieg, den Russland mit immer rücksichtsloseren Mitteln führt",
              "Annalena Baerbock", "direct"),
        quote("Nach Angaben des US-Senders CNN hatten amerikanische Geheimdienste Anfang des Jahres von den Plänen "
              "erfahren und die Bundesregierung gewarnt", "CNN", "indirect"),
        quote("Man nehme die Bedrohungen durch das russische Regime sehr ernst",
              "Spokesperson of the Federal Ministry of the Interior of Germany", "indirect"),
        quote("man stehe in ständigem Austausch mit den Behörden", "Rheinmetall", "indirect"),
        quote("Fake News", "Dmitry Peskov", "direct"),
        quote("die man nicht ernst nehmen könne", "Dmitry Peskov", "indirect"),
        quote("Russland betreibe in Europa eine Kampagne aus Sabotage, Cyberangriffen und Brandanschlägen",
              "Jens Stoltenberg", "indirect"),
        quote("Die Verbündeten hätten deshalb ihren Austausch von Geheimdienstinformationen verstärkt",
              "Jens Stoltenberg", "indirect"),
        quote("eine solche Fabrik werde ein Ziel russischer Angriffe", "Dmitry Medvedev", "indirect"),
    ],
    "entities": [
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Armin Papperger", "PER", "DEU", ["Rheinmetall-Chef Armin Papperger"]),
        entity("Rheinmetall", "ORG", "DEU", ["Rheinmetall", "Der Konzern", "Der Düsseldorfer Konzern",
                                             "das Unternehmen"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Außenministerin Annalena Baerbock", "die Grünen-Politikerin"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau", "Russland", "das russische Regime", "Der Kreml"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("NATO summit in Washington", "MISC", "IGO", ["des Nato-Gipfels in Washington"]),
        entity("NATO", "ORG", "IGO", ["Nato", "Die Verbündeten"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("CNN", "ORG", "USA", ["des US-Senders CNN"]),
        entity("United States intelligence agencies", "ORG", "USA", ["amerikanische Geheimdienste"]),
        entity("Government of Germany", "ORG", "DEU", ["die Bundesregierung", "Berlin"]),
        entity("German security authorities", "ORG", "DEU", ["Deutsche Sicherheitsbehörden", "den Behörden"]),
        entity("Federal Ministry of the Interior of Germany", "ORG", "DEU", ["des Bundesinnenministeriums"]),
        entity("Spokesperson of the Federal Ministry of the Interior of Germany", "PER", "DEU",
               ["Ein Sprecher des Bundesinnenministeriums", "er"]),
        entity("dpa", "ORG", "DEU", ["dpa"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["Nato-Generalsekretär Jens Stoltenberg", "der Norweger"]),
        entity("Europe", "LOC", None, ["Europa", "Europas"]),
        entity("Ukroboronprom", "ORG", "UKR", ["dem ukrainischen Staatskonzern Ukroboronprom"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("Dmitry Medvedev", "PER", "RUS", ["Der frühere russische Präsident Dmitri Medwedew"]),
        entity("Federal Foreign Office of Germany", "ORG", "DEU", ["das Auswärtige Amt"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("GRU", "ORG", "RUS", ["den russischen Militärgeheimdienst"]),
        entity("Russian chargé d'affaires in Berlin", "PER", "RUS", ["den russischen Geschäftsträger"]),
    ],
}

# ---------------------------------------------------------------- hm458-de-02 (Austria, Stocker government)
NEOS_MEMBERS = actor("members of NEOS", "AUT", "PTY")
STOCKER = actor("Christian Stocker", "AUT", "GOV")
KICKL = actor("Herbert Kickl", "AUT", "OPP")
OVP = actor("Austrian People's Party", "AUT", "PTY")
SPO = actor("Social Democratic Party of Austria", "AUT", "PTY")
AUT_GOV = actor("Government of Austria", "AUT", "GOV")
FPO_PROTESTERS = actor("FPÖ supporters", "AUT", "CVL")
AUT_POLICE = actor("Vienna Police", "AUT", "COP")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")

Q1 = ("Wien (dpa) - Fünf Monate nach der Parlamentswahl hat Österreich eine neue Regierung aus konservativer ÖVP, "
      "sozialdemokratischer SPÖ und liberalen Neos.")
Q2 = ("Bundespräsident Alexander Van der Bellen vereidigte am Montag in der Wiener Hofburg den ÖVP-Vorsitzenden "
      "Christian Stocker als Bundeskanzler sowie die Mitglieder seines Kabinetts.")
Q3 = "Vizekanzler wird SPÖ-Chef Andreas Babler, Außenministerin die Neos-Vorsitzende Beate Meinl-Reisinger."
Q4 = "Erstmals in der Geschichte der Zweiten Republik regieren damit drei Parteien gemeinsam."
Q5 = ("Am Sonntag hatten die Neos-Mitglieder auf einer Versammlung in Wien mit mehr als 90 Prozent für den "
      "Koalitionsvertrag gestimmt.")
Q6 = "Die Partei hatte für ihre Zustimmung eine Zweidrittelmehrheit benötigt."
Q7 = "Stocker versprach, die Regierung werde das Budget sanieren und die Zuwanderung begrenzen."
Q8 = "„Wir haben keine Zeit zu verlieren“, sagte der 64-Jährige nach der Angelobung."
Q9 = "Die FPÖ, die die Wahl im September mit knapp 29 Prozent gewonnen hatte, ist nicht an der Regierung beteiligt."
Q10 = ("Parteichef Herbert Kickl sprach von einer „Verliererkoalition“ und warf ÖVP und SPÖ vor, den Wählerwillen zu "
       "missachten.")
Q11 = "Er forderte erneut Neuwahlen."
Q12 = "Stocker lehnte dies ab und sagte, die Menschen erwarteten jetzt Arbeit statt Wahlkampf."
Q13 = "Kickls Gespräche mit der ÖVP über eine Regierungsbildung waren im Februar gescheitert."
Q14 = ("Vor dem Kanzleramt am Ballhausplatz protestierten am Abend mehrere hundert FPÖ-Anhänger gegen die neue "
       "Regierung.")
Q15 = "Die Polizei nahm nach eigenen Angaben zwei Männer vorübergehend fest."
Q16 = ("Die Regierung muss rasch einen Sparhaushalt vorlegen, um ein Defizitverfahren der EU-Kommission "
       "abzuwenden.")
Q17 = ("Stocker kündigte an, noch in dieser Woche zu Gesprächen mit Kommissionspräsidentin Ursula von der Leyen nach "
       "Brüssel zu reisen.")

DE02 = {
    "id": "hm458-de-02", "lang": "de", "url": None, "published": "2025-03-03",
    "title": "Österreichs Dreierkoalition unter Kanzler Stocker vereidigt",
    "text": paragraphs([Q1, Q2, Q3, Q4], [Q5, Q6, Q7, Q8], [Q9, Q10, Q11, Q12, Q13], [Q14, Q15, Q16, Q17]),
    "events": [
        event("SUPPORT", NEOS_MEMBERS, None, Q5, date="2025-03-02", location="Vienna", location_country="AUT"),
        event("AGREE", STOCKER, None, Q7),
        event("ACCUSE", KICKL, OVP, Q10, mode="disapprove"),
        event("ACCUSE", KICKL, SPO, Q10, mode="disapprove"),
        event("REQUEST", KICKL, AUT_GOV, Q11, mode="change"),
        event("REJECT", STOCKER, KICKL, Q12, mode="change"),
        event("CONSULT", KICKL, OVP, Q13),
        event("PROTEST", FPO_PROTESTERS, AUT_GOV, Q14, mode="demo", date="2025-03-03", location="Ballhausplatz",
              location_country="AUT"),
        event("COERCE", AUT_POLICE, FPO_PROTESTERS, Q15, mode="arrest", date="2025-03-03"),
        event("AGREE", STOCKER, VDL, Q17, mode="meet", location="Brussels", location_country="BEL"),
    ],
    "quotes": [
        quote("die Regierung werde das Budget sanieren und die Zuwanderung begrenzen", "Christian Stocker",
              "indirect"),
        quote("Wir haben keine Zeit zu verlieren", "Christian Stocker", "direct"),
        quote("Verliererkoalition", "Herbert Kickl", "direct"),
        quote("den Wählerwillen zu missachten", "Herbert Kickl", "indirect"),
        quote("die Menschen erwarteten jetzt Arbeit statt Wahlkampf", "Christian Stocker", "indirect"),
        quote("Die Polizei nahm nach eigenen Angaben zwei Männer vorübergehend fest", "Vienna Police", "indirect"),
    ],
    "entities": [
        entity("Vienna", "LOC", "AUT", ["Wien", "Wiener"]),
        entity("Austria", "LOC", "AUT", ["Österreich"]),
        entity("Government of Austria", "ORG", "AUT", ["eine neue Regierung", "die Regierung", "der Regierung",
                                                      "die neue Regierung", "Die Regierung"]),
        entity("Austrian People's Party", "ORG", "AUT", ["konservativer ÖVP", "ÖVP", "der ÖVP"]),
        entity("Social Democratic Party of Austria", "ORG", "AUT", ["sozialdemokratischer SPÖ", "SPÖ"]),
        entity("NEOS", "ORG", "AUT", ["liberalen Neos", "Die Partei"]),
        entity("Alexander Van der Bellen", "PER", "AUT", ["Bundespräsident Alexander Van der Bellen"]),
        entity("Hofburg", "LOC", "AUT", ["der Wiener Hofburg"]),
        entity("Christian Stocker", "PER", "AUT", ["den ÖVP-Vorsitzenden Christian Stocker", "Stocker",
                                                   "der 64-Jährige"]),
        entity("Cabinet of Austria", "ORG", "AUT", ["die Mitglieder seines Kabinetts"]),
        entity("Andreas Babler", "PER", "AUT", ["SPÖ-Chef Andreas Babler"]),
        entity("Beate Meinl-Reisinger", "PER", "AUT", ["die Neos-Vorsitzende Beate Meinl-Reisinger"]),
        entity("members of NEOS", "ORG", "AUT", ["die Neos-Mitglieder"]),
        entity("Freedom Party of Austria", "ORG", "AUT", ["Die FPÖ"]),
        entity("Herbert Kickl", "PER", "AUT", ["Parteichef Herbert Kickl", "Er", "Kickls"]),
        entity("Federal Chancellery of Austria", "LOC", "AUT", ["dem Kanzleramt am Ballhausplatz"]),
        entity("FPÖ supporters", "PER", "AUT", ["mehrere hundert FPÖ-Anhänger", "zwei Männer"]),
        entity("Vienna Police", "ORG", "AUT", ["Die Polizei"]),
        entity("European Commission", "ORG", "EUR", ["der EU-Kommission"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
    ],
}

# ---------------------------------------------------------------- hm458-de-03 (Romania, Iohannis resigns)
IOHANNIS = actor("Klaus Iohannis", "ROU", "GOV")
AUR = actor("Alliance for the Union of Romanians", "ROU", "OPP")
SOS = actor("S.O.S. România", "ROU", "OPP")
POT = actor("Party of Young People", "ROU", "OPP")
SIMION = actor("George Simion", "ROU", "OPP")
CIOLACU = actor("Marcel Ciolacu", "ROU", "GOV")
BOLOJAN = actor("Ilie Bolojan", "ROU", "LEG")
GEORGESCU_SUPPORTERS = actor("supporters of Călin Georgescu", "ROU", "CVL")

R1 = "Bukarest (dpa) - Rumäniens Präsident Klaus Iohannis tritt zurück."
R2 = "Er werde sein Amt am Mittwoch niederlegen, kündigte der 65-Jährige am Montag in einer Fernsehansprache an."
R3 = ("Die ultranationalistischen Parteien AUR, SOS România und POT hatten zuvor im Parlament einen Antrag auf seine "
      "Suspendierung eingebracht.")
R4 = "Über den Antrag sollte am Dienstag abgestimmt werden."
R5 = "Damit wolle er Rumänien und den Rumänen eine Krise ersparen, sagte Iohannis."
R6 = "Er warf den Antragstellern vor, dem Ansehen des Landes im Ausland zu schaden."
R7 = "Seine reguläre Amtszeit war bereits im Dezember abgelaufen."
R7b = ("Iohannis, ein früherer Physiklehrer aus Hermannstadt, steht seit 2014 an der Spitze des EU- und "
       "Nato-Landes.")
R8 = ("Weil das Verfassungsgericht die erste Runde der Präsidentenwahl wegen mutmaßlicher russischer Einflussnahme "
      "annulliert hatte, blieb er bis zur Wahl eines Nachfolgers im Amt.")
R9 = ("AUR-Chef George Simion sprach von einem „Sieg für das rumänische Volk“ und warf Iohannis vor, das Land "
      "gegen den Willen der Bürger regiert zu haben.")
R10 = "Er verlangte zudem, dass auch die Regierung von Ministerpräsident Marcel Ciolacu zurücktritt."
R11 = "Ciolacu wies die Forderung zurück."
R12 = ("Das Amt des Staatschefs übernimmt übergangsweise Senatspräsident Ilie Bolojan von der "
       "Nationalliberalen Partei (PNL).")
R13 = "Bolojan sicherte zu, das Land bis zur Neuwahl überparteilich zu führen."
R14 = ("In Bukarest hatten in den vergangenen Wochen wiederholt Zehntausende Anhänger des Rechtsextremisten Călin "
       "Georgescu den Rücktritt von Iohannis gefordert.")
R15 = "Die Präsidentenwahl soll am 4. Mai wiederholt werden."
R16 = "Georgescu, der im annullierten ersten Wahlgang vorn gelegen hatte, will erneut antreten."

DE03 = {
    "id": "hm458-de-03", "lang": "de", "url": None, "published": "2025-02-10",
    "title": "Rumäniens Präsident Iohannis kündigt Rücktritt an",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7b, R7, R8], [R9, R10, R11], [R12, R13], [R14, R15, R16]),
    "events": [
        event("RETREAT", IOHANNIS, None, R1, mode="resign"),
        event("RETREAT", IOHANNIS, None, R2, mode="resign", date="2025-02-10"),
        event("REQUEST", AUR, IOHANNIS, R3, mode="change"),
        event("REQUEST", SOS, IOHANNIS, R3, mode="change"),
        event("REQUEST", POT, IOHANNIS, R3, mode="change"),
        event("ACCUSE", IOHANNIS, AUR, R6, mode="disapprove"),
        event("ACCUSE", IOHANNIS, SOS, R6, mode="disapprove"),
        event("ACCUSE", IOHANNIS, POT, R6, mode="disapprove"),
        event("ACCUSE", SIMION, IOHANNIS, R9, mode="disapprove"),
        event("REQUEST", SIMION, CIOLACU, R10, mode="change"),
        event("REJECT", CIOLACU, SIMION, R11, mode="change"),
        event("AGREE", BOLOJAN, None, R13),
        event("PROTEST", GEORGESCU_SUPPORTERS, IOHANNIS, R14, mode="demo", location="Bucharest",
              location_country="ROU"),
        event("REQUEST", GEORGESCU_SUPPORTERS, IOHANNIS, R14, mode="change", location="Bucharest",
              location_country="ROU"),
    ],
    "quotes": [
        quote("Er werde sein Amt am Mittwoch niederlegen", "Klaus Iohannis", "indirect"),
        quote("Damit wolle er Rumänien und den Rumänen eine Krise ersparen", "Klaus Iohannis", "indirect"),
        quote("dem Ansehen des Landes im Ausland zu schaden", "Klaus Iohannis", "indirect"),
        quote("Sieg für das rumänische Volk", "George Simion", "direct"),
        quote("das Land gegen den Willen der Bürger regiert zu haben", "George Simion", "indirect"),
        quote("dass auch die Regierung von Ministerpräsident Marcel Ciolacu zurücktritt", "George Simion",
              "indirect"),
        quote("das Land bis zur Neuwahl überparteilich zu führen", "Ilie Bolojan", "indirect"),
    ],
    "entities": [
        entity("Bucharest", "LOC", "ROU", ["Bukarest"]),
        entity("Romania", "LOC", "ROU", ["Rumäniens", "Rumänien", "des Landes", "das Land"]),
        entity("Klaus Iohannis", "PER", "ROU", ["Rumäniens Präsident Klaus Iohannis", "Er", "der 65-Jährige",
                                                "seine", "er", "Iohannis", "Seine"]),
        entity("Alliance for the Union of Romanians", "ORG", "ROU", ["AUR"]),
        entity("S.O.S. România", "ORG", "ROU", ["SOS România"]),
        entity("Party of Young People", "ORG", "ROU", ["POT"]),
        entity("Sibiu", "LOC", "ROU", ["Hermannstadt"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("Parliament of Romania", "ORG", "ROU", ["im Parlament"]),
        entity("Romanians", "PER", "ROU", ["den Rumänen", "das rumänische Volk", "der Bürger"]),
        entity("Constitutional Court of Romania", "ORG", "ROU", ["das Verfassungsgericht"]),
        entity("George Simion", "PER", "ROU", ["AUR-Chef George Simion", "Er"]),
        entity("Government of Romania", "ORG", "ROU", ["die Regierung von Ministerpräsident Marcel Ciolacu"]),
        entity("Marcel Ciolacu", "PER", "ROU", ["Ministerpräsident Marcel Ciolacu", "Ciolacu"]),
        entity("Ilie Bolojan", "PER", "ROU", ["Senatspräsident Ilie Bolojan", "Bolojan"]),
        entity("National Liberal Party", "ORG", "ROU", ["der Nationalliberalen Partei (PNL)"]),
        entity("supporters of Călin Georgescu", "PER", "ROU", ["Zehntausende Anhänger des Rechtsextremisten Călin "
                                                               "Georgescu"]),
        entity("Călin Georgescu", "PER", "ROU", ["des Rechtsextremisten Călin Georgescu", "Georgescu"]),
    ],
}

# ---------------------------------------------------------------- hm458-de-04 (Germany, Voigt elected in Thuringia)
TH_LANDTAG = actor("Landtag of Thuringia", "DEU", "LEG")
VOIGT = actor("Mario Voigt", "DEU", "GOV")
HOECKE = actor("Björn Höcke", "DEU", "OPP")
CDU = actor("Christian Democratic Union of Germany", "DEU", "PTY")
RAMELOW = actor("Bodo Ramelow", "DEU", "PTY")
LINKE_TH = actor("The Left (Thuringia)", "DEU", "PTY")
TH_COALITION = actor("CDU-BSW-SPD coalition in Thuringia", "DEU", "PTY")
WAGENKNECHT = actor("Sahra Wagenknecht", "DEU", "PTY")
BSW_TH = actor("Sahra Wagenknecht Alliance (Thuringia)", "DEU", "PTY")
MERZ = actor("Friedrich Merz", "DEU", "PTY")
BB_LANDTAG = actor("Landtag of Brandenburg", "DEU", "LEG")
WOIDKE = actor("Dietmar Woidke", "DEU", "GOV")

T1 = ("Erfurt (dpa) - Thüringen hat einen neuen Ministerpräsidenten: Der Landtag wählte den CDU-Politiker Mario "
      "Voigt am Donnerstag bereits im ersten Wahlgang zum Regierungschef.")
T2 = "Der 47-Jährige erhielt 51 von 88 Stimmen und damit deutlich mehr, als seine Koalition aus CDU, BSW und SPD Sitze hat."
T3 = "Die sogenannte Brombeer-Koalition verfügt im Parlament nur über 44 Mandate, genau die Hälfte."
T4 = "Voigt muss daher auch Stimmen aus der Linken erhalten haben."
T5 = "AfD-Landeschef Björn Höcke, der ebenfalls kandidiert hatte, kam auf 33 Stimmen."
T6 = "Er warf der CDU vor, mit der Linken gemeinsame Sache zu machen und damit ihre Wähler zu betrügen."
T7 = "Die AfD war bei der Landtagswahl im September mit 32,8 Prozent stärkste Kraft geworden."
T8 = ("Der bisherige Ministerpräsident Bodo Ramelow (Linke) gratulierte seinem Nachfolger und wünschte ihm „eine "
      "glückliche Hand“.")
T9 = "Die Linke hatte mit der Koalition vereinbart, sich vor wichtigen Abstimmungen im Landtag mit ihr zu beraten."
T10 = "Die BSW-Landesvorsitzende Katja Wolf sprach von einem „Tag der Vernunft“."
T11 = ("Parteigründerin Sahra Wagenknecht hatte den Thüringer Koalitionsvertrag im Herbst noch scharf kritisiert, weil "
       "er ihr in der Friedensfrage nicht weit genug ging.")
T12 = "Voigt wurde noch am Nachmittag vereidigt."
T13 = "Er kündigte an, sein Kabinett am Freitag zu ernennen und zügig einen Haushalt für 2025 vorzulegen."
T14 = "CDU-Chef Friedrich Merz gratulierte Voigt und nannte die Wahl ein „wichtiges Signal der Stabilität“."
T15 = ("In Brandenburg war am Mittwoch SPD-Ministerpräsident Dietmar Woidke erst im zweiten Wahlgang vom Landtag im "
       "Amt bestätigt worden.")

DE04 = {
    "id": "hm458-de-04", "lang": "de", "url": None, "published": "2024-12-12",
    "title": "CDU-Politiker Voigt zum Ministerpräsidenten in Thüringen gewählt",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7], [T8, T9, T10, T11], [T12, T13, T14, T15]),
    "events": [
        event("SUPPORT", TH_LANDTAG, VOIGT, T1, date="2024-12-12", location="Erfurt", location_country="DEU"),
        event("ACCUSE", HOECKE, CDU, T6, mode="disapprove"),
        event("SUPPORT", RAMELOW, VOIGT, T8),
        event("AGREE", LINKE_TH, TH_COALITION, T9),
        event("ACCUSE", WAGENKNECHT, BSW_TH, T11, mode="disapprove"),
        event("AGREE", VOIGT, None, T13),
        event("SUPPORT", MERZ, VOIGT, T14),
        event("SUPPORT", BB_LANDTAG, WOIDKE, T15, date="2024-12-11"),
    ],
    "quotes": [
        quote("mit der Linken gemeinsame Sache zu machen und damit ihre Wähler zu betrügen", "Björn Höcke",
              "indirect"),
        quote("eine glückliche Hand", "Bodo Ramelow", "direct"),
        quote("Tag der Vernunft", "Katja Wolf", "direct"),
        quote("sein Kabinett am Freitag zu ernennen und zügig einen Haushalt für 2025 vorzulegen", "Mario Voigt",
              "indirect"),
        quote("wichtiges Signal der Stabilität", "Friedrich Merz", "direct"),
    ],
    "entities": [
        entity("Erfurt", "LOC", "DEU", ["Erfurt"]),
        entity("Thuringia", "LOC", "DEU", ["Thüringen", "Thüringer"]),
        entity("Landtag of Thuringia", "ORG", "DEU", ["Der Landtag", "im Parlament", "im Landtag"]),
        entity("Mario Voigt", "PER", "DEU", ["den CDU-Politiker Mario Voigt", "Der 47-Jährige", "Voigt",
                                             "seinem Nachfolger", "ihm", "Er"]),
        entity("CDU-BSW-SPD coalition in Thuringia", "ORG", "DEU", ["seine Koalition aus CDU, BSW und SPD",
                                                                     "Die sogenannte Brombeer-Koalition",
                                                                     "der Koalition", "ihr"]),
        entity("Christian Democratic Union of Germany", "ORG", "DEU", ["CDU", "der CDU"]),
        entity("Sahra Wagenknecht Alliance", "ORG", "DEU", ["BSW"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("The Left", "ORG", "DEU", ["der Linken", "Linke", "Die Linke"]),
        entity("Alternative for Germany", "ORG", "DEU", ["AfD", "Die AfD"]),
        entity("Björn Höcke", "PER", "DEU", ["AfD-Landeschef Björn Höcke", "Er"]),
        entity("Bodo Ramelow", "PER", "DEU", ["Der bisherige Ministerpräsident Bodo Ramelow"]),
        entity("Katja Wolf", "PER", "DEU", ["Die BSW-Landesvorsitzende Katja Wolf"]),
        entity("Sahra Wagenknecht", "PER", "DEU", ["Parteigründerin Sahra Wagenknecht", "ihr"]),
        entity("Thuringian coalition agreement", "MISC", "DEU", ["den Thüringer Koalitionsvertrag", "er"]),
        entity("Friedrich Merz", "PER", "DEU", ["CDU-Chef Friedrich Merz"]),
        entity("Brandenburg", "LOC", "DEU", ["Brandenburg"]),
        entity("Dietmar Woidke", "PER", "DEU", ["SPD-Ministerpräsident Dietmar Woidke"]),
        entity("Landtag of Brandenburg", "ORG", "DEU", ["vom Landtag"]),
    ],
}

# ---------------------------------------------------------------- hm458-en-01 (Slovakia, Cintula sentenced)
SVK_COURT = actor("Specialized Criminal Court of Slovakia", "SVK", "JUD")
CINTULA = actor("Juraj Cintula", "SVK", "CVL")
FICO = actor("Robert Fico", "SVK", "GOV")
SVK_PROSECUTORS = actor("Prosecutor's Office of Slovakia", "SVK", "JUD")
SVK_OPPOSITION = actor("Slovak opposition parties", "SVK", "OPP")
SVK_MEDIA = actor("Slovak liberal media", "SVK", "MED")
SIMECKA = actor("Michal Šimečka", "SVK", "OPP")
SUTAJ = actor("Matúš Šutaj Eštok", "SVK", "GOV")
SVK_POLICE = actor("Police of Slovakia", "SVK", "COP")
SVK_PROTESTERS = actor("Slovak protesters", "SVK", "CVL")
SVK_GOV = actor("Government of Slovakia", "SVK", "GOV")

S1 = ("BANSKÁ BYSTRICA, Slovakia (AP) — A Slovak court on Tuesday sentenced the man who shot and seriously wounded "
      "Prime Minister Robert Fico last year to 21 years in prison for a terrorist attack.")
S2 = ("The Specialized Criminal Court found Juraj Cintula, 72, guilty of carrying out the attack in the central town "
      "of Handlová in May 2024.")
S3 = ("Cintula fired five shots at Fico at close range as the prime minister greeted supporters after a government "
      "meeting.")
S4 = "Fico underwent several operations and returned to work about two months later."
S5 = ("Presiding Judge Igor Králik said the attack had been aimed at the constitutional order of the state, not only "
      "at one man.")
S6 = "Prosecutors had originally charged Cintula with attempted murder before changing the charge to terrorism."
S7 = ("Cintula told the court earlier this month that he had not wanted to kill Fico, only to stop his government's "
      "policies.")
S8 = "His lawyer said the defense would appeal to the Supreme Court."
S9 = ("Fico, who did not attend the hearing, said in a video posted on Facebook that he felt no hatred toward his "
      "attacker.")
S10 = ("But he again accused opposition parties and liberal media of creating the atmosphere of hatred that led to "
       "the shooting.")
S11 = ("Michal Šimečka, leader of the main opposition party Progressive Slovakia, rejected the claim and said Fico "
       "was using the verdict to silence his critics.")
S12 = "Interior Minister Matúš Šutaj Eštok welcomed the verdict as “just and necessary.”"
S13 = "Police did not detain anyone else in connection with the attack, and investigators concluded that Cintula acted alone."
S14 = ("The shooting deepened divisions in the country of 5.4 million, where Fico returned to power in 2023 on a "
       "pro-Russian, anti-American platform.")
S15 = ("Tens of thousands of people have protested in Bratislava and other cities this year against his government's "
       "foreign policy.")

EN01 = {
    "id": "hm458-en-01", "lang": "en", "url": None, "published": "2025-10-21",
    "title": "Slovak court sentences man who shot Prime Minister Fico to 21 years",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10, S11], [S12, S13], [S14, S15]),
    "events": [
        event("SANCTION", SVK_COURT, CINTULA, S1, mode="convict", date="2025-10-21", location="Banská Bystrica",
              location_country="SVK"),
        event("ASSAULT", CINTULA, FICO, S1, mode="firearms"),
        event("SANCTION", SVK_COURT, CINTULA, S2, mode="convict"),
        event("ASSAULT", CINTULA, FICO, S3, mode="firearms", location="Handlová", location_country="SVK"),
        event("ACCUSE", SVK_PROSECUTORS, CINTULA, S6, mode="allege"),
        event("ACCUSE", FICO, SVK_OPPOSITION, S10, mode="allege"),
        event("ACCUSE", FICO, SVK_MEDIA, S10, mode="allege"),
        event("ACCUSE", SIMECKA, FICO, S11, mode="allege"),
        event("SUPPORT", SUTAJ, SVK_COURT, S12),
        event("COERCE", SVK_POLICE, None, S13, mode="arrest", negated=True),
        event("PROTEST", SVK_PROTESTERS, SVK_GOV, S15, mode="demo", location="Bratislava", location_country="SVK"),
    ],
    "quotes": [
        quote("the attack had been aimed at the constitutional order of the state, not only at one man",
              "Igor Králik", "indirect"),
        quote("he had not wanted to kill Fico, only to stop his government's policies", "Juraj Cintula", "indirect"),
        quote("the defense would appeal to the Supreme Court", "lawyer of Juraj Cintula", "indirect"),
        quote("he felt no hatred toward his attacker", "Robert Fico", "indirect"),
        quote("Fico was using the verdict to silence his critics", "Michal Šimečka", "indirect"),
        quote("just and necessary", "Matúš Šutaj Eštok", "direct"),
    ],
    "entities": [
        entity("Banská Bystrica", "LOC", "SVK", ["BANSKÁ BYSTRICA"]),
        entity("Slovakia", "LOC", "SVK", ["Slovakia", "the country"]),
        entity("Specialized Criminal Court of Slovakia", "ORG", "SVK", ["A Slovak court", "The Specialized Criminal "
                                                                        "Court", "the court"]),
        entity("Juraj Cintula", "PER", "SVK", ["the man who shot and seriously wounded Prime Minister Robert Fico",
                                               "Juraj Cintula", "Cintula", "he", "His", "his attacker"]),
        entity("Robert Fico", "PER", "SVK", ["Prime Minister Robert Fico", "Fico", "the prime minister", "he",
                                             "his"]),
        entity("Handlová", "LOC", "SVK", ["the central town of Handlová"]),
        entity("Igor Králik", "PER", "SVK", ["Presiding Judge Igor Králik"]),
        entity("Prosecutor's Office of Slovakia", "ORG", "SVK", ["Prosecutors"]),
        entity("lawyer of Juraj Cintula", "PER", "SVK", ["His lawyer"]),
        entity("Supreme Court of Slovakia", "ORG", "SVK", ["the Supreme Court"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Slovak opposition parties", "ORG", "SVK", ["opposition parties"]),
        entity("Slovak liberal media", "ORG", "SVK", ["liberal media"]),
        entity("Michal Šimečka", "PER", "SVK", ["Michal Šimečka, leader of the main opposition party Progressive "
                                                "Slovakia"]),
        entity("Progressive Slovakia", "ORG", "SVK", ["the main opposition party Progressive Slovakia"]),
        entity("Matúš Šutaj Eštok", "PER", "SVK", ["Interior Minister Matúš Šutaj Eštok"]),
        entity("Police of Slovakia", "ORG", "SVK", ["Police", "investigators"]),
        entity("Slovak protesters", "PER", "SVK", ["Tens of thousands of people"]),
        entity("Bratislava", "LOC", "SVK", ["Bratislava"]),
        entity("Government of Slovakia", "ORG", "SVK", ["his government's"]),
    ],
}

# ---------------------------------------------------------------- hm458-en-02 (Greece, no-confidence vote)
PASOK = actor("PASOK", "GRC", "OPP")
GRC_OPP = actor("Greek opposition parties", "GRC", "OPP")
GRC_GOV = actor("Government of Greece", "GRC", "GOV")
GRC_PARLIAMENT = actor("Hellenic Parliament", "GRC", "LEG")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")
ANDROULAKIS = actor("Nikos Androulakis", "GRC", "OPP")
TRIANTOPOULOS = actor("Christos Triantopoulos", "GRC", "PTY")
GRC_PROTESTERS = actor("Greek protesters", "GRC", "CVL")
GRC_POLICE = actor("Hellenic Police", "GRC", "COP")
TEMPI_FAMILIES = actor("families of the Tempi victims", "GRC", "CVL")
GRC_PROSECUTORS = actor("Greek prosecutors", "GRC", "JUD")
STATION_MASTER = actor("Larissa station master", "GRC", "CVL")

G1 = ("ATHENS, Greece (AP) — Greece's conservative government survived a no-confidence vote in parliament late "
      "Friday over its handling of the investigation into the country's deadliest rail disaster.")
G2 = ("The motion was filed by the center-left PASOK party and three other opposition parties, which accuse the "
      "government of covering up responsibility for the February 2023 crash near Tempi that killed 57 people.")
G3 = ("Lawmakers rejected it by 157 votes to 136, with all members of Prime Minister Kyriakos Mitsotakis' New "
      "Democracy party voting against.")
G4 = "Mitsotakis accused the opposition of exploiting the grief of the victims' families for political gain."
G5 = ("“The only thing that can bring justice is the judiciary, not the streets and not this chamber,” he told "
      "lawmakers before the vote.")
G6 = "He again ruled out early elections, saying his government would serve its full term until 2027."
G7 = ("PASOK leader Nikos Androulakis said the government had “lost every moral right” to govern and called for a "
      "transitional administration to lead the country to elections.")
G8 = ("Parliament also voted to set up a committee to examine whether former deputy infrastructure minister Christos "
      "Triantopoulos should face prosecution over the removal of debris from the crash site.")
G9 = "Triantopoulos has denied any wrongdoing."
G10 = ("Outside parliament, several thousand people gathered in Syntagma Square on Friday evening as the debate drew "
       "to a close.")
G11 = "Police fired tear gas after a small group threw petrol bombs at officers, according to a police statement."
G12 = "Eleven people were detained."
G13 = ("A general strike and rallies on Feb. 28, the second anniversary of the crash, drew hundreds of thousands of "
       "people in one of the largest protests in Greece in years.")
G14 = ("Relatives of the victims say crucial evidence was lost when the site was covered with gravel and have "
       "demanded that those responsible be held to account.")
G15 = ("The station master who put a passenger train and a freight train on the same track is among dozens of "
       "people charged by prosecutors.")

EN02 = {
    "id": "hm458-en-02", "lang": "en", "url": None, "published": "2025-03-08",
    "title": "Greek government survives no-confidence vote over deadly train crash",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7], [G8, G9], [G10, G11, G12], [G13, G14, G15]),
    "events": [
        event("REQUEST", PASOK, GRC_GOV, G2, mode="change"),
        event("REQUEST", GRC_OPP, GRC_GOV, G2, mode="change"),
        event("ACCUSE", PASOK, GRC_GOV, G2, mode="allege"),
        event("ACCUSE", GRC_OPP, GRC_GOV, G2, mode="allege"),
        event("REJECT", GRC_PARLIAMENT, PASOK, G3, mode="change"),
        event("REJECT", GRC_PARLIAMENT, GRC_OPP, G3, mode="change"),
        event("ACCUSE", MITSOTAKIS, GRC_OPP, G4, mode="disapprove"),
        event("REJECT", MITSOTAKIS, GRC_OPP, G6, mode="change"),
        event("ACCUSE", ANDROULAKIS, GRC_GOV, G7, mode="disapprove"),
        event("REQUEST", ANDROULAKIS, GRC_GOV, G7, mode="change"),
        event("ACCUSE", GRC_PARLIAMENT, TRIANTOPOULOS, G8, mode="investigate"),
        event("PROTEST", GRC_PROTESTERS, GRC_GOV, G10, mode="demo", date="2025-03-07", location="Syntagma Square",
              location_country="GRC"),
        event("COERCE", GRC_POLICE, GRC_PROTESTERS, G11, mode="crowd-control", location="Syntagma Square",
              location_country="GRC"),
        event("PROTEST", GRC_PROTESTERS, GRC_POLICE, G11, mode="riot", location="Syntagma Square",
              location_country="GRC"),
        event("COERCE", GRC_POLICE, GRC_PROTESTERS, G12, mode="arrest"),
        event("PROTEST", GRC_PROTESTERS, GRC_GOV, G13, mode="strike"),
        event("ACCUSE", TEMPI_FAMILIES, GRC_GOV, G14, mode="allege"),
        event("REQUEST", TEMPI_FAMILIES, GRC_GOV, G14),
        event("ACCUSE", GRC_PROSECUTORS, STATION_MASTER, G15, mode="allege"),
    ],
    "quotes": [
        quote("The only thing that can bring justice is the judiciary, not the streets and not this chamber",
              "Kyriakos Mitsotakis", "direct"),
        quote("his government would serve its full term until 2027", "Kyriakos Mitsotakis", "indirect"),
        quote("lost every moral right", "Nikos Androulakis", "direct"),
        quote("the government had “lost every moral right” to govern", "Nikos Androulakis", "indirect"),
        quote("Police fired tear gas after a small group threw petrol bombs at officers", "Hellenic Police",
              "indirect"),
        quote("crucial evidence was lost when the site was covered with gravel", "families of the Tempi victims",
              "indirect"),
    ],
    "entities": [
        entity("Athens", "LOC", "GRC", ["ATHENS"]),
        entity("Greece", "LOC", "GRC", ["Greece", "Greece's", "the country's", "the country"]),
        entity("Government of Greece", "ORG", "GRC", ["Greece's conservative government", "the government",
                                                      "his government"]),
        entity("Hellenic Parliament", "ORG", "GRC", ["parliament", "Lawmakers", "lawmakers", "this chamber",
                                                     "Parliament"]),
        entity("PASOK", "ORG", "GRC", ["the center-left PASOK party", "PASOK"]),
        entity("Greek opposition parties", "ORG", "GRC", ["three other opposition parties", "the opposition"]),
        entity("Tempi", "LOC", "GRC", ["Tempi"]),
        entity("Tempi train crash", "MISC", "GRC", ["the country's deadliest rail disaster",
                                                    "the February 2023 crash near Tempi", "the crash"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Prime Minister Kyriakos Mitsotakis'", "Mitsotakis", "he",
                                                     "He", "his"]),
        entity("New Democracy", "ORG", "GRC", ["New Democracy party"]),
        entity("families of the Tempi victims", "PER", "GRC", ["the victims' families", "Relatives of the victims"]),
        entity("Nikos Androulakis", "PER", "GRC", ["PASOK leader Nikos Androulakis"]),
        entity("Christos Triantopoulos", "PER", "GRC", ["former deputy infrastructure minister Christos "
                                                        "Triantopoulos", "Triantopoulos"]),
        entity("Syntagma Square", "LOC", "GRC", ["Syntagma Square"]),
        entity("Greek protesters", "PER", "GRC", ["several thousand people", "a small group",
                                                  "Eleven people", "hundreds of thousands of people"]),
        entity("Hellenic Police", "ORG", "GRC", ["Police", "officers", "a police statement"]),
        entity("Larissa station master", "PER", "GRC", ["The station master"]),
        entity("Greek prosecutors", "ORG", "GRC", ["prosecutors"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
