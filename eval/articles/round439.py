"""Round 439: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm439-de-01: Sri Lanka: the Supreme Court finds Gotabaya, Mahinda and Basil Rajapaksa and two ex-central bank governors responsible for the economic crisis; TISL's petition and praise, the SLPP denies, Premadasa demands prosecutions, the SJB accuses Wickremesinghe, the 2022 protests and resignations, the IMF bailout and debt talks with China and India recalled (2023-11-14).
- hm439-de-02: Kyrgyzstan: a Bishkek district court orders the liquidation of the foundation behind the independent news site Kloop at the prosecutors' request; Kloop denies and Tukhvatshin accuses the authorities, no website block, CPJ demands a reversal, the US embassy objects, Japarov's interference charge, the GKNB arrests of Temirov Live staff recalled (2024-02-09).
- hm439-de-03: UN: the General Assembly denies Russia a return to the Human Rights Council and elects Bulgaria and Albania, plus China, Japan, Indonesia and Kuwait; the 2022 suspension, Thomas-Greenfield's appeal, Kuleba welcomes, Polyanskiy accuses Washington, HRW and Charbonneau attack China's election, Mao Ning denies (2023-10-10).
- hm439-de-04: Malaysia/Spain: a Madrid criminal court sentences Sulu-case arbitrator Gonzalo Stampa to six months and a one-year ban; Azalina welcomes the verdict, the heirs' lawyer Paul Cohen objects, the 2022 award, the halted payments, the Petronas seizure in Luxembourg, the Paris annulment and the Hague refusal, Anwar's sovereignty charge recalled (2024-01-10).
- hm439-en-01: Bangladesh: a Dhaka labor court sentences Muhammad Yunus and three Grameen Telecom colleagues to six months; no one taken into custody, Yunus denies, his lawyer objects, ACC cases, Hasina's "bloodsucker" attack, Amnesty and the U.S. Embassy object, Obama and Ban's letter rejected, the BNP's election boycott and arrest claims (2024-01-01).
- hm439-en-02: Kazakhstan/SCO: Belarus joins the Shanghai Cooperation Organization at the Astana summit; Xi urges resistance to interference, Putin meets Xi and Erdogan, who offers help on Ukraine, Putin's withdrawal demand rejected by Kyiv, Guterres's appeal, Modi's speech and Sharif's accusation, the Gaza ceasefire call, U.S. accusations against China, Xi's planned visit to Tajikistan (2024-07-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm439-de-01 (Sri Lanka, Rajapaksa ruling)
LKA_SC = actor("Supreme Court of Sri Lanka", "LKA", "JUD")
GOTABAYA = actor("Gotabaya Rajapaksa", "LKA", "CVL")
MAHINDA = actor("Mahinda Rajapaksa", "LKA", "LEG")
BASIL = actor("Basil Rajapaksa", "LKA", "PTY")
CB_GOVERNORS = actor("former governors of the Central Bank of Sri Lanka", "LKA", "CVL")
RAJAPAKSAS = actor("Rajapaksa family", "LKA", "CVL")
TISL = actor("Transparency International Sri Lanka", "LKA", "NGO")
LKA_ECONOMISTS = actor("Sri Lankan economists", "LKA", "EDU")
PERERA = actor("Nadishani Perera", "LKA", "NGO")
PREMADASA = actor("Sajith Premadasa", "LKA", "OPP")
LKA_GOV = actor("Government of Sri Lanka", "LKA", "GOV")
SJB = actor("Samagi Jana Balawegaya", "LKA", "OPP")
WICKREMESINGHE = actor("Ranil Wickremesinghe", "LKA", "GOV")
LKA_PROTESTERS = actor("Sri Lankan protesters", "LKA", "CVL")
IMF = actor("International Monetary Fund", "IGO", "IGO")
CHN_GOV = actor("Government of China", "CHN", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")

L1 = ("Colombo (dpa) - Sri Lankas Oberster Gerichtshof hat die früheren Präsidenten Gotabaya und Mahinda Rajapaksa "
      "für die schwere Wirtschaftskrise des Inselstaates mitverantwortlich gemacht.")
L2 = ("Die Richter entschieden am Dienstag mit vier zu eins Stimmen, dass die Brüder gemeinsam mit dem früheren "
      "Finanzminister Basil Rajapaksa und zwei ehemaligen Zentralbankchefs das Vertrauen der Öffentlichkeit verletzt "
      "hätten.")
L3 = ("Zur Begründung verwiesen sie unter anderem auf umfangreiche Steuersenkungen Ende 2019 und den monatelangen "
      "Verzicht auf Hilfe des Internationalen Währungsfonds.")
L4 = "Strafrechtliche Folgen hat das Urteil nicht."
L5 = ("Die Organisation Transparency International Sri Lanka und vier Wirtschaftsfachleute hatten die Rajapaksas im "
      "vergangenen Jahr verklagt.")
L6 = ("„Das Urteil zeigt, dass niemand über dem Gesetz steht“, sagte die Geschäftsführerin der Organisation, "
      "Nadishani Perera.")
L7 = "Die Rajapaksa-Brüder äußerten sich zunächst nicht."
L8 = "Ein Sprecher ihrer Partei SLPP wies jede Verantwortung für die Krise zurück."
L9 = ("Die Pandemie und die Folgen des Krieges in der Ukraine hätten die Wirtschaft in die Knie gezwungen, sagte "
      "er.")
L10 = ("Oppositionsführer Sajith Premadasa forderte die Regierung von Präsident Ranil Wickremesinghe auf, die "
       "Verantwortlichen strafrechtlich zur Rechenschaft zu ziehen.")
L11 = ("Seine Partei SJB wirft Wickremesinghe seit Langem vor, die Familie Rajapaksa vor Ermittlungen zu "
       "schützen.")
L12 = "Der Präsident hat sich zu dem Urteil bislang nicht geäußert."
L13 = ("Im April 2022 hatte der Inselstaat erstmals in seiner Geschichte seine Auslandsschulden nicht mehr bedienen "
       "können.")
L14 = "Monatelang fehlte es an Treibstoff, Lebensmitteln und Medikamenten."
L15 = ("Nach wochenlangen Massenprotesten floh Gotabaya Rajapaksa im Juli 2022 ins Ausland und trat von seinem Amt "
       "zurück.")
L16 = "Sein Bruder Mahinda hatte bereits im Mai sein Amt als Ministerpräsident aufgegeben."
L17 = ("Im März billigte der Internationale Währungsfonds ein Hilfsprogramm über rund drei Milliarden "
       "US-Dollar.")
L18 = "Derzeit verhandelt Colombo mit China, Indien und anderen Gläubigern über eine Umschuldung."

DE01 = {
    "id": "hm439-de-01", "lang": "de", "url": None, "published": "2023-11-14",
    "title": "Sri Lankas Oberstes Gericht: Rajapaksas mitverantwortlich für Wirtschaftskrise",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8, L9], [L10, L11, L12], [L13, L14, L15, L16],
                       [L17, L18]),
    "events": [
        event("ACCUSE", LKA_SC, GOTABAYA, L1, mode="allege"),
        event("ACCUSE", LKA_SC, MAHINDA, L1, mode="allege"),
        event("ACCUSE", LKA_SC, GOTABAYA, L2, mode="allege", date="2023-11-14"),
        event("ACCUSE", LKA_SC, MAHINDA, L2, mode="allege", date="2023-11-14"),
        event("ACCUSE", LKA_SC, BASIL, L2, mode="allege", date="2023-11-14"),
        event("ACCUSE", LKA_SC, CB_GOVERNORS, L2, mode="allege", date="2023-11-14"),
        event("ACCUSE", TISL, RAJAPAKSAS, L5, mode="allege"),
        event("ACCUSE", LKA_ECONOMISTS, RAJAPAKSAS, L5, mode="allege"),
        event("SUPPORT", PERERA, LKA_SC, L6),
        event("REQUEST", PREMADASA, LKA_GOV, L10),
        event("ACCUSE", SJB, WICKREMESINGHE, L11, mode="allege"),
        event("PROTEST", LKA_PROTESTERS, GOTABAYA, L15, mode="demo", location_country="LKA"),
        event("RETREAT", GOTABAYA, None, L15, mode="resign"),
        event("RETREAT", MAHINDA, None, L16, mode="resign"),
        event("AID", IMF, LKA_GOV, L17),
        event("CONSULT", LKA_GOV, CHN_GOV, L18),
        event("CONSULT", LKA_GOV, IND_GOV, L18),
    ],
    "quotes": [
        quote("dass die Brüder gemeinsam mit dem früheren Finanzminister Basil Rajapaksa und zwei ehemaligen "
              "Zentralbankchefs das Vertrauen der Öffentlichkeit verletzt hätten", "Supreme Court of Sri Lanka",
              "indirect"),
        quote("Das Urteil zeigt, dass niemand über dem Gesetz steht", "Nadishani Perera", "direct"),
        quote("Die Pandemie und die Folgen des Krieges in der Ukraine hätten die Wirtschaft in die Knie gezwungen",
              "Spokesperson of the Sri Lanka Podujana Peramuna", "indirect"),
        quote("die Verantwortlichen strafrechtlich zur Rechenschaft zu ziehen", "Sajith Premadasa", "indirect"),
        quote("die Familie Rajapaksa vor Ermittlungen zu schützen", "Samagi Jana Balawegaya", "indirect"),
    ],
    "entities": [
        entity("Colombo", "LOC", "LKA", ["Colombo"]),
        entity("Sri Lanka", "LOC", "LKA", ["Sri Lankas", "des Inselstaates", "der Inselstaat"]),
        entity("Supreme Court of Sri Lanka", "ORG", "LKA", ["Sri Lankas Oberster Gerichtshof", "Die Richter", "sie"]),
        entity("Gotabaya Rajapaksa", "PER", "LKA", ["Gotabaya", "Gotabaya Rajapaksa"]),
        entity("Mahinda Rajapaksa", "PER", "LKA", ["Mahinda Rajapaksa", "Sein Bruder Mahinda"]),
        entity("Rajapaksa family", "ORG", "LKA", ["die Rajapaksas", "die Brüder", "Die Rajapaksa-Brüder",
                                                  "die Familie Rajapaksa", "ihrer"]),
        entity("Basil Rajapaksa", "PER", "LKA", ["dem früheren Finanzminister Basil Rajapaksa"]),
        entity("former governors of the Central Bank of Sri Lanka", "PER", "LKA",
               ["zwei ehemaligen Zentralbankchefs"]),
        entity("International Monetary Fund", "ORG", "IGO", ["des Internationalen Währungsfonds",
                                                             "der Internationale Währungsfonds"]),
        entity("Transparency International Sri Lanka", "ORG", "LKA",
               ["Die Organisation Transparency International Sri Lanka", "der Organisation"]),
        entity("Sri Lankan economists", "PER", "LKA", ["vier Wirtschaftsfachleute"]),
        entity("Nadishani Perera", "PER", "LKA", ["die Geschäftsführerin der Organisation, Nadishani Perera"]),
        entity("Sri Lanka Podujana Peramuna", "ORG", "LKA", ["ihrer Partei SLPP"]),
        entity("Spokesperson of the Sri Lanka Podujana Peramuna", "PER", "LKA", ["Ein Sprecher ihrer Partei SLPP",
                                                                                 "er"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("Sajith Premadasa", "PER", "LKA", ["Oppositionsführer Sajith Premadasa", "Seine"]),
        entity("Government of Sri Lanka", "ORG", "LKA", ["die Regierung von Präsident Ranil Wickremesinghe",
                                                         "Colombo"]),
        entity("Ranil Wickremesinghe", "PER", "LKA", ["Präsident Ranil Wickremesinghe", "Wickremesinghe",
                                                      "Der Präsident"]),
        entity("Samagi Jana Balawegaya", "ORG", "LKA", ["Seine Partei SJB"]),
        entity("Sri Lankan protesters", "PER", "LKA", ["wochenlangen Massenprotesten"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("India", "LOC", "IND", ["Indien"]),
    ],
}

# ---------------------------------------------------------------- hm439-de-02 (Kyrgyzstan, Kloop liquidated)
KGZ_COURT = actor("Oktyabrsky District Court of Bishkek", "KGZ", "JUD")
KLOOP = actor("Kloop", "KGZ", "MED")
KGZ_PROSECUTORS = actor("Bishkek Prosecutor's Office", "KGZ", "JUD")
TUKHVATSHIN = actor("Rinat Tukhvatshin", "KGZ", "MED")
KGZ_GOV = actor("Government of Kyrgyzstan", "KGZ", "GOV")
CPJ = actor("Committee to Protect Journalists", "NGO", "NGO")
US_EMB_KGZ = actor("Embassy of the United States in Bishkek", "USA", "GOV")
JAPAROV = actor("Sadyr Japarov", "KGZ", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
GKNB = actor("State Committee for National Security of Kyrgyzstan", "KGZ", "COP")
TEMIROV_STAFF = actor("Temirov Live journalists", "KGZ", "MED")

K1 = ("Bischkek (dpa) - Ein Gericht in Kirgistan hat die Auflösung der Stiftung hinter dem unabhängigen "
      "Nachrichtenportal Kloop angeordnet.")
K2 = ("Das Bezirksgericht Oktjabrski in der Hauptstadt Bischkek gab am Freitag einer Klage der Staatsanwaltschaft "
      "statt, wie die Redaktion mitteilte.")
K3 = ("Die Anklagebehörde hatte Kloop vorgeworfen, journalistisch tätig zu sein, obwohl die Stiftung nur als "
      "Bildungseinrichtung registriert sei.")
K4 = ("Zudem verbreite das Portal Kritik an der Regierung, die sich „negativ auf die Psyche der Bevölkerung“ "
      "auswirke, hieß es in der Klageschrift.")
K5 = "Kloop wies die Vorwürfe zurück."
K6 = ("„Man will uns zum Schweigen bringen, weil wir über Korruption und Machtmissbrauch berichten“, sagte "
      "Mitgründer Rinat Tuchwatschin.")
K7 = "Die Redaktion werde ihre Arbeit vom Ausland aus fortsetzen, kündigte er an."
K8 = "Die Website des Portals ließ das Gericht allerdings nicht sperren."
K9 = ("Das Komitee zum Schutz von Journalisten (CPJ) forderte die kirgisischen Behörden auf, das Urteil "
      "aufzuheben.")
K10 = ("Auch die US-Botschaft in Bischkek zeigte sich besorgt über den wachsenden Druck auf unabhängige "
       "Medien.")
K11 = ("Präsident Sadyr Dschaparow hatte Washington erst im Januar vorgeworfen, sich in die inneren Angelegenheiten "
       "seines Landes einzumischen.")
K12 = "Kloop ist nicht das erste Medium, das ins Visier der Behörden gerät."
K13 = ("Mitte Januar hatte der Geheimdienst GKNB elf frühere und aktuelle Mitarbeiter des Senders Temirov Live "
       "festnehmen lassen.")
K14 = "Die Ermittler werfen ihnen vor, zu Massenunruhen aufgerufen zu haben."
K15 = ("Das Portal war 2007 gegründet worden und wurde vor allem durch Recherchen über Korruption beim Zoll "
       "bekannt.")
K16 = "Kirgistan galt lange als vergleichsweise offenes Land in der von autoritären Regierungen geprägten Region."

DE02 = {
    "id": "hm439-de-02", "lang": "de", "url": None, "published": "2024-02-09",
    "title": "Kirgisisches Gericht ordnet Auflösung von Nachrichtenportal Kloop an",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11], [K12, K13, K14], [K15, K16]),
    "events": [
        event("COERCE", KGZ_COURT, KLOOP, K1, mode="ban", location_country="KGZ"),
        event("COERCE", KGZ_COURT, KLOOP, K2, mode="ban", date="2024-02-09", location="Bishkek",
              location_country="KGZ"),
        event("ACCUSE", KGZ_PROSECUTORS, KLOOP, K3, mode="allege"),
        event("ACCUSE", KGZ_PROSECUTORS, KLOOP, K4, mode="allege"),
        event("ACCUSE", TUKHVATSHIN, KGZ_GOV, K6, mode="allege"),
        event("COERCE", KGZ_COURT, KLOOP, K8, mode="censor", negated=True),
        event("REQUEST", CPJ, KGZ_GOV, K9, mode="change"),
        event("ACCUSE", US_EMB_KGZ, KGZ_GOV, K10, mode="disapprove"),
        event("ACCUSE", JAPAROV, USA_GOV, K11, mode="allege"),
        event("COERCE", GKNB, TEMIROV_STAFF, K13, mode="arrest"),
        event("ACCUSE", GKNB, TEMIROV_STAFF, K14, mode="allege"),
    ],
    "quotes": [
        quote("Das Bezirksgericht Oktjabrski in der Hauptstadt Bischkek gab am Freitag einer Klage der "
              "Staatsanwaltschaft statt", "Kloop", "indirect"),
        quote("journalistisch tätig zu sein, obwohl die Stiftung nur als Bildungseinrichtung registriert sei",
              "Bishkek Prosecutor's Office", "indirect"),
        quote("negativ auf die Psyche der Bevölkerung", "Bishkek Prosecutor's Office", "direct"),
        quote("Zudem verbreite das Portal Kritik an der Regierung, die sich „negativ auf die Psyche der Bevölkerung“ "
              "auswirke", "Bishkek Prosecutor's Office", "indirect"),
        quote("Man will uns zum Schweigen bringen, weil wir über Korruption und Machtmissbrauch berichten",
              "Rinat Tukhvatshin", "direct"),
        quote("Die Redaktion werde ihre Arbeit vom Ausland aus fortsetzen", "Rinat Tukhvatshin", "indirect"),
        quote("das Urteil aufzuheben", "Committee to Protect Journalists", "indirect"),
        quote("sich in die inneren Angelegenheiten seines Landes einzumischen", "Sadyr Japarov", "indirect"),
        quote("zu Massenunruhen aufgerufen zu haben", "State Committee for National Security of Kyrgyzstan",
              "indirect"),
    ],
    "entities": [
        entity("Bishkek", "LOC", "KGZ", ["Bischkek", "der Hauptstadt Bischkek"]),
        entity("Kyrgyzstan", "LOC", "KGZ", ["Kirgistan", "seines Landes"]),
        entity("Oktyabrsky District Court of Bishkek", "ORG", "KGZ",
               ["Ein Gericht in Kirgistan", "Das Bezirksgericht Oktjabrski", "das Gericht"]),
        entity("Kloop", "ORG", "KGZ", ["der Stiftung hinter dem unabhängigen Nachrichtenportal Kloop", "Kloop",
                                       "die Redaktion", "die Stiftung", "das Portal", "uns", "wir",
                                       "Die Redaktion", "des Portals", "Das Portal"]),
        entity("Bishkek Prosecutor's Office", "ORG", "KGZ", ["der Staatsanwaltschaft", "Die Anklagebehörde"]),
        entity("Government of Kyrgyzstan", "ORG", "KGZ", ["der Regierung", "die kirgisischen Behörden",
                                                          "der Behörden"]),
        entity("Rinat Tukhvatshin", "PER", "KGZ", ["Mitgründer Rinat Tuchwatschin", "er"]),
        entity("Committee to Protect Journalists", "ORG", "NGO",
               ["Das Komitee zum Schutz von Journalisten (CPJ)"]),
        entity("Embassy of the United States in Bishkek", "ORG", "USA", ["die US-Botschaft in Bischkek"]),
        entity("Sadyr Japarov", "PER", "KGZ", ["Präsident Sadyr Dschaparow"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("State Committee for National Security of Kyrgyzstan", "ORG", "KGZ",
               ["der Geheimdienst GKNB", "Die Ermittler"]),
        entity("Temirov Live journalists", "PER", "KGZ",
               ["elf frühere und aktuelle Mitarbeiter des Senders Temirov Live", "ihnen"]),
        entity("Temirov Live", "ORG", "KGZ", ["des Senders Temirov Live"]),
    ],
}

# ---------------------------------------------------------------- hm439-de-03 (UN, Human Rights Council vote)
UNGA = actor("United Nations General Assembly", "UNO", "IGO")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
BGR_GOV = actor("Government of Bulgaria", "BGR", "GOV")
ALB_GOV = actor("Government of Albania", "ALB", "GOV")
CHN_GOV_U = actor("Government of China", "CHN", "GOV")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")
KWT_GOV = actor("Government of Kuwait", "KWT", "GOV")
THOMAS_GREENFIELD = actor("Linda Thomas-Greenfield", "USA", "GOV")
KULEBA = actor("Dmytro Kuleba", "UKR", "GOV")
POLYANSKIY = actor("Dmitry Polyanskiy", "RUS", "GOV")
USA_GOV_U = actor("Government of the United States", "USA", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
CHARBONNEAU = actor("Louis Charbonneau", "NGO", "NGO")

U1 = "New York (dpa) - Die UN-Vollversammlung hat Russland die Rückkehr in den Menschenrechtsrat verwehrt."
U2 = ("Bei der geheimen Wahl am Dienstag erhielt Moskau für einen der beiden Sitze der osteuropäischen "
      "Staatengruppe nur 83 Stimmen.")
U3 = "Gewählt wurden stattdessen Bulgarien mit 160 und Albanien mit 123 Stimmen."
U4 = "Aus der asiatisch-pazifischen Gruppe erhielten China, Japan, Indonesien und Kuwait einen Sitz."
U5 = ("Die Vollversammlung hatte Russland im April 2022 wegen des Angriffs auf die Ukraine aus dem Gremium "
      "suspendiert.")
U6 = "Der Rat mit Sitz in Genf hat 47 Mitglieder, die für jeweils drei Jahre gewählt werden."
U7 = ("Die US-Botschafterin bei den Vereinten Nationen, Linda Thomas-Greenfield, hatte die Mitgliedstaaten vor der "
      "Abstimmung aufgerufen, gegen Russland zu stimmen.")
U8 = "Ein Land, das Kriegsverbrechen begehe, dürfe nicht über Menschenrechte urteilen, hatte sie gesagt."
U9 = "Der ukrainische Außenminister Dmytro Kuleba begrüßte das Ergebnis."
U10 = ("„Russland hat keinen Platz in einem Gremium, das die Menschenrechte schützen soll“, schrieb er auf der "
       "Plattform X.")
U11 = ("Der stellvertretende russische UN-Botschafter Dmitri Poljanski warf dagegen Washington vor, kleinere Staaten "
       "unter „beispiellosen Druck“ gesetzt zu haben.")
U12 = ("Die Organisation Human Rights Watch kritisierte die Wahl Chinas und verwies auf die Verfolgung der Uiguren "
       "in der Region Xinjiang.")
U13 = ("„Die Regierungen haben einem Staat einen Sitz gegeben, der für Verbrechen gegen die Menschlichkeit "
       "verantwortlich ist“, sagte HRW-Direktor Louis Charbonneau.")
U14 = "Chinas Außenamtssprecherin Mao Ning wies die Vorwürfe in Peking als politisch motiviert zurück."
U15 = ("Die Wahl zeige das Vertrauen der internationalen Gemeinschaft in Chinas Menschenrechtspolitik, sagte "
       "sie.")

DE03 = {
    "id": "hm439-de-03", "lang": "de", "url": None, "published": "2023-10-10",
    "title": "Russland scheitert mit Rückkehr in UN-Menschenrechtsrat",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7, U8], [U9, U10, U11], [U12, U13, U14, U15]),
    "events": [
        event("REJECT", UNGA, RUS_GOV, U1, date="2023-10-10", location="New York", location_country="USA"),
        event("SUPPORT", UNGA, BGR_GOV, U3, date="2023-10-10"),
        event("SUPPORT", UNGA, ALB_GOV, U3, date="2023-10-10"),
        event("SUPPORT", UNGA, CHN_GOV_U, U4, date="2023-10-10"),
        event("SUPPORT", UNGA, JPN_GOV, U4, date="2023-10-10"),
        event("SUPPORT", UNGA, IDN_GOV, U4, date="2023-10-10"),
        event("SUPPORT", UNGA, KWT_GOV, U4, date="2023-10-10"),
        event("SANCTION", UNGA, RUS_GOV, U5),
        event("REQUEST", THOMAS_GREENFIELD, UNGA, U7),
        event("ACCUSE", THOMAS_GREENFIELD, RUS_GOV, U8, mode="allege"),
        event("SUPPORT", KULEBA, UNGA, U9),
        event("ACCUSE", KULEBA, RUS_GOV, U10, mode="disapprove"),
        event("ACCUSE", POLYANSKIY, USA_GOV_U, U11, mode="allege"),
        event("ACCUSE", HRW, CHN_GOV_U, U12, mode="disapprove"),
        event("ACCUSE", CHARBONNEAU, CHN_GOV_U, U13, mode="allege"),
    ],
    "quotes": [
        quote("gegen Russland zu stimmen", "Linda Thomas-Greenfield", "indirect"),
        quote("Ein Land, das Kriegsverbrechen begehe, dürfe nicht über Menschenrechte urteilen",
              "Linda Thomas-Greenfield", "indirect"),
        quote("Russland hat keinen Platz in einem Gremium, das die Menschenrechte schützen soll", "Dmytro Kuleba",
              "direct"),
        quote("beispiellosen Druck", "Dmitry Polyanskiy", "direct"),
        quote("kleinere Staaten unter „beispiellosen Druck“ gesetzt zu haben", "Dmitry Polyanskiy", "indirect"),
        quote("Die Regierungen haben einem Staat einen Sitz gegeben, der für Verbrechen gegen die Menschlichkeit "
              "verantwortlich ist", "Louis Charbonneau", "direct"),
        quote("Die Wahl zeige das Vertrauen der internationalen Gemeinschaft in Chinas Menschenrechtspolitik",
              "Mao Ning", "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["New York"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["Die UN-Vollversammlung", "Die Vollversammlung"]),
        entity("Government of Russia", "ORG", "RUS", ["Russland", "Moskau"]),
        entity("United Nations Human Rights Council", "ORG", "UNO",
               ["den Menschenrechtsrat", "dem Gremium", "Der Rat mit Sitz in Genf", "einem Gremium"]),
        entity("Government of Bulgaria", "ORG", "BGR", ["Bulgarien"]),
        entity("Government of Albania", "ORG", "ALB", ["Albanien"]),
        entity("Government of China", "ORG", "CHN", ["China", "Chinas", "einem Staat"]),
        entity("Government of Japan", "ORG", "JPN", ["Japan"]),
        entity("Government of Indonesia", "ORG", "IDN", ["Indonesien"]),
        entity("Government of Kuwait", "ORG", "KWT", ["Kuwait"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("United Nations", "ORG", "UNO", ["den Vereinten Nationen"]),
        entity("Linda Thomas-Greenfield", "PER", "USA",
               ["Die US-Botschafterin bei den Vereinten Nationen, Linda Thomas-Greenfield", "sie"]),
        entity("Dmytro Kuleba", "PER", "UKR", ["Der ukrainische Außenminister Dmytro Kuleba", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Dmitry Polyanskiy", "PER", "RUS", ["Der stellvertretende russische UN-Botschafter Dmitri Poljanski"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Die Organisation Human Rights Watch", "HRW"]),
        entity("Uyghurs", "MISC", "CHN", ["der Uiguren"]),
        entity("Xinjiang", "LOC", "CHN", ["der Region Xinjiang"]),
        entity("Louis Charbonneau", "PER", "NGO", ["HRW-Direktor Louis Charbonneau"]),
        entity("Mao Ning", "PER", "CHN", ["Chinas Außenamtssprecherin Mao Ning", "sie"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
    ],
}

# ---------------------------------------------------------------- hm439-de-04 (Malaysia/Spain, Sulu arbitrator)
MAD_COURT = actor("Criminal Court of Madrid", "ESP", "JUD")
STAMPA = actor("Gonzalo Stampa", "ESP", "JUD")
MYS_GOV = actor("Government of Malaysia", "MYS", "GOV")
SULU_HEIRS = actor("heirs of the Sultan of Sulu", "PHL", "CVL")
AZALINA = actor("Azalina Othman Said", "MYS", "GOV")
COHEN = actor("Paul Cohen", "GBR", "CVL")
PETRONAS = actor("Petronas", "MYS", "BUS")
PARIS_CA = actor("Paris Court of Appeal", "FRA", "JUD")
HAGUE_COURT = actor("Hague Court of Appeal", "NLD", "JUD")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")

T1 = ("Kuala Lumpur (dpa) - Im Milliardenstreit um die Erben des letzten Sultans von Sulu hat ein Gericht in Madrid "
      "den spanischen Schiedsrichter Gonzalo Stampa zu sechs Monaten Haft und einem einjährigen Berufsverbot "
      "verurteilt.")
T2 = ("Stampa habe sich einer Anordnung des Obersten Gerichts der Region Madrid widersetzt, als er das "
      "Schiedsverfahren gegen Malaysia nach Paris verlegt habe, befand das Strafgericht am Dienstag.")
T3 = "Die Haftstrafe muss der Jurist nach spanischem Recht voraussichtlich nicht antreten."
T4 = ("Stampa hatte Malaysia 2022 verpflichtet, den Nachfahren des Sultans fast 15 Milliarden US-Dollar zu "
      "zahlen.")
T5 = ("Die Erben berufen sich auf einen Vertrag aus dem Jahr 1878 über Gebiete im heutigen malaysischen Bundesstaat "
      "Sabah auf Borneo.")
T6 = "Malaysia hatte die jährlichen Zahlungen an sie 2013 eingestellt."
T7 = "Justizministerin Azalina Othman Said begrüßte das Urteil."
T8 = ("„Das bestätigt, was Malaysia von Anfang an gesagt hat: Das Verfahren war illegal“, sagte sie in "
      "Putrajaya.")
T9 = ("Die Regierung werde weiterhin alle rechtlichen Mittel nutzen, um das Vermögen des Landes zu schützen, fügte "
      "die Ministerin hinzu.")
T10 = ("Der Anwalt der Erben, Paul Cohen, sprach dagegen von einem „politisch motivierten“ Urteil und warf Malaysia "
       "vor, die Justiz für seine Zwecke einzuspannen.")
T11 = ("Die Erben hatten 2022 in Luxemburg Vermögenswerte zweier Tochterfirmen des staatlichen Ölkonzerns Petronas "
       "beschlagnahmen lassen.")
T12 = "Ein Pariser Berufungsgericht hob den Schiedsspruch im Juni vergangenen Jahres auf."
T13 = "Auch ein Gericht in Den Haag lehnte es ab, die Forderung in den Niederlanden zu vollstrecken."
T14 = ("Ministerpräsident Anwar Ibrahim hatte die Ansprüche der Erben als Angriff auf die Souveränität Malaysias "
       "bezeichnet.")
T15 = "Laut malaysischen Medien wurde das Verfahren der Erben von einem britischen Investmentfonds finanziert."
T16 = "Das frühere Sultanat lag auf dem Gebiet der heutigen Philippinen."

DE04 = {
    "id": "hm439-de-04", "lang": "de", "url": None, "published": "2024-01-10",
    "title": "Sulu-Streit: Spanisches Gericht verurteilt Schiedsrichter zu Haftstrafe",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9, T10], [T11, T12, T13, T14], [T15, T16]),
    "events": [
        event("SANCTION", MAD_COURT, STAMPA, T1, mode="convict", date="2024-01-09", location="Madrid",
              location_country="ESP"),
        event("SANCTION", STAMPA, MYS_GOV, T4),
        event("SANCTION", MYS_GOV, SULU_HEIRS, T6, mode="discontinue"),
        event("SUPPORT", AZALINA, MAD_COURT, T7),
        event("ACCUSE", AZALINA, STAMPA, T8, mode="disapprove", location="Putrajaya", location_country="MYS"),
        event("ACCUSE", COHEN, MAD_COURT, T10, mode="disapprove"),
        event("ACCUSE", COHEN, MYS_GOV, T10, mode="allege"),
        event("COERCE", SULU_HEIRS, PETRONAS, T11, mode="seize", location="Luxembourg", location_country="LUX"),
        event("REJECT", PARIS_CA, SULU_HEIRS, T12),
        event("REJECT", HAGUE_COURT, SULU_HEIRS, T13),
        event("ACCUSE", ANWAR, SULU_HEIRS, T14, mode="disapprove"),
    ],
    "quotes": [
        quote("Stampa habe sich einer Anordnung des Obersten Gerichts der Region Madrid widersetzt, als er das "
              "Schiedsverfahren gegen Malaysia nach Paris verlegt habe", "Criminal Court of Madrid", "indirect"),
        quote("Das bestätigt, was Malaysia von Anfang an gesagt hat: Das Verfahren war illegal", "Azalina Othman Said",
              "direct"),
        quote("Die Regierung werde weiterhin alle rechtlichen Mittel nutzen, um das Vermögen des Landes zu schützen",
              "Azalina Othman Said", "indirect"),
        quote("politisch motivierten", "Paul Cohen", "direct"),
        quote("die Justiz für seine Zwecke einzuspannen", "Paul Cohen", "indirect"),
        quote("wurde das Verfahren der Erben von einem britischen Investmentfonds finanziert", "Malaysian media",
              "indirect"),
    ],
    "entities": [
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("heirs of the Sultan of Sulu", "PER", "PHL",
               ["die Erben des letzten Sultans von Sulu", "den Nachfahren des Sultans", "Die Erben", "sie",
                "der Erben"]),
        entity("Sultanate of Sulu", "LOC", "PHL", ["Das frühere Sultanat"]),
        entity("Criminal Court of Madrid", "ORG", "ESP", ["ein Gericht in Madrid", "das Strafgericht"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Gonzalo Stampa", "PER", "ESP", ["den spanischen Schiedsrichter Gonzalo Stampa", "Stampa", "er",
                                                "der Jurist"]),
        entity("High Court of Justice of Madrid", "ORG", "ESP", ["des Obersten Gerichts der Region Madrid"]),
        entity("Government of Malaysia", "ORG", "MYS", ["Malaysia", "Die Regierung"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysia", "des Landes", "Malaysias"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Sabah", "LOC", "MYS", ["Bundesstaat Sabah"]),
        entity("Borneo", "LOC", "MYS", ["Borneo"]),
        entity("Azalina Othman Said", "PER", "MYS", ["Justizministerin Azalina Othman Said", "sie", "die Ministerin"]),
        entity("Putrajaya", "LOC", "MYS", ["Putrajaya"]),
        entity("Paul Cohen", "PER", "GBR", ["Der Anwalt der Erben, Paul Cohen"]),
        entity("Luxembourg", "LOC", "LUX", ["Luxemburg"]),
        entity("Petronas", "ORG", "MYS", ["des staatlichen Ölkonzerns Petronas"]),
        entity("Paris Court of Appeal", "ORG", "FRA", ["Ein Pariser Berufungsgericht"]),
        entity("Hague Court of Appeal", "ORG", "NLD", ["ein Gericht in Den Haag"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Netherlands", "LOC", "NLD", ["den Niederlanden"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Ministerpräsident Anwar Ibrahim"]),
        entity("Malaysian media", "ORG", "MYS", ["malaysischen Medien"]),
        entity("Therium Capital Management", "ORG", "GBR", ["einem britischen Investmentfonds"]),
        entity("Philippines", "LOC", "PHL", ["der heutigen Philippinen"]),
    ],
}

# ---------------------------------------------------------------- hm439-en-01 (Bangladesh, Yunus convicted)
BGD_LABOUR_COURT = actor("Third Labour Court of Dhaka", "BGD", "JUD")
YUNUS = actor("Muhammad Yunus", "BGD", "CVL")
MERINA = actor("Sheikh Merina Sultana", "BGD", "JUD")
GT_EXECS = actor("Grameen Telecom executives", "BGD", "BUS")
AL_MAMUN = actor("Abdullah Al Mamun", "BGD", "CVL")
DIFE = actor("Department of Inspection for Factories and Establishments", "BGD", "GOV")
GRAMEEN_TELECOM = actor("Grameen Telecom", "BGD", "BUS")
BGD_ACC = actor("Anti-Corruption Commission of Bangladesh", "BGD", "GOV")
HASINA = actor("Sheikh Hasina", "BGD", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
BGD_GOV = actor("Government of Bangladesh", "BGD", "GOV")
OBAMA = actor("Barack Obama", "USA", "CVL")
BAN = actor("Ban Ki-moon", "KOR", "CVL")
US_EMB_BGD = actor("Embassy of the United States in Dhaka", "USA", "GOV")
BNP = actor("Bangladesh Nationalist Party", "BGD", "OPP")

Y1 = ("DHAKA, Bangladesh (AP) — A Bangladesh labor court on Monday sentenced Nobel Peace Prize laureate Muhammad "
      "Yunus to six months in jail for violating labor laws.")
Y2 = ("Judge Sheikh Merina Sultana also convicted three colleagues of Yunus at Grameen Telecom, a company he "
      "founded, of failing to set up a welfare fund for workers.")
Y3 = "None of the four was taken into custody."
Y4 = ("Yunus' lawyer, Abdullah Al Mamun, said the verdict was \"unprecedented\" and that the case should never have "
      "been brought to court.")
Y5 = "\"I am being punished for a crime I did not commit,\" Yunus, 83, told reporters outside the courtroom."
Y6 = ("The case was filed in 2021 by the government's Department of Inspection for Factories and Establishments, "
      "which accused Grameen Telecom of breaching labor rules.")
Y7 = ("Yunus also faces more than 150 other cases, including graft charges brought by the Anti-Corruption "
      "Commission.")
Y8 = "Prime Minister Sheikh Hasina has repeatedly attacked him, once calling him a \"bloodsucker\" of the poor."
Y9 = ("Amnesty International called the verdict \"a travesty of justice\" and demanded that the authorities end "
      "their harassment of Yunus.")
Y10 = ("In August, former U.S. President Barack Obama and former U.N. Secretary-General Ban Ki-moon were among more "
       "than 170 global figures who signed an open letter urging Hasina to suspend the proceedings.")
Y11 = "Hasina rejected the appeal, saying the country's courts were independent."
Y12 = ("The U.S. Embassy in Dhaka said it was concerned about the \"apparent misuse\" of labor laws against "
       "Yunus.")
Y13 = ("The verdict comes six days before a general election that the main opposition Bangladesh Nationalist Party "
       "is boycotting.")
Y14 = ("According to the BNP, more than 20,000 of its supporters have been arrested since a rally in Dhaka turned "
       "violent on Oct. 28.")
Y15 = ("Yunus and Grameen Bank, which he founded to lend small sums to poor women, shared the Nobel Peace Prize in "
       "2006.")

EN01 = {
    "id": "hm439-en-01", "lang": "en", "url": None, "published": "2024-01-01",
    "title": "Bangladesh court sentences Nobel laureate Muhammad Yunus to 6 months in jail",
    "text": paragraphs([Y1, Y2, Y3], [Y4, Y5, Y6], [Y7, Y8, Y9], [Y10, Y11, Y12], [Y13, Y14, Y15]),
    "events": [
        event("SANCTION", BGD_LABOUR_COURT, YUNUS, Y1, mode="convict", date="2024-01-01", location="Dhaka",
              location_country="BGD"),
        event("SANCTION", MERINA, GT_EXECS, Y2, mode="convict", date="2024-01-01"),
        event("COERCE", BGD_LABOUR_COURT, YUNUS, Y3, mode="arrest", negated=True),
        event("COERCE", BGD_LABOUR_COURT, GT_EXECS, Y3, mode="arrest", negated=True),
        event("ACCUSE", AL_MAMUN, BGD_LABOUR_COURT, Y4, mode="disapprove"),
        event("ACCUSE", DIFE, GRAMEEN_TELECOM, Y6, mode="allege"),
        event("ACCUSE", BGD_ACC, YUNUS, Y7, mode="allege"),
        event("ACCUSE", HASINA, YUNUS, Y8, mode="disapprove"),
        event("ACCUSE", AMNESTY, BGD_LABOUR_COURT, Y9, mode="disapprove"),
        event("REQUEST", AMNESTY, BGD_GOV, Y9, mode="change"),
        event("REQUEST", OBAMA, HASINA, Y10, mode="change"),
        event("REQUEST", BAN, HASINA, Y10, mode="change"),
        event("REJECT", HASINA, OBAMA, Y11, mode="change"),
        event("REJECT", HASINA, BAN, Y11, mode="change"),
        event("ACCUSE", US_EMB_BGD, BGD_GOV, Y12, mode="disapprove"),
        event("PROTEST", BNP, BGD_GOV, Y13, mode="boycott"),
        event("ACCUSE", BNP, BGD_GOV, Y14, mode="allege"),
    ],
    "quotes": [
        quote("unprecedented", "Abdullah Al Mamun", "direct"),
        quote("the verdict was \"unprecedented\" and that the case should never have been brought to court",
              "Abdullah Al Mamun", "indirect"),
        quote("I am being punished for a crime I did not commit", "Muhammad Yunus", "direct"),
        quote("bloodsucker", "Sheikh Hasina", "direct"),
        quote("a travesty of justice", "Amnesty International", "direct"),
        quote("the authorities end their harassment of Yunus", "Amnesty International", "indirect"),
        quote("the country's courts were independent", "Sheikh Hasina", "indirect"),
        quote("apparent misuse", "Embassy of the United States in Dhaka", "direct"),
        quote("it was concerned about the \"apparent misuse\" of labor laws against Yunus",
              "Embassy of the United States in Dhaka", "indirect"),
        quote("more than 20,000 of its supporters have been arrested since a rally in Dhaka turned violent on "
              "Oct. 28", "Bangladesh Nationalist Party", "indirect"),
    ],
    "entities": [
        entity("Dhaka", "LOC", "BGD", ["DHAKA", "Dhaka"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesh", "the country's"]),
        entity("Third Labour Court of Dhaka", "ORG", "BGD", ["A Bangladesh labor court"]),
        entity("Nobel Peace Prize", "MISC", "NOR", ["Nobel Peace Prize"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Nobel Peace Prize laureate Muhammad Yunus", "Yunus", "he",
                                                "Yunus'", "I", "him"]),
        entity("Sheikh Merina Sultana", "PER", "BGD", ["Judge Sheikh Merina Sultana"]),
        entity("Grameen Telecom executives", "PER", "BGD", ["three colleagues of Yunus at Grameen Telecom"]),
        entity("Grameen Telecom", "ORG", "BGD", ["Grameen Telecom", "a company he founded"]),
        entity("Abdullah Al Mamun", "PER", "BGD", ["Yunus' lawyer, Abdullah Al Mamun"]),
        entity("Department of Inspection for Factories and Establishments", "ORG", "BGD",
               ["the government's Department of Inspection for Factories and Establishments"]),
        entity("Anti-Corruption Commission of Bangladesh", "ORG", "BGD", ["the Anti-Corruption Commission"]),
        entity("Sheikh Hasina", "PER", "BGD", ["Prime Minister Sheikh Hasina", "Hasina"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Bangladesh", "ORG", "BGD", ["the authorities", "the government's"]),
        entity("Barack Obama", "PER", "USA", ["former U.S. President Barack Obama"]),
        entity("Ban Ki-moon", "PER", "KOR", ["former U.N. Secretary-General Ban Ki-moon"]),
        entity("Embassy of the United States in Dhaka", "ORG", "USA", ["The U.S. Embassy in Dhaka", "it"]),
        entity("Bangladesh Nationalist Party", "ORG", "BGD", ["the main opposition Bangladesh Nationalist Party",
                                                              "the BNP", "its"]),
        entity("Grameen Bank", "ORG", "BGD", ["Grameen Bank"]),
    ],
}

# ---------------------------------------------------------------- hm439-en-02 (Kazakhstan, SCO summit)
BLR_GOV = actor("Government of Belarus", "BLR", "GOV")
SCO = actor("Shanghai Cooperation Organization", "IGO", "IGO")
XI = actor("Xi Jinping", "CHN", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
MODI = actor("Narendra Modi", "IND", "GOV")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
IND_GOV_E = actor("Government of India", "IND", "GOV")
US_OFFICIALS = actor("United States officials", "USA", "GOV")
CHN_GOV_E = actor("Government of China", "CHN", "GOV")
RAHMON = actor("Emomali Rahmon", "TJK", "GOV")

S1 = ("ASTANA, Kazakhstan (AP) — Belarus became the 10th member of the Shanghai Cooperation Organization on Thursday "
      "at a summit in Kazakhstan's capital, where Chinese President Xi Jinping urged the China- and Russia-led bloc "
      "to stand up to outside interference.")
S2 = ("Belarusian President Alexander Lukashenko called the admission \"a historic day\" for his country, which has "
      "faced Western sanctions since a disputed election in 2020.")
S3 = ("In his speech, Xi told the leaders to \"jointly resist external interference\" and warned against a \"Cold "
      "War mentality\" in the region.")
S4 = ("Russian President Vladimir Putin, who held talks with Xi on the sidelines on Wednesday, said relations "
      "between Moscow and Beijing were at their best in history.")
S5 = ("Putin also met Turkish President Recep Tayyip Erdogan, who attended as a guest of the host and offered him "
      "Turkey's help in negotiating an end to the war in Ukraine.")
S6 = ("Putin repeated his demand that Ukraine pull its troops out of four regions that Moscow claims as its own "
      "before any cease-fire talks can begin.")
S7 = "Kyiv has rejected the demand as an ultimatum."
S8 = ("U.N. Secretary-General António Guterres, who addressed the summit, urged the members to use their influence "
      "to help end the wars in Ukraine and Gaza.")
S9 = ("India was represented by Foreign Minister Subrahmanyam Jaishankar, who read out a speech by Prime Minister "
      "Narendra Modi.")
S10 = ("In it, Modi called on the bloc to isolate countries that shelter terrorists, an apparent reference to "
       "neighboring Pakistan.")
S11 = ("Pakistani Prime Minister Shehbaz Sharif, who attended in person, accused India of \"state terrorism\" in "
       "Kashmir in his own address.")
S12 = "In their Astana Declaration, the leaders called for an immediate and lasting cease-fire in Gaza."
S13 = ("Kazakh President Kassym-Jomart Tokayev, the host, said the organization was not directed against any other "
       "country.")
S14 = ("U.S. officials have accused China of supplying Russia with machine tools and electronics used to make "
       "weapons, a charge Beijing denies.")
S15 = "Xi was due to travel on to Tajikistan on Friday for a state visit hosted by President Emomali Rahmon."

EN02 = {
    "id": "hm439-en-02", "lang": "en", "url": None, "published": "2024-07-04",
    "title": "Belarus joins China- and Russia-led security bloc at summit in Kazakhstan",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10, S11], [S12, S13, S14, S15]),
    "events": [
        event("COOPERATE", BLR_GOV, SCO, S1, date="2024-07-04", location="Astana", location_country="KAZ"),
        event("REQUEST", XI, SCO, S1, date="2024-07-04", location="Astana", location_country="KAZ"),
        event("REQUEST", XI, SCO, S3),
        event("CONSULT", PUTIN, XI, S4, mode="meet", date="2024-07-03", location="Astana", location_country="KAZ"),
        event("CONSULT", PUTIN, ERDOGAN, S5, mode="meet", location="Astana", location_country="KAZ"),
        event("AGREE", ERDOGAN, PUTIN, S5),
        event("REQUEST", PUTIN, UKR_GOV, S6, mode="yield"),
        event("REJECT", UKR_GOV, PUTIN, S7, mode="yield"),
        event("REQUEST", GUTERRES, SCO, S8),
        event("REQUEST", MODI, SCO, S10),
        event("ACCUSE", MODI, PAK_GOV, S10, mode="allege"),
        event("ACCUSE", SHARIF, IND_GOV_E, S11, mode="allege"),
        event("REQUEST", SCO, None, S12),
        event("ACCUSE", US_OFFICIALS, CHN_GOV_E, S14, mode="allege"),
        event("AGREE", XI, RAHMON, S15, mode="meet"),
    ],
    "quotes": [
        quote("a historic day", "Alexander Lukashenko", "direct"),
        quote("jointly resist external interference", "Xi Jinping", "direct"),
        quote("Cold War mentality", "Xi Jinping", "direct"),
        quote("relations between Moscow and Beijing were at their best in history", "Vladimir Putin", "indirect"),
        quote("Ukraine pull its troops out of four regions that Moscow claims as its own before any cease-fire "
              "talks can begin", "Vladimir Putin", "indirect"),
        quote("to use their influence to help end the wars in Ukraine and Gaza", "António Guterres", "indirect"),
        quote("to isolate countries that shelter terrorists", "Narendra Modi", "indirect"),
        quote("state terrorism", "Shehbaz Sharif", "direct"),
        quote("the organization was not directed against any other country", "Kassym-Jomart Tokayev", "indirect"),
    ],
    "entities": [
        entity("Astana", "LOC", "KAZ", ["ASTANA", "Kazakhstan's capital"]),
        entity("Kazakhstan", "LOC", "KAZ", ["Kazakhstan"]),
        entity("Government of Belarus", "ORG", "BLR", ["Belarus"]),
        entity("Belarus", "LOC", "BLR", ["his country"]),
        entity("Shanghai Cooperation Organization", "ORG", "IGO",
               ["the Shanghai Cooperation Organization", "the China- and Russia-led bloc", "the bloc",
                "the organization"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese President Xi Jinping", "Xi", "his"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["Belarusian President Alexander Lukashenko", "his"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin", "Putin", "him", "his"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("Government of China", "ORG", "CHN", ["Beijing", "China"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Turkish President Recep Tayyip Erdogan"]),
        entity("Turkey", "LOC", "TUR", ["Turkey's"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Ukraine", "Kyiv"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General António Guterres"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Subrahmanyam Jaishankar", "PER", "IND", ["Foreign Minister Subrahmanyam Jaishankar"]),
        entity("Narendra Modi", "PER", "IND", ["Prime Minister Narendra Modi", "Modi"]),
        entity("Government of Pakistan", "ORG", "PAK", ["neighboring Pakistan"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Pakistani Prime Minister Shehbaz Sharif", "his"]),
        entity("Government of India", "ORG", "IND", ["India"]),
        entity("Kashmir", "LOC", "IND", ["Kashmir"]),
        entity("Astana Declaration", "MISC", "IGO", ["Astana Declaration"]),
        entity("Kassym-Jomart Tokayev", "PER", "KAZ", ["Kazakh President Kassym-Jomart Tokayev", "the host"]),
        entity("United States officials", "PER", "USA", ["U.S. officials"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Tajikistan", "LOC", "TJK", ["Tajikistan"]),
        entity("Emomali Rahmon", "PER", "TJK", ["President Emomali Rahmon"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
