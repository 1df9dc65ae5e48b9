"""Round 350: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm350-de-01: Croatia/Montenegro: Zagreb declares Montenegro's parliament speaker Andrija Mandić and MP Milan Knežević persona non grata over the Jasenovac resolution; Grlić Radman accuses them, Plenković threatens to block Montenegro's EU talks, Mandić accuses Zagreb, Podgorica summons the Croatian ambassador, Spajić offers talks, Vučić backs Mandić, the Commission urges dialogue (2024-07-04).
- hm350-de-02: Greece/Turkey: Athens creates marine parks in the Ionian Sea and the southern Cyclades; Turkey's foreign ministry accuses Athens, refuses to recognise them and demands talks, Fidan threatens, two frigates sent, Gerapetritis refuses talks and offers The Hague, ambassador summoned over airspace violations, the Commission backs Greece, WWF welcomes it (2025-07-16).
- hm350-de-03: Poland: the Sejm lifts former justice minister Zbigniew Ziobro's immunity over the Justice Fund; prosecutors charge him and seek custody, Ziobro in Budapest accuses Tusk and refuses to return, Żurek threatens a European arrest warrant, Tusk presses Hungary, Gulyás rules out extradition, PiS walkout, Kaczyński and Nawrocki object (2025-11-07).
- hm350-de-04: EU summit in Brussels: Belgium's De Wever blocks the reparations loan from frozen Russian central bank assets and demands guarantees; leaders pledge to cover Ukraine's needs and task the Commission, Zelensky attends and urges, Merz presses Belgium, Orbán refuses aid, Zakharova threatens retaliation (2025-10-24).
- hm350-en-01: Serbia/Kosovo: Serbian police detain Kosovo police officer Dejan Peric at Jarinje and a Kraljevo court remands him; Kurti calls it hostage-taking and demands his release, Svecla threatens entry bans and asks the EU to intervene, Kosovo police suspend cooperation, Petkovic accuses Kosovo police, Hipper and the US embassy appeal (2025-05-21).
- hm350-en-02: United Kingdom/Russia: the Dawn Sturgess inquiry finds Putin must have authorised the Salisbury Novichok attack; Cooper sanctions the GRU and eight officers and summons Kelin, Starmer condemns, the Russian embassy and Zakharova hit back, extradition refused, the family welcomes the findings and blames police (2025-12-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm350-de-01 (Croatia/Montenegro, Jasenovac resolution)
HRV_GOV = actor("Government of Croatia", "HRV", "GOV")
HRV_MFA = actor("Ministry of Foreign and European Affairs of Croatia", "HRV", "GOV")
MANDIC = actor("Andrija Mandić", "MNE", "LEG")
KNEZEVIC = actor("Milan Knežević", "MNE", "PTY")
GRLIC_RADMAN = actor("Gordan Grlić Radman", "HRV", "GOV")
PLENKOVIC = actor("Andrej Plenković", "HRV", "GOV")
MNE_GOV = actor("Government of Montenegro", "MNE", "GOV")
MNE_MFA = actor("Ministry of Foreign Affairs of Montenegro", "MNE", "GOV")
SPAJIC = actor("Milojko Spajić", "MNE", "GOV")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")

B1 = ("Zagreb/Podgorica (dpa) - Im Streit über eine Resolution des montenegrinischen Parlaments zum früheren "
      "Ustascha-Lager Jasenovac hat Kroatien Montenegros Parlamentspräsidenten Andrija Mandić und den Abgeordneten "
      "Milan Knežević zu unerwünschten Personen erklärt.")
B2 = ("Beiden Politikern sei die Einreise nach Kroatien ab sofort untersagt, teilte das Außenministerium in Zagreb am "
      "Donnerstag mit.")
B3 = ("Die Entscheidung richte sich nicht gegen das montenegrinische Volk, sondern gegen Politiker, die das Verhältnis "
      "der beiden Nachbarn bewusst vergifteten, hieß es in der Erklärung.")
B4 = ("Das Parlament in Podgorica hatte Ende Juni eine Resolution zum Gedenken an die Opfer des Völkermords in den "
      "Lagern Jasenovac, Dachau und Mauthausen verabschiedet.")
B5 = ("Mandić und Knežević, beide Politiker des serbisch-nationalistischen Bündnisses Für die Zukunft Montenegros, "
      "hatten den Text maßgeblich vorangetrieben.")
B6 = ("Außenminister Gordan Grlić Radman warf den beiden vor, die Erinnerung an die Opfer für eine großserbische "
      "Politik zu missbrauchen.")
B7 = ("„Wer die Geschichte als Waffe gegen einen Nachbarn und EU-Partner einsetzt, ist in Kroatien nicht "
      "willkommen“, sagte er vor Journalisten in Zagreb.")
B8 = ("Ministerpräsident Andrej Plenković drohte zudem, Montenegros Fortschritte in den EU-Beitrittsverhandlungen zu "
      "blockieren, sollte Podgorica die Resolution nicht zurücknehmen.")
B9 = "Mandić sprach von einer „beispiellosen Provokation“ eines EU-Mitglieds gegen einen Beitrittskandidaten."
B10 = ("Kroatien wolle offenbar verhindern, dass über die Verbrechen des Ustascha-Regimes offen gesprochen werde, "
       "sagte der 59-Jährige im Parlament in Podgorica.")
B11 = "Er werde auch künftig nach Jasenovac reisen, um der ermordeten Serben, Juden und Roma zu gedenken."
B12 = ("Das montenegrinische Außenministerium bestellte den kroatischen Botschafter ein und überreichte ihm eine "
       "Protestnote.")
B13 = ("Regierungschef Milojko Spajić schlug dagegen versöhnliche Töne an und bot Plenković ein Treffen an, um den "
       "Streit beizulegen.")
B14 = "„Wir wollen keinen Konflikt mit Kroatien, wir wollen in die Europäische Union“, sagte Spajić."
B15 = ("Serbiens Präsident Aleksandar Vučić stellte sich hinter Mandić und nannte das Einreiseverbot eine „Schande "
       "für Europa“.")
B16 = "Die EU-Kommission rief beide Länder auf, den Streit im Dialog zu lösen."
B17 = ("Montenegro gilt als Spitzenreiter unter den Beitrittskandidaten auf dem Westbalkan und strebt einen "
       "EU-Beitritt bis 2028 an.")

DE01 = {
    "id": "hm350-de-01", "lang": "de", "url": None, "published": "2024-07-04",
    "title": "Kroatien erklärt montenegrinische Politiker zu unerwünschten Personen",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8], [B9, B10, B11, B12, B13, B14], [B15, B16, B17]),
    "events": [
        event("SANCTION", HRV_GOV, MANDIC, B1, mode="expel"),
        event("SANCTION", HRV_GOV, KNEZEVIC, B1, mode="expel"),
        event("SANCTION", HRV_MFA, MANDIC, B2, mode="expel", date="2024-07-04"),
        event("SANCTION", HRV_MFA, KNEZEVIC, B2, mode="expel", date="2024-07-04"),
        event("ACCUSE", HRV_MFA, MANDIC, B3, mode="disapprove"),
        event("ACCUSE", HRV_MFA, KNEZEVIC, B3, mode="disapprove"),
        event("ACCUSE", GRLIC_RADMAN, MANDIC, B6, mode="allege"),
        event("ACCUSE", GRLIC_RADMAN, KNEZEVIC, B6, mode="allege"),
        event("ACCUSE", GRLIC_RADMAN, MANDIC, B7, mode="disapprove", location="Zagreb", location_country="HRV"),
        event("ACCUSE", GRLIC_RADMAN, KNEZEVIC, B7, mode="disapprove", location="Zagreb", location_country="HRV"),
        event("THREATEN", PLENKOVIC, MNE_GOV, B8, mode="relations"),
        event("ACCUSE", MANDIC, HRV_GOV, B9, mode="disapprove"),
        event("ACCUSE", MANDIC, HRV_GOV, B10, mode="allege", location="Podgorica", location_country="MNE"),
        event("ACCUSE", MNE_MFA, HRV_GOV, B12, mode="disapprove"),
        event("AGREE", SPAJIC, PLENKOVIC, B13),
        event("SUPPORT", VUCIC, MANDIC, B15),
        event("ACCUSE", VUCIC, HRV_GOV, B15, mode="disapprove"),
        event("REQUEST", EU_COMMISSION, HRV_GOV, B16, mode="meet"),
        event("REQUEST", EU_COMMISSION, MNE_GOV, B16, mode="meet"),
    ],
    "quotes": [
        quote("Beiden Politikern sei die Einreise nach Kroatien ab sofort untersagt",
              "Ministry of Foreign and European Affairs of Croatia", "indirect"),
        quote("Die Entscheidung richte sich nicht gegen das montenegrinische Volk, sondern gegen Politiker, die das "
              "Verhältnis der beiden Nachbarn bewusst vergifteten",
              "Ministry of Foreign and European Affairs of Croatia", "indirect"),
        quote("die Erinnerung an die Opfer für eine großserbische Politik zu missbrauchen", "Gordan Grlić Radman",
              "indirect"),
        quote("Wer die Geschichte als Waffe gegen einen Nachbarn und EU-Partner einsetzt, ist in Kroatien nicht "
              "willkommen", "Gordan Grlić Radman", "direct"),
        quote("beispiellosen Provokation", "Andrija Mandić", "direct"),
        quote("Kroatien wolle offenbar verhindern, dass über die Verbrechen des Ustascha-Regimes offen gesprochen werde",
              "Andrija Mandić", "indirect"),
        quote("Er werde auch künftig nach Jasenovac reisen, um der ermordeten Serben, Juden und Roma zu gedenken",
              "Andrija Mandić", "indirect"),
        quote("Wir wollen keinen Konflikt mit Kroatien, wir wollen in die Europäische Union", "Milojko Spajić",
              "direct"),
        quote("Schande für Europa", "Aleksandar Vučić", "direct"),
    ],
    "entities": [
        entity("Zagreb", "LOC", "HRV", ["Zagreb"]),
        entity("Podgorica", "LOC", "MNE", ["Podgorica"]),
        entity("Parliament of Montenegro", "ORG", "MNE", ["des montenegrinischen Parlaments",
                                                          "Das Parlament in Podgorica", "im Parlament in Podgorica"]),
        entity("Jasenovac concentration camp", "LOC", "HRV", ["früheren Ustascha-Lager Jasenovac", "Jasenovac"]),
        entity("Croatia", "LOC", "HRV", ["Kroatien"]),
        entity("Montenegro", "LOC", "MNE", ["Montenegros", "Montenegro"]),
        entity("Andrija Mandić", "PER", "MNE", ["Montenegros Parlamentspräsidenten Andrija Mandić", "Mandić",
                                                "der 59-Jährige", "Er"]),
        entity("Milan Knežević", "PER", "MNE", ["den Abgeordneten Milan Knežević", "Knežević"]),
        entity("Ministry of Foreign and European Affairs of Croatia", "ORG", "HRV", ["das Außenministerium in Zagreb"]),
        entity("Dachau concentration camp", "LOC", "DEU", ["Dachau"]),
        entity("Mauthausen concentration camp", "LOC", "AUT", ["Mauthausen"]),
        entity("For the Future of Montenegro", "ORG", "MNE", ["des serbisch-nationalistischen Bündnisses Für die "
                                                              "Zukunft Montenegros"]),
        entity("Gordan Grlić Radman", "PER", "HRV", ["Außenminister Gordan Grlić Radman"]),
        entity("Andrej Plenković", "PER", "HRV", ["Ministerpräsident Andrej Plenković", "Plenković"]),
        entity("Ustaše regime", "ORG", "HRV", ["des Ustascha-Regimes"]),
        entity("Ministry of Foreign Affairs of Montenegro", "ORG", "MNE", ["Das montenegrinische Außenministerium"]),
        entity("Ambassador of Croatia to Montenegro", "PER", "HRV", ["den kroatischen Botschafter", "ihm"]),
        entity("Milojko Spajić", "PER", "MNE", ["Regierungschef Milojko Spajić", "Spajić"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Serbiens Präsident Aleksandar Vučić"]),
        entity("Serbia", "LOC", "SRB", ["Serbiens"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Western Balkans", "LOC", None, ["dem Westbalkan"]),
    ],
}

# ---------------------------------------------------------------- hm350-de-02 (Greece/Turkey, marine parks)
GRC_GOV = actor("Government of Greece", "GRC", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
TUR_MFA = actor("Ministry of Foreign Affairs of Turkey", "TUR", "GOV")
FIDAN = actor("Hakan Fidan", "TUR", "GOV")
TUR_NAVY = actor("Turkish Naval Forces", "TUR", "MIL")
GERAPETRITIS = actor("Giorgos Gerapetritis", "GRC", "GOV")
GRC_MFA = actor("Ministry of Foreign Affairs of Greece", "GRC", "GOV")
HNDGS = actor("Hellenic National Defence General Staff", "GRC", "MIL")
TUR_AIR_FORCE = actor("Turkish Air Force", "TUR", "MIL")
EU_COMMISSION_SPOKES = actor("spokesperson of the European Commission", "EUR", "IGO")
WWF_GREECE = actor("WWF Greece", "GRC", "NGO")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")

C1 = ("Athen (dpa) - Griechenland hat zwei große Meeresschutzgebiete in der Ägäis und im Ionischen Meer beschlossen "
      "und damit scharfen Protest der Türkei ausgelöst.")
C2 = ("Das Kabinett von Ministerpräsident Kyriakos Mitsotakis billigte am Mittwoch die Gründung eines Nationalparks "
      "im Ionischen Meer sowie eines Schutzgebiets rund um mehrere Inseln der südlichen Kykladen.")
C3 = "In beiden Gebieten soll die Schleppnetzfischerei weitgehend verboten werden."
C4 = "„Wir schützen unser Meer, und wir tun das auf der Grundlage des Völkerrechts“, sagte Mitsotakis in Athen."
C5 = ("Das türkische Außenministerium warf Athen vor, mit einseitigen Schritten in umstrittenen Gewässern vollendete "
      "Tatsachen schaffen zu wollen.")
C6 = ("Ankara werde die Grenzen der Schutzgebiete nicht anerkennen, soweit sie türkische Rechte in der Ägäis "
      "berührten, hieß es in einer Erklärung.")
C7 = ("Das Ministerium forderte Griechenland auf, die Pläne auszusetzen und Gespräche über die Abgrenzung der "
      "Seegebiete aufzunehmen.")
C8 = ("Außenminister Hakan Fidan sagte, die Türkei werde „alle notwendigen Maßnahmen“ zum Schutz ihrer Interessen "
      "ergreifen.")
C9 = ("Die türkische Marine entsandte nach Angaben des Verteidigungsministeriums in Ankara zwei Fregatten in die "
      "Ostägäis.")
C10 = "Der griechische Außenminister Giorgos Gerapetritis wies die Kritik aus Ankara zurück."
C11 = ("Schutzgebiete in griechischen Hoheitsgewässern seien ein souveränes Recht Griechenlands und kein Gegenstand "
       "von Verhandlungen, sagte er im Parlament.")
C12 = ("Zugleich bot er Ankara an, den Streit über die Abgrenzung des Festlandsockels gemeinsam vor den "
       "Internationalen Gerichtshof in Den Haag zu bringen.")
C13 = "Das Außenministerium in Athen bestellte zudem den türkischen Botschafter ein."
C14 = ("Nach Angaben des griechischen Generalstabs verletzten türkische Kampfjets am Dienstag 14 Mal den griechischen "
       "Luftraum.")
C15 = "Die EU-Kommission stellte sich hinter Griechenland."
C16 = ("Der Schutz der Meere sei ein Ziel der gesamten Union, sagte eine Sprecherin in Brüssel und rief beide Seiten "
       "zur Zurückhaltung auf.")
C17 = ("Umweltverbände wie der WWF Griechenland begrüßten die Entscheidung, forderten aber strengere Kontrollen der "
       "Fischerei.")
C18 = ("Mitsotakis und der türkische Präsident Recep Tayyip Erdoğan hatten bei einem Besuch Erdoğans in Athen im "
       "Dezember 2023 eine Phase der Entspannung eingeleitet.")

DE02 = {
    "id": "hm350-de-02", "lang": "de", "url": None, "published": "2025-07-16",
    "title": "Griechenland beschließt Meeresschutzgebiete – Türkei protestiert",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9], [C10, C11, C12, C13, C14], [C15, C16, C17, C18]),
    "events": [
        event("ACCUSE", TUR_GOV, GRC_GOV, C1, mode="disapprove"),
        event("ACCUSE", TUR_MFA, GRC_GOV, C5, mode="allege"),
        event("REJECT", TUR_MFA, GRC_GOV, C6),
        event("REQUEST", TUR_MFA, GRC_GOV, C7, mode="change"),
        event("THREATEN", FIDAN, GRC_GOV, C8),
        event("MOBILIZE", TUR_NAVY, None, C9, mode="troops"),
        event("REJECT", GERAPETRITIS, TUR_MFA, C11, mode="meet"),
        event("AGREE", GERAPETRITIS, TUR_GOV, C12),
        event("ACCUSE", GRC_MFA, TUR_GOV, C13, mode="disapprove", location="Athens", location_country="GRC"),
        event("ACCUSE", HNDGS, TUR_AIR_FORCE, C14, mode="allege", date="2025-07-15"),
        event("SUPPORT", EU_COMMISSION, GRC_GOV, C15),
        event("REQUEST", EU_COMMISSION_SPOKES, GRC_GOV, C16, location="Brussels", location_country="BEL"),
        event("REQUEST", EU_COMMISSION_SPOKES, TUR_GOV, C16, location="Brussels", location_country="BEL"),
        event("SUPPORT", WWF_GREECE, GRC_GOV, C17),
        event("REQUEST", WWF_GREECE, GRC_GOV, C17, mode="change"),
        event("CONSULT", ERDOGAN, MITSOTAKIS, C18, mode="visit", location="Athens", location_country="GRC"),
    ],
    "quotes": [
        quote("Wir schützen unser Meer, und wir tun das auf der Grundlage des Völkerrechts", "Kyriakos Mitsotakis",
              "direct"),
        quote("mit einseitigen Schritten in umstrittenen Gewässern vollendete Tatsachen schaffen zu wollen",
              "Ministry of Foreign Affairs of Turkey", "indirect"),
        quote("Ankara werde die Grenzen der Schutzgebiete nicht anerkennen, soweit sie türkische Rechte in der Ägäis "
              "berührten", "Ministry of Foreign Affairs of Turkey", "indirect"),
        quote("alle notwendigen Maßnahmen", "Hakan Fidan", "direct"),
        quote("die Türkei werde „alle notwendigen Maßnahmen“ zum Schutz ihrer Interessen ergreifen", "Hakan Fidan",
              "indirect"),
        quote("Die türkische Marine entsandte nach Angaben des Verteidigungsministeriums in Ankara zwei Fregatten in "
              "die Ostägäis", "Ministry of National Defence of Turkey", "indirect"),
        quote("Schutzgebiete in griechischen Hoheitsgewässern seien ein souveränes Recht Griechenlands und kein "
              "Gegenstand von Verhandlungen", "Giorgos Gerapetritis", "indirect"),
        quote("Nach Angaben des griechischen Generalstabs verletzten türkische Kampfjets am Dienstag 14 Mal den "
              "griechischen Luftraum", "Hellenic National Defence General Staff", "indirect"),
        quote("Der Schutz der Meere sei ein Ziel der gesamten Union", "spokesperson of the European Commission",
              "indirect"),
    ],
    "entities": [
        entity("Athens", "LOC", "GRC", ["Athen"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Greece", "LOC", "GRC", ["Griechenland", "Griechenlands"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei", "die Türkei"]),
        entity("Aegean Sea", "LOC", None, ["der Ägäis", "die Ostägäis"]),
        entity("Ionian Sea", "LOC", None, ["im Ionischen Meer"]),
        entity("Government of Greece", "ORG", "GRC", ["Das Kabinett von Ministerpräsident Kyriakos Mitsotakis"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Ministerpräsident Kyriakos Mitsotakis", "Mitsotakis"]),
        entity("Cyclades", "LOC", "GRC", ["der südlichen Kykladen"]),
        entity("Ministry of Foreign Affairs of Turkey", "ORG", "TUR", ["Das türkische Außenministerium",
                                                                       "Das Ministerium"]),
        entity("Hakan Fidan", "PER", "TUR", ["Außenminister Hakan Fidan"]),
        entity("Turkish Naval Forces", "ORG", "TUR", ["Die türkische Marine"]),
        entity("Ministry of National Defence of Turkey", "ORG", "TUR", ["des Verteidigungsministeriums in Ankara"]),
        entity("Giorgos Gerapetritis", "PER", "GRC", ["Der griechische Außenminister Giorgos Gerapetritis"]),
        entity("Hellenic Parliament", "ORG", "GRC", ["im Parlament"]),
        entity("International Court of Justice", "ORG", "UNO", ["den Internationalen Gerichtshof in Den Haag"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Ministry of Foreign Affairs of Greece", "ORG", "GRC", ["Das Außenministerium in Athen"]),
        entity("Ambassador of Turkey to Greece", "PER", "TUR", ["den türkischen Botschafter"]),
        entity("Hellenic National Defence General Staff", "ORG", "GRC", ["des griechischen Generalstabs"]),
        entity("Turkish Air Force", "ORG", "TUR", ["türkische Kampfjets"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("European Union", "ORG", "EUR", ["der gesamten Union"]),
        entity("spokesperson of the European Commission", "PER", "EUR", ["eine Sprecherin"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("WWF Greece", "ORG", "GRC", ["der WWF Griechenland"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["der türkische Präsident Recep Tayyip Erdoğan", "Erdoğans"]),
    ],
}

# ---------------------------------------------------------------- hm350-de-03 (Poland, Ziobro's immunity lifted)
ZIOBRO = actor("Zbigniew Ziobro", "POL", "OPP")
SEJM = actor("Sejm of Poland", "POL", "LEG")
POL_PROSECUTORS = actor("National Prosecutor's Office of Poland", "POL", "JUD")
WARSAW_COURT = actor("Warsaw District Court", "POL", "JUD")
TUSK = actor("Donald Tusk", "POL", "GOV")
ZUREK = actor("Waldemar Żurek", "POL", "GOV")
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
GULYAS = actor("Gergely Gulyás", "HUN", "GOV")
POL_GOV = actor("Government of Poland", "POL", "GOV")
PIS = actor("Law and Justice", "POL", "PTY")
KACZYNSKI = actor("Jarosław Kaczyński", "POL", "OPP")
NAWROCKI = actor("Karol Nawrocki", "POL", "GOV")

D1 = ("Warschau (dpa) - Das polnische Parlament hat die Immunität des früheren Justizministers Zbigniew Ziobro "
      "aufgehoben und einer Festnahme des Oppositionspolitikers zugestimmt.")
D2 = "Für den Antrag der Staatsanwaltschaft stimmten am Freitag 241 Abgeordnete des Sejm, 205 votierten dagegen."
D3 = ("Die Ermittler werfen dem 55-Jährigen 26 Straftaten vor, darunter die Leitung einer kriminellen Vereinigung, "
      "die Geld aus dem Gerechtigkeitsfonds für Verbrechensopfer zweckentfremdet haben soll.")
D4 = ("Aus dem Fonds soll unter anderem die Spähsoftware Pegasus für das Zentrale Antikorruptionsbüro bezahlt worden "
      "sein.")
D5 = "Die Staatsanwaltschaft beantragte noch am Abend beim Bezirksgericht Warschau Untersuchungshaft für Ziobro."
D6 = "Ziobro hält sich seit Ende Oktober in Budapest auf."
D7 = ("In einer Videobotschaft warf er Ministerpräsident Donald Tusk vor, politische Rache an der Opposition zu "
      "nehmen.")
D8 = "„Ich werde mich keiner Justiz ausliefern, die von Tusk gesteuert wird“, sagte der PiS-Politiker."
D9 = "Er werde erst nach Polen zurückkehren, wenn dort wieder unabhängige Gerichte arbeiteten."
D10 = ("Justizminister Waldemar Żurek drohte mit einem Europäischen Haftbefehl, sollte Ziobro nicht freiwillig "
       "zurückkehren.")
D11 = "Tusk forderte die ungarische Regierung auf, Ziobro keinen Schutz zu gewähren."
D12 = ("„Niemand steht über dem Gesetz, auch kein ehemaliger Minister“, schrieb der Regierungschef auf der "
       "Plattform X.")
D13 = ("Der ungarische Kanzleramtsminister Gergely Gulyás sagte dagegen, Ungarn werde niemanden an ein Land "
       "ausliefern, in dem Oppositionelle politisch verfolgt würden.")
D14 = "Die Abgeordneten der PiS verließen vor der Abstimmung aus Protest den Plenarsaal."
D15 = ("Parteichef Jarosław Kaczyński sprach von einem „politischen Schauprozess“ gegen seinen langjährigen "
       "Weggefährten.")
D16 = "Auch Staatspräsident Karol Nawrocki kritisierte die Entscheidung des Parlaments."
D17 = "Über den Haftantrag will das Gericht in den kommenden Tagen entscheiden."

DE03 = {
    "id": "hm350-de-03", "lang": "de", "url": None, "published": "2025-11-07",
    "title": "Polens Parlament hebt Immunität von Ex-Justizminister Ziobro auf",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9], [D10, D11, D12, D13], [D14, D15, D16, D17]),
    "events": [
        event("COERCE", SEJM, ZIOBRO, D1, mode="restrict", location_country="POL"),
        event("COERCE", SEJM, ZIOBRO, D2, mode="restrict", date="2025-11-07", location="Warsaw",
              location_country="POL"),
        event("ACCUSE", POL_PROSECUTORS, ZIOBRO, D3, mode="allege"),
        event("REQUEST", POL_PROSECUTORS, WARSAW_COURT, D5, date="2025-11-07"),
        event("ACCUSE", ZIOBRO, TUSK, D7, mode="allege"),
        event("REJECT", ZIOBRO, POL_PROSECUTORS, D8, mode="yield"),
        event("ACCUSE", ZIOBRO, TUSK, D8, mode="allege"),
        event("REJECT", ZIOBRO, POL_PROSECUTORS, D9, mode="yield"),
        event("THREATEN", ZUREK, ZIOBRO, D10, mode="arrest"),
        event("REQUEST", TUSK, HUN_GOV, D11),
        event("REJECT", GULYAS, POL_GOV, D13),
        event("PROTEST", PIS, SEJM, D14, mode="boycott", date="2025-11-07", location="Warsaw",
              location_country="POL"),
        event("ACCUSE", KACZYNSKI, POL_GOV, D15, mode="disapprove"),
        event("ACCUSE", NAWROCKI, SEJM, D16, mode="disapprove"),
    ],
    "quotes": [
        quote("politische Rache an der Opposition zu nehmen", "Zbigniew Ziobro", "indirect"),
        quote("Ich werde mich keiner Justiz ausliefern, die von Tusk gesteuert wird", "Zbigniew Ziobro", "direct"),
        quote("Er werde erst nach Polen zurückkehren, wenn dort wieder unabhängige Gerichte arbeiteten",
              "Zbigniew Ziobro", "indirect"),
        quote("Niemand steht über dem Gesetz, auch kein ehemaliger Minister", "Donald Tusk", "direct"),
        quote("Ungarn werde niemanden an ein Land ausliefern, in dem Oppositionelle politisch verfolgt würden",
              "Gergely Gulyás", "indirect"),
        quote("politischen Schauprozess", "Jarosław Kaczyński", "direct"),
    ],
    "entities": [
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Sejm of Poland", "ORG", "POL", ["Das polnische Parlament", "des Sejm", "des Parlaments"]),
        entity("Zbigniew Ziobro", "PER", "POL", ["des früheren Justizministers Zbigniew Ziobro",
                                                 "des Oppositionspolitikers", "dem 55-Jährigen", "Ziobro",
                                                 "der PiS-Politiker", "Er", "seinen langjährigen Weggefährten"]),
        entity("National Prosecutor's Office of Poland", "ORG", "POL", ["der Staatsanwaltschaft", "Die Ermittler",
                                                                         "Die Staatsanwaltschaft"]),
        entity("Justice Fund", "ORG", "POL", ["dem Gerechtigkeitsfonds für Verbrechensopfer", "dem Fonds"]),
        entity("Central Anticorruption Bureau", "ORG", "POL", ["das Zentrale Antikorruptionsbüro"]),
        entity("Warsaw District Court", "ORG", "POL", ["beim Bezirksgericht Warschau", "das Gericht"]),
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "Tusk", "der Regierungschef"]),
        entity("Law and Justice", "ORG", "POL", ["PiS", "Die Abgeordneten der PiS"]),
        entity("Poland", "LOC", "POL", ["Polen"]),
        entity("Waldemar Żurek", "PER", "POL", ["Justizminister Waldemar Żurek"]),
        entity("Government of Hungary", "ORG", "HUN", ["die ungarische Regierung"]),
        entity("X (social network)", "ORG", "USA", ["der Plattform X"]),
        entity("Gergely Gulyás", "PER", "HUN", ["Der ungarische Kanzleramtsminister Gergely Gulyás"]),
        entity("Hungary", "LOC", "HUN", ["Ungarn"]),
        entity("Government of Poland", "ORG", "POL", []),
        entity("Jarosław Kaczyński", "PER", "POL", ["Parteichef Jarosław Kaczyński"]),
        entity("Karol Nawrocki", "PER", "POL", ["Staatspräsident Karol Nawrocki"]),
    ],
}

# ---------------------------------------------------------------- hm350-de-04 (EU summit, Belgium blocks reparations loan)
BEL_GOV = actor("Government of Belgium", "BEL", "GOV")
DE_WEVER = actor("Bart De Wever", "BEL", "GOV")
EU_MEMBER_STATES = actor("EU member states", "EUR", "GOV")
EUCO = actor("European Council", "EUR", "IGO")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
EU = actor("European Union", "EUR", "IGO")
MERZ = actor("Friedrich Merz", "DEU", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
CBR = actor("Central Bank of Russia", "RUS", "GOV")

E1 = ("Brüssel (dpa) - Belgien hat beim EU-Gipfel in Brüssel eine Einigung auf die Nutzung eingefrorener russischer "
      "Zentralbankgelder für ein Milliardendarlehen an die Ukraine vorerst verhindert.")
E2 = ("Premierminister Bart De Wever lehnte den Vorschlag der EU-Kommission für ein sogenanntes Reparationsdarlehen "
      "über 140 Milliarden Euro am Donnerstagabend ab.")
E3 = ("Er verlangte rechtlich bindende Garantien der anderen Mitgliedstaaten, dass Belgien nicht allein für mögliche "
      "Forderungen Russlands haften müsse.")
E4 = ("Beim Finanzdienstleister Euroclear in Brüssel liegt der Großteil der in der EU blockierten Vermögenswerte der "
      "russischen Zentralbank.")
E5 = ("„Wer das Geld eines anderen nimmt, braucht ein solides Fundament, sonst wird es gefährlich“, sagte De Wever "
      "nach den Beratungen.")
E6 = ("Die Staats- und Regierungschefs sagten der Ukraine lediglich zu, ihren Finanzbedarf für die Jahre 2026 und "
      "2027 zu decken.")
E7 = ("Sie beauftragten die Kommission, bis zum nächsten Gipfel im Dezember Optionen für die Finanzierung "
      "vorzulegen.")
E8 = "Ratspräsident António Costa zeigte sich zuversichtlich, dass dann eine Entscheidung falle."
E9 = ("Der ukrainische Präsident Wolodymyr Selenskyj, der persönlich nach Brüssel gereist war, rief die EU zu einer "
      "raschen Entscheidung auf.")
E10 = "„Jede Woche Verzögerung bezahlen wir mit Menschenleben“, sagte er."
E11 = ("Bundeskanzler Friedrich Merz, einer der wichtigsten Befürworter des Darlehens, forderte Belgien auf, seinen "
       "Widerstand bis Dezember aufzugeben.")
E12 = "Die Sorgen Belgiens seien berechtigt, müssten aber lösbar sein, sagte der CDU-Politiker."
E13 = "Ungarns Ministerpräsident Viktor Orbán lehnte jede weitere Finanzhilfe der EU für Kiew ab."
E14 = "Moskau drohte für den Fall eines Zugriffs auf die Gelder mit Vergeltung."
E15 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Pläne „Diebstahl“ und kündigte "
       "an, Russland werde westliche Vermögenswerte im eigenen Land beschlagnahmen, sollte die EU die Gelder "
       "antasten.")
E16 = ("Die EU hatte die Vermögenswerte der russischen Zentralbank kurz nach Beginn des russischen Angriffskriegs "
       "gegen die Ukraine im Februar 2022 eingefroren.")

DE04 = {
    "id": "hm350-de-04", "lang": "de", "url": None, "published": "2025-10-24",
    "title": "Belgien blockiert Reparationsdarlehen für die Ukraine",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8], [E9, E10, E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("REJECT", BEL_GOV, EU_COMMISSION, E1, location="Brussels", location_country="BEL"),
        event("REJECT", DE_WEVER, EU_COMMISSION, E2, date="2025-10-23"),
        event("REQUEST", DE_WEVER, EU_MEMBER_STATES, E3),
        event("AGREE", EUCO, UKR_GOV, E6),
        event("REQUEST", EUCO, EU_COMMISSION, E7),
        event("CONSULT", ZELENSKY, EUCO, E9, mode="visit", location="Brussels", location_country="BEL"),
        event("REQUEST", ZELENSKY, EU, E9),
        event("REQUEST", MERZ, BEL_GOV, E11, mode="change"),
        event("REJECT", ORBAN, UKR_GOV, E13, mode="assist"),
        event("THREATEN", RUS_GOV, EU, E14),
        event("ACCUSE", ZAKHAROVA, EU, E15, mode="disapprove"),
        event("THREATEN", ZAKHAROVA, EU, E15),
        event("SANCTION", EU, CBR, E16),
    ],
    "quotes": [
        quote("dass Belgien nicht allein für mögliche Forderungen Russlands haften müsse", "Bart De Wever",
              "indirect"),
        quote("Wer das Geld eines anderen nimmt, braucht ein solides Fundament, sonst wird es gefährlich",
              "Bart De Wever", "direct"),
        quote("dass dann eine Entscheidung falle", "António Costa", "indirect"),
        quote("Jede Woche Verzögerung bezahlen wir mit Menschenleben", "Volodymyr Zelensky", "direct"),
        quote("Die Sorgen Belgiens seien berechtigt, müssten aber lösbar sein", "Friedrich Merz", "indirect"),
        quote("Diebstahl", "Maria Zakharova", "direct"),
        quote("Russland werde westliche Vermögenswerte im eigenen Land beschlagnahmen, sollte die EU die Gelder "
              "antasten", "Maria Zakharova", "indirect"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Belgium", "LOC", "BEL", ["Belgien", "Belgiens"]),
        entity("European Council", "ORG", "EUR", ["beim EU-Gipfel", "Die Staats- und Regierungschefs", "Sie",
                                                  "zum nächsten Gipfel"]),
        entity("Central Bank of Russia", "ORG", "RUS", ["der russischen Zentralbank"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine", "der Ukraine"]),
        entity("Bart De Wever", "PER", "BEL", ["Premierminister Bart De Wever", "Er", "De Wever"]),
        entity("European Commission", "ORG", "EUR", ["der EU-Kommission", "die Kommission"]),
        entity("EU member states", "ORG", "EUR", ["der anderen Mitgliedstaaten"]),
        entity("Russia", "LOC", "RUS", ["Russlands", "Russland"]),
        entity("Euroclear", "ORG", "BEL", ["Finanzdienstleister Euroclear"]),
        entity("European Union", "ORG", "EUR", ["der EU", "die EU", "Die EU"]),
        entity("António Costa", "PER", "EUR", ["Ratspräsident António Costa"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("Friedrich Merz", "PER", "DEU", ["Bundeskanzler Friedrich Merz", "der CDU-Politiker"]),
        entity("Christian Democratic Union of Germany", "ORG", "DEU", ["CDU"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Ministerpräsident Viktor Orbán"]),
        entity("Hungary", "LOC", "HUN", ["Ungarns"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria "
                                                 "Sacharowa"]),
    ],
}

# ---------------------------------------------------------------- hm350-en-01 (Serbia/Kosovo, officer Dejan Peric detained)
SRB_POLICE = actor("Serbian police", "SRB", "COP")
PERIC = actor("Dejan Peric", "XKX", "COP")
XKX_GOV = actor("Government of Kosovo", "XKX", "GOV")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
KRALJEVO_COURT = actor("Kraljevo court", "SRB", "JUD")
SRB_PROSECUTORS = actor("Public Prosecutor's Office of Serbia", "SRB", "JUD")
KURTI = actor("Albin Kurti", "XKX", "GOV")
SVECLA = actor("Xhelal Svecla", "XKX", "GOV")
KOSOVO_POLICE = actor("Kosovo Police", "XKX", "COP")
PETKOVIC = actor("Petar Petkovic", "SRB", "GOV")
HIPPER = actor("Anitta Hipper", "EUR", "IGO")
US_EMBASSY_PRISTINA = actor("United States Embassy in Pristina", "USA", "GOV")

F1 = ("PRISTINA/BELGRADE (Reuters) - Serbian police have detained a Kosovo police officer at a border crossing "
      "between the two countries, prompting Kosovo to accuse Belgrade of kidnapping a member of its security forces.")
F2 = ("Dejan Peric, an ethnic Serb serving with the Kosovo Police, was stopped on Monday evening at the Jarinje "
      "crossing as he travelled to visit relatives in central Serbia, Kosovo police said.")
F3 = "A court in Kraljevo on Tuesday ordered him held for 30 days, Serbian prosecutors said."
F4 = ("Prosecutors accuse Peric of beating and threatening Serb residents during arrests in the northern town of "
      "Leposavic in 2023.")
F5 = ('Kosovo Prime Minister Albin Kurti called the detention "a hostage-taking" and said Belgrade was trying to '
      "intimidate Serbs who serve in Kosovo's institutions.")
F6 = '"Dejan Peric must be released immediately and unconditionally," Kurti told reporters in Pristina.'
F7 = ("Kosovo's Interior Minister Xhelal Svecla said Pristina had asked the European Union to intervene with "
      "Belgrade.")
F8 = "He warned that Serbian officials would be refused entry to Kosovo until the officer was freed."
F9 = "Kosovo police said they had suspended cooperation with Serbian police at the crossing until further notice."
F10 = ("Petar Petkovic, head of the Serbian government's Office for Kosovo and Metohija, rejected the accusations and "
       "said Peric was being treated in line with the law.")
F11 = "He accused Kurti's police of terrorising the Serb population in the north for years."
F12 = "Serbian President Aleksandar Vucic said he would not interfere with the work of the courts."
F13 = ("European Union spokesperson Anitta Hipper said the bloc was in contact with both sides and urged Belgrade to "
       "ensure the officer's rights were respected.")
F14 = "The U.S. Embassy in Pristina called on both governments to show restraint."
F15 = ("Relations between Belgrade and Pristina have been tense for years, and EU-mediated talks on normalising ties "
       "have stalled.")
F16 = "Serbia does not recognise Kosovo's 2008 declaration of independence."

EN01 = {
    "id": "hm350-en-01", "lang": "en", "url": None, "published": "2025-05-21",
    "title": "Serbia detains Kosovo police officer, Pristina cries kidnapping",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8, F9], [F10, F11, F12], [F13, F14, F15, F16]),
    "events": [
        event("COERCE", SRB_POLICE, PERIC, F1, mode="arrest"),
        event("ACCUSE", XKX_GOV, SRB_GOV, F1, mode="allege"),
        event("COERCE", SRB_POLICE, PERIC, F2, mode="arrest", date="2025-05-19", location="Jarinje",
              location_country="SRB"),
        event("COERCE", KRALJEVO_COURT, PERIC, F3, mode="arrest", date="2025-05-20", location="Kraljevo",
              location_country="SRB"),
        event("ACCUSE", SRB_PROSECUTORS, PERIC, F4, mode="allege"),
        event("ACCUSE", KURTI, SRB_GOV, F5, mode="allege"),
        event("REQUEST", KURTI, SRB_GOV, F6, mode="yield", location="Pristina", location_country="XKX"),
        event("REQUEST", XKX_GOV, EU, F7),
        event("THREATEN", SVECLA, SRB_GOV, F8, mode="restrict"),
        event("SANCTION", KOSOVO_POLICE, SRB_POLICE, F9, mode="discontinue"),
        event("ACCUSE", PETKOVIC, KOSOVO_POLICE, F11, mode="allege"),
        event("REQUEST", HIPPER, SRB_GOV, F13),
        event("REQUEST", US_EMBASSY_PRISTINA, XKX_GOV, F14),
        event("REQUEST", US_EMBASSY_PRISTINA, SRB_GOV, F14),
    ],
    "quotes": [
        quote("Dejan Peric, an ethnic Serb serving with the Kosovo Police, was stopped on Monday evening at the "
              "Jarinje crossing as he travelled to visit relatives in central Serbia", "Kosovo Police", "indirect"),
        quote("A court in Kraljevo on Tuesday ordered him held for 30 days", "Public Prosecutor's Office of Serbia",
              "indirect"),
        quote("a hostage-taking", "Albin Kurti", "direct"),
        quote("Belgrade was trying to intimidate Serbs who serve in Kosovo's institutions", "Albin Kurti", "indirect"),
        quote("Dejan Peric must be released immediately and unconditionally", "Albin Kurti", "direct"),
        quote("Pristina had asked the European Union to intervene with Belgrade", "Xhelal Svecla", "indirect"),
        quote("Serbian officials would be refused entry to Kosovo until the officer was freed", "Xhelal Svecla",
              "indirect"),
        quote("they had suspended cooperation with Serbian police at the crossing until further notice",
              "Kosovo Police", "indirect"),
        quote("Peric was being treated in line with the law", "Petar Petkovic", "indirect"),
        quote("he would not interfere with the work of the courts", "Aleksandar Vucic", "indirect"),
        quote("the bloc was in contact with both sides", "Anitta Hipper", "indirect"),
    ],
    "entities": [
        entity("Pristina", "LOC", "XKX", ["PRISTINA", "Pristina"]),
        entity("Belgrade", "LOC", "SRB", ["BELGRADE", "Belgrade"]),
        entity("Serbian police", "ORG", "SRB", ["Serbian police"]),
        entity("Dejan Peric", "PER", "XKX", ["a Kosovo police officer", "Dejan Peric, an ethnic Serb serving with "
                                             "the Kosovo Police", "him", "Peric", "Dejan Peric", "the officer"]),
        entity("Kosovo", "LOC", "XKX", ["Kosovo"]),
        entity("Kosovo Police", "ORG", "XKX", ["the Kosovo Police", "Kosovo police", "Kurti's police"]),
        entity("Jarinje", "LOC", "XKX", ["the Jarinje crossing"]),
        entity("Serbia", "LOC", "SRB", ["Serbia"]),
        entity("Kraljevo court", "ORG", "SRB", ["A court in Kraljevo"]),
        entity("Kraljevo", "LOC", "SRB", ["Kraljevo"]),
        entity("Public Prosecutor's Office of Serbia", "ORG", "SRB", ["Serbian prosecutors", "Prosecutors"]),
        entity("Leposavic", "LOC", "XKX", ["the northern town of Leposavic"]),
        entity("Albin Kurti", "PER", "XKX", ["Kosovo Prime Minister Albin Kurti", "Kurti"]),
        entity("Xhelal Svecla", "PER", "XKX", ["Kosovo's Interior Minister Xhelal Svecla"]),
        entity("European Union", "ORG", "EUR", ["the European Union", "European Union", "the bloc", "EU"]),
        entity("Petar Petkovic", "PER", "SRB", ["Petar Petkovic, head of the Serbian government's Office for Kosovo "
                                                "and Metohija"]),
        entity("Office for Kosovo and Metohija", "ORG", "SRB", ["the Serbian government's Office for Kosovo and "
                                                                "Metohija"]),
        entity("Government of Serbia", "ORG", "SRB", ["the Serbian government"]),
        entity("Aleksandar Vucic", "PER", "SRB", ["Serbian President Aleksandar Vucic"]),
        entity("Anitta Hipper", "PER", "EUR", ["European Union spokesperson Anitta Hipper"]),
        entity("United States Embassy in Pristina", "ORG", "USA", ["The U.S. Embassy in Pristina"]),
    ],
}

# ---------------------------------------------------------------- hm350-en-02 (UK/Russia, Dawn Sturgess inquiry)
STURGESS_INQUIRY = actor("Dawn Sturgess Inquiry", "GBR", "JUD")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
GRU = actor("Main Intelligence Directorate (GRU)", "RUS", "MIL")
HUGHES = actor("Anthony Hughes", "GBR", "JUD")
GRU_SALISBURY_OFFICERS = actor("GRU officers behind the Salisbury attack", "RUS", "MIL")
GRU_SANCTIONED_OFFICERS = actor("eight GRU officers sanctioned by Britain", "RUS", "MIL")
COOPER = actor("Yvette Cooper", "GBR", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
RUS_EMBASSY_LONDON = actor("Embassy of Russia in London", "RUS", "GOV")
STURGESS_FAMILY = actor("family of Dawn Sturgess", "GBR", "CVL")
GBR_POLICE = actor("British police", "GBR", "COP")
GBR_HEALTH_OFFICIALS = actor("British health officials", "GBR", "GOV")
MANSFIELD = actor("Michael Mansfield", "GBR", "CVL")

G1 = ("LONDON (Reuters) - Russian President Vladimir Putin must have authorised the 2018 Novichok attack in "
      "Salisbury that later killed British woman Dawn Sturgess, a public inquiry concluded on Thursday, prompting "
      "Britain to impose fresh sanctions on Russia's military intelligence agency.")
G2 = ("The inquiry's chairman, retired judge Anthony Hughes, said the operation to kill former Russian spy Sergei "
      'Skripal could only have been sanctioned "at the highest level" of the Russian state.')
G3 = ("Sturgess, a 44-year-old mother of three, died in July 2018 after her partner gave her a discarded perfume "
      "bottle containing the nerve agent.")
G4 = ("Hughes found that GRU officers had smuggled the poison into Britain and that Sturgess's death was the result "
      'of their "reckless" conduct.')
G5 = ("Foreign Secretary Yvette Cooper announced sanctions on the GRU as a whole and on eight of its officers, "
      "freezing any assets they hold in Britain.")
G6 = "She also summoned Russian Ambassador Andrei Kelin to the Foreign Office."
G7 = ('"The Kremlin sent assassins onto our streets and a British mother paid with her life," Cooper told '
      "parliament.")
G8 = 'Prime Minister Keir Starmer called the findings a "damning indictment" of Putin\'s regime.'
G9 = ('The Russian embassy in London dismissed the inquiry as "politically motivated" and said Moscow had nothing '
      "to do with the poisoning.")
G10 = ('Foreign Ministry spokeswoman Maria Zakharova accused London of staging a "Russophobic show" and said Moscow '
       "would respond to the sanctions.")
G11 = "Russia has repeatedly refused British requests to extradite the suspects."
G12 = ("Sturgess's family welcomed the findings but accused police and health officials of failing to protect the "
       "public after the Skripal attack.")
G13 = ('"Dawn did nothing wrong. She was simply in the wrong place," her mother Caroline Sturgess said in a '
       "statement read outside the inquiry.")
G14 = ("The family's lawyer, Michael Mansfield, called on the government to press for the suspects to stand trial "
       "in Britain.")
G15 = "Skripal and his daughter Yulia survived the attack and now live under new identities."

EN02 = {
    "id": "hm350-en-02", "lang": "en", "url": None, "published": "2025-12-04",
    "title": "UK inquiry says Putin must have approved Salisbury poisoning; Britain sanctions GRU",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11], [G12, G13, G14, G15]),
    "events": [
        event("ACCUSE", STURGESS_INQUIRY, PUTIN, G1, mode="allege", date="2025-12-04", location="London",
              location_country="GBR"),
        event("SANCTION", GBR_GOV, GRU, G1, date="2025-12-04"),
        event("ACCUSE", HUGHES, RUS_GOV, G2, mode="allege"),
        event("ACCUSE", HUGHES, GRU_SALISBURY_OFFICERS, G4, mode="allege"),
        event("SANCTION", COOPER, GRU, G5),
        event("SANCTION", COOPER, GRU_SANCTIONED_OFFICERS, G5),
        event("ACCUSE", COOPER, RUS_GOV, G6, mode="disapprove", location="London", location_country="GBR"),
        event("ACCUSE", COOPER, RUS_GOV, G7, mode="allege"),
        event("ACCUSE", STARMER, PUTIN, G8, mode="disapprove"),
        event("ACCUSE", RUS_EMBASSY_LONDON, STURGESS_INQUIRY, G9, mode="disapprove"),
        event("ACCUSE", ZAKHAROVA, GBR_GOV, G10, mode="disapprove"),
        event("THREATEN", ZAKHAROVA, GBR_GOV, G10),
        event("REJECT", RUS_GOV, GBR_GOV, G11),
        event("SUPPORT", STURGESS_FAMILY, STURGESS_INQUIRY, G12),
        event("ACCUSE", STURGESS_FAMILY, GBR_POLICE, G12, mode="disapprove"),
        event("ACCUSE", STURGESS_FAMILY, GBR_HEALTH_OFFICIALS, G12, mode="disapprove"),
        event("REQUEST", MANSFIELD, GBR_GOV, G14),
    ],
    "quotes": [
        quote("Russian President Vladimir Putin must have authorised the 2018 Novichok attack in Salisbury that later "
              "killed British woman Dawn Sturgess", "Dawn Sturgess Inquiry", "indirect"),
        quote("at the highest level", "Anthony Hughes", "direct"),
        quote('the operation to kill former Russian spy Sergei Skripal could only have been sanctioned "at the '
              'highest level" of the Russian state', "Anthony Hughes", "indirect"),
        quote("reckless", "Anthony Hughes", "direct"),
        quote("GRU officers had smuggled the poison into Britain and that Sturgess's death was the result of their "
              '"reckless" conduct', "Anthony Hughes", "indirect"),
        quote("The Kremlin sent assassins onto our streets and a British mother paid with her life", "Yvette Cooper",
              "direct"),
        quote("damning indictment", "Keir Starmer", "direct"),
        quote("politically motivated", "Embassy of Russia in London", "direct"),
        quote("Moscow had nothing to do with the poisoning", "Embassy of Russia in London", "indirect"),
        quote("Russophobic show", "Maria Zakharova", "direct"),
        quote("Moscow would respond to the sanctions", "Maria Zakharova", "indirect"),
        quote("Dawn did nothing wrong. She was simply in the wrong place", "Caroline Sturgess", "direct"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON", "London"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin", "Putin"]),
        entity("Salisbury", "LOC", "GBR", ["Salisbury"]),
        entity("Dawn Sturgess", "PER", "GBR", ["British woman Dawn Sturgess", "Sturgess", "a 44-year-old mother of "
                                               "three", "a British mother", "Dawn"]),
        entity("Dawn Sturgess Inquiry", "ORG", "GBR", ["a public inquiry", "The inquiry", "the inquiry"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Main Intelligence Directorate (GRU)", "ORG", "RUS", ["Russia's military intelligence agency",
                                                                    "the GRU"]),
        entity("Anthony Hughes", "PER", "GBR", ["The inquiry's chairman, retired judge Anthony Hughes", "Hughes"]),
        entity("Sergei Skripal", "PER", "RUS", ["former Russian spy Sergei Skripal", "Skripal"]),
        entity("Government of Russia", "ORG", "RUS", ["the Russian state", "The Kremlin", "Moscow"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("GRU officers behind the Salisbury attack", "PER", "RUS", ["GRU officers", "the suspects"]),
        entity("eight GRU officers sanctioned by Britain", "PER", "RUS", ["eight of its officers"]),
        entity("Charlie Rowley", "PER", "GBR", ["her partner"]),
        entity("Yvette Cooper", "PER", "GBR", ["Foreign Secretary Yvette Cooper", "She", "Cooper"]),
        entity("Andrei Kelin", "PER", "RUS", ["Russian Ambassador Andrei Kelin"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["the Foreign Office"]),
        entity("Parliament of the United Kingdom", "ORG", "GBR", ["parliament"]),
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer"]),
        entity("Embassy of Russia in London", "ORG", "RUS", ["The Russian embassy in London"]),
        entity("Maria Zakharova", "PER", "RUS", ["Foreign Ministry spokeswoman Maria Zakharova"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Foreign Ministry"]),
        entity("family of Dawn Sturgess", "PER", "GBR", ["Sturgess's family", "The family"]),
        entity("British police", "ORG", "GBR", ["police"]),
        entity("British health officials", "PER", "GBR", ["health officials"]),
        entity("Caroline Sturgess", "PER", "GBR", ["her mother Caroline Sturgess"]),
        entity("Michael Mansfield", "PER", "GBR", ["The family's lawyer, Michael Mansfield"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["the government"]),
        entity("Yulia Skripal", "PER", "RUS", ["his daughter Yulia"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
