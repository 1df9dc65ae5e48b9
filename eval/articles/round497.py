"""Round 497: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm497-de-01: Iraq: the Kurdistan Regional Government rejects forced returns of displaced Yazidis to Sinjar as Baghdad's deadline to close the camps nears; Jabro insists, protest in Duhok, IOM appeal, a Turkish drone strike on the YBS recalled, the ministry extends the deadline for Sinjar families but refuses to scrap it (2024-07-29).
- hm497-de-02: Greece/Libya: Athens summons Libya's ambassador over Tripoli's UN note contesting Greek exploration blocks south of Crete; the EU summit backs Greece, Mitsotakis demands Libya drop the 2019 Turkey deal, Tripoli denies and warns, the Benghazi parliament plans ratification, Gerapetritis to visit Tripoli and Benghazi (2025-06-27).
- hm497-de-03: Morocco/Spain: the first trucks cross the new commercial customs posts at Ceuta and Melilla under the 2022 Sánchez-Mohammed VI roadmap; Albares praises Rabat, Vivas demands rules, Vox and Feijóo attack the government, Sánchez rejects the criticism, the 2018 closure and the 2021 ambassador recall recalled (2025-01-16).
- hm497-de-04: Egypt: parliament passes the country's first asylum law; EIPR and 21 other groups had urged a no vote, UNHCR voices concern and offers help, Amnesty's deportation accusation denied, EU aid for Sudanese refugees, al-Sisi's burden-sharing demand after meeting Grandi (2024-11-20).
- hm497-en-01: Lebanon/France: France frees Georges Ibrahim Abdallah after 41 years and flies him to Beirut under a Paris appeals court ruling; the 1987 conviction, Washington's opposition and disappointment, Rajji thanks Paris, Hezbollah hails him, Israel condemns, his lawyer accuses Washington (2025-07-25).
- hm497-en-02: Israel: authorities demolish homes in the unrecognized Negev Bedouin village of Wadi al-Khalil; police deployed, Ben-Gvir praises, residents block bulldozers and four are detained, Tibi accuses the government, Adalah petitions the Supreme Court, strike in Rahat and Lakiya, earlier UN appeal (2024-05-08).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm497-de-01 (Iraq, IDP camps in Kurdistan)
KRG = actor("Kurdistan Regional Government", "IRQ", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
REBAR = actor("Rebar Ahmed", "IRQ", "GOV")
IRQ_MIGR = actor("Ministry of Migration and Displacement of Iraq", "IRQ", "GOV")
JABRO = actor("Evan Faeq Jabro", "IRQ", "GOV")
IRQ_IDPS = actor("displaced people in the Kurdistan Region", "IRQ", "CVL")
YAZIDI_PROT = actor("Yazidi protesters in Duhok", "IRQ", "CVL")
TUR_MIL = actor("Turkish Armed Forces", "TUR", "MIL")
YBS = actor("Sinjar Resistance Units", "IRQ", "REB")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
IOM = actor("International Organization for Migration", "UNO", "IGO")
SINJAR_FAM = actor("displaced families from Sinjar", "IRQ", "CVL")

I1 = ("Erbil (dpa) - Kurz vor Ablauf einer Frist zur Schließung der Vertriebenenlager im Nordirak hat die kurdische "
      "Regionalregierung erzwungene Rückführungen in das Sindschar-Gebiet abgelehnt.")
I2 = ("In den Lagern der Provinz Duhok lebten noch immer rund 150.000 Menschen, die meisten von ihnen Jesiden, sagte "
      "der Innenminister der Region, Rebar Ahmed, am Montag.")
I3 = ("Er forderte Bagdad auf, die Frist aufzuheben, bis in den zerstörten Dörfern Strom, Wasser und Schulen "
      "gesichert seien.")
I4 = ("Das Migrationsministerium in Bagdad hatte im Januar angeordnet, alle Lager bis zum 30. Juli zu schließen, und "
      "jeder zurückkehrenden Familie eine einmalige Hilfe von vier Millionen Dinar zugesagt.")
I5 = ("Ministerin Evan Faiq Jabro forderte die kurdischen Behörden am Sonntag erneut auf, die Lager fristgerecht zu "
      "räumen.")
I6 = "„Die Zeit der Lager ist vorbei“, sagte die Ministerin in Bagdad."
I7 = ("In Duhok demonstrierten am Montag Hunderte Jesiden vor dem Büro der Vereinten Nationen gegen die Schließung "
      "der Lager.")
I8 = "Sie verlangten, dass Bagdad zuerst die zerstörten Häuser im Sindschar wieder aufbaue."
I9 = ("Viele Familien fürchten nach Angaben von Hilfsorganisationen neue Kämpfe zwischen der irakischen Armee und der "
      "jesidischen Miliz YBS, die Teile des Gebiets kontrolliert.")
I10 = ("Im Mai hatte eine türkische Drohne nahe der Stadt Sindschar ein Fahrzeug der YBS getroffen und zwei Kämpfer "
       "getötet.")
I11 = "Ankara wirft der Miliz vor, mit der verbotenen kurdischen Arbeiterpartei PKK zusammenzuarbeiten."
I12 = ("Die Internationale Organisation für Migration (IOM) rief Bagdad und Erbil auf, nur eine freiwillige Rückkehr "
       "zu unterstützen.")
I13 = ("Am Abend kündigte ein Sprecher des Migrationsministeriums an, die Frist für Familien aus dem Sindschar bis "
       "Ende des Jahres zu verlängern.")
I14 = "Eine vollständige Aufhebung der Frist lehnte er ab."
I15 = ("Die Regionalregierung wies zugleich Vorwürfe aus Bagdad zurück, sie halte die Vertriebenen aus politischen "
       "Gründen in den Lagern fest.")
I16 = "Das Sindschar-Gebiet war im August 2014 Schauplatz von Massakern an Tausenden Jesiden."
I17 = "Zehn Jahre danach ist nach UN-Angaben erst gut ein Drittel der Vertriebenen in die Region zurückgekehrt."

DE01 = {
    "id": "hm497-de-01", "lang": "de", "url": None, "published": "2024-07-29",
    "title": "Kurdenregion lehnt erzwungene Rückkehr von Jesiden in den Sindschar ab",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10, I11], [I12, I13, I14, I15], [I16, I17]),
    "events": [
        event("REJECT", KRG, IRQ_GOV, I1, mode="change"),
        event("REQUEST", REBAR, IRQ_GOV, I3, mode="change"),
        event("REQUEST", IRQ_MIGR, KRG, I4, mode="change"),
        event("AGREE", IRQ_MIGR, IRQ_IDPS, I4),
        event("REQUEST", JABRO, KRG, I5, mode="change", date="2024-07-28"),
        event("PROTEST", YAZIDI_PROT, IRQ_GOV, I7, mode="demo", date="2024-07-29", location="Duhok",
              location_country="IRQ"),
        event("REQUEST", YAZIDI_PROT, IRQ_GOV, I8, mode="assist"),
        event("ASSAULT", TUR_MIL, YBS, I10, mode="drone", location="Sinjar", location_country="IRQ"),
        event("ACCUSE", TUR_GOV, YBS, I11, mode="allege"),
        event("REQUEST", IOM, IRQ_GOV, I12, mode="change"),
        event("REQUEST", IOM, KRG, I12, mode="change"),
        event("CONCEDE", IRQ_MIGR, SINJAR_FAM, I13, date="2024-07-29"),
        event("REJECT", IRQ_MIGR, KRG, I14, mode="change"),
    ],
    "quotes": [
        quote("In den Lagern der Provinz Duhok lebten noch immer rund 150.000 Menschen, die meisten von ihnen Jesiden",
              "Rebar Ahmed", "indirect"),
        quote("die Frist aufzuheben, bis in den zerstörten Dörfern Strom, Wasser und Schulen gesichert seien",
              "Rebar Ahmed", "indirect"),
        quote("Die Zeit der Lager ist vorbei", "Evan Faeq Jabro", "direct"),
        quote("dass Bagdad zuerst die zerstörten Häuser im Sindschar wieder aufbaue", "Yazidi protesters in Duhok",
              "indirect"),
        quote("Viele Familien fürchten nach Angaben von Hilfsorganisationen neue Kämpfe zwischen der irakischen Armee "
              "und der jesidischen Miliz YBS, die Teile des Gebiets kontrolliert", "aid organisations", "indirect"),
        quote("mit der verbotenen kurdischen Arbeiterpartei PKK zusammenzuarbeiten", "Government of Turkey",
              "indirect"),
        quote("die Frist für Familien aus dem Sindschar bis Ende des Jahres zu verlängern",
              "spokesman of the Ministry of Migration and Displacement of Iraq", "indirect"),
        quote("sie halte die Vertriebenen aus politischen Gründen in den Lagern fest", "Government of Iraq",
              "indirect"),
        quote("Zehn Jahre danach ist nach UN-Angaben erst gut ein Drittel der Vertriebenen in die Region "
              "zurückgekehrt", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Erbil", "LOC", "IRQ", ["Erbil"]),
        entity("Northern Iraq", "LOC", "IRQ", ["im Nordirak"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ",
               ["die kurdische Regionalregierung", "die kurdischen Behörden", "Erbil", "Die Regionalregierung",
                "sie"]),
        entity("Sinjar", "LOC", "IRQ", ["das Sindschar-Gebiet", "im Sindschar", "der Stadt Sindschar",
                                        "des Gebiets", "aus dem Sindschar", "Das Sindschar-Gebiet"]),
        entity("Duhok", "LOC", "IRQ", ["der Provinz Duhok", "Duhok"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["der Region", "die Region"]),
        entity("displaced people in the Kurdistan Region", "PER", "IRQ",
               ["rund 150.000 Menschen", "jeder zurückkehrenden Familie", "die Vertriebenen", "der Vertriebenen"]),
        entity("Yazidis", "MISC", "IRQ", ["Jesiden"]),
        entity("Rebar Ahmed", "PER", "IRQ", ["der Innenminister der Region, Rebar Ahmed", "Er"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Bagdad"]),
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Ministry of Migration and Displacement of Iraq", "ORG", "IRQ",
               ["Das Migrationsministerium in Bagdad", "des Migrationsministeriums"]),
        entity("Evan Faeq Jabro", "PER", "IRQ", ["Ministerin Evan Faiq Jabro", "die Ministerin"]),
        entity("Yazidi protesters in Duhok", "PER", "IRQ", ["Hunderte Jesiden", "Sie"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen", "UN"]),
        entity("aid organisations", "ORG", "NGO", ["Hilfsorganisationen"]),
        entity("Iraqi Army", "ORG", "IRQ", ["der irakischen Armee"]),
        entity("Sinjar Resistance Units", "ORG", "IRQ", ["der jesidischen Miliz YBS", "der YBS", "der Miliz"]),
        entity("Turkish Armed Forces", "ORG", "TUR", ["eine türkische Drohne"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankara"]),
        entity("Kurdistan Workers' Party", "ORG", "TUR", ["der verbotenen kurdischen Arbeiterpartei PKK"]),
        entity("International Organization for Migration", "ORG", "UNO",
               ["Die Internationale Organisation für Migration (IOM)"]),
        entity("spokesman of the Ministry of Migration and Displacement of Iraq", "PER", "IRQ",
               ["ein Sprecher des Migrationsministeriums", "er"]),
        entity("displaced families from Sinjar", "PER", "IRQ", ["Familien aus dem Sindschar"]),
    ],
}

# ---------------------------------------------------------------- hm497-de-02 (Greece/Libya, maritime dispute)
GRC_GOV = actor("Government of Greece", "GRC", "GOV")
LBY_GNU = actor("Government of National Unity of Libya", "LBY", "GOV")
GRC_MFA = actor("Ministry of Foreign Affairs of Greece", "GRC", "GOV")
EU = actor("European Union", "EUR", "IGO")
EUCO = actor("European Council", "EUR", "IGO")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")
LBY_MFA = actor("Ministry of Foreign Affairs of Libya", "LBY", "GOV")
LBY_HOR = actor("House of Representatives of Libya", "LBY", "LEG")
TUR_GOV_G = actor("Government of Turkey", "TUR", "GOV")
GERAPETRITIS = actor("Giorgos Gerapetritis", "GRC", "GOV")
LBY_EAST = actor("Government of National Stability of Libya", "LBY", "GOV")

G1 = ("Athen (dpa) - Im Streit um Seegrenzen im östlichen Mittelmeer hat Griechenland den libyschen Botschafter ins "
      "Außenministerium einbestellt.")
G2 = ("Anlass ist eine Note, mit der die Regierung in Tripolis bei den Vereinten Nationen gegen die Ausschreibung "
      "griechischer Erkundungsblöcke südlich von Kreta protestiert hatte.")
G3 = "Die Blöcke lägen eindeutig in griechischen Gewässern, erklärte das Außenministerium am Donnerstag."
G4 = "Die libysche Note habe „keinerlei rechtliche Grundlage“ und werde an den Plänen nichts ändern."
G5 = "Die Europäische Union stellte sich am Donnerstag beim Gipfel in Brüssel hinter Athen."
G6 = ("In ihrer Abschlusserklärung forderten die Staats- und Regierungschefs Libyen auf, die Hoheitsrechte der "
      "Mitgliedstaaten zu respektieren.")
G7 = "Ministerpräsident Kyriakos Mitsotakis begrüßte die Erklärung als „wichtiges Signal“."
G8 = ("Er verlangte zudem, dass Libyen das 2019 mit der Türkei geschlossene Abkommen über maritime "
      "Zuständigkeitsgebiete aufgibt.")
G9 = "Das libysche Außenministerium wies den Vorwurf zurück, gegen internationales Seerecht zu verstoßen."
G10 = "Libyen werde seine Rechte „mit allen legitimen Mitteln“ verteidigen, hieß es in einer Erklärung."
G11 = ("Das Parlament im ostlibyschen Bengasi kündigte an, das Abkommen mit Ankara in den kommenden Wochen zu "
       "ratifizieren.")
G12 = "Die Türkei begrüßte den Schritt."
G13 = ("Außenminister Giorgos Gerapetritis will Anfang Juli nach Tripolis und Bengasi reisen, um über die Seegrenzen "
       "und die Migration zu sprechen.")
G14 = ("Seit Jahresbeginn sind nach Angaben der Küstenwache mehr als 7000 Migranten von der ostlibyschen Küste nach "
       "Kreta gelangt.")
G15 = "Athen wirft den Behörden in Bengasi vor, die Abfahrten nicht zu unterbinden."
G16 = "Griechenland und Libyen streiten seit Jahren über die Abgrenzung ihrer Wirtschaftszonen."
G17 = "Für die Blöcke südlich von Kreta interessiert sich unter anderem der US-Konzern Chevron."

DE02 = {
    "id": "hm497-de-02", "lang": "de", "url": None, "published": "2025-06-27",
    "title": "Griechenland bestellt libyschen Botschafter ein",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15], [G16, G17]),
    "events": [
        event("ACCUSE", GRC_GOV, LBY_GNU, G1, mode="disapprove"),
        event("ACCUSE", LBY_GNU, GRC_GOV, G2, mode="disapprove"),
        event("REJECT", GRC_MFA, LBY_GNU, G4, mode="change"),
        event("SUPPORT", EU, GRC_GOV, G5, date="2025-06-26", location="Brussels", location_country="BEL"),
        event("REQUEST", EUCO, LBY_GNU, G6, mode="change"),
        event("SUPPORT", MITSOTAKIS, EUCO, G7),
        event("REQUEST", MITSOTAKIS, LBY_GNU, G8, mode="change"),
        event("THREATEN", LBY_MFA, GRC_GOV, G10),
        event("AGREE", LBY_HOR, TUR_GOV_G, G11),
        event("SUPPORT", TUR_GOV_G, LBY_HOR, G12),
        event("AGREE", GERAPETRITIS, LBY_GNU, G13, mode="meet"),
        event("AGREE", GERAPETRITIS, LBY_EAST, G13, mode="meet"),
        event("ACCUSE", GRC_GOV, LBY_EAST, G15, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Blöcke lägen eindeutig in griechischen Gewässern", "Ministry of Foreign Affairs of Greece",
              "indirect"),
        quote("keinerlei rechtliche Grundlage", "Ministry of Foreign Affairs of Greece", "direct"),
        quote("Die libysche Note habe „keinerlei rechtliche Grundlage“ und werde an den Plänen nichts ändern",
              "Ministry of Foreign Affairs of Greece", "indirect"),
        quote("wichtiges Signal", "Kyriakos Mitsotakis", "direct"),
        quote("dass Libyen das 2019 mit der Türkei geschlossene Abkommen über maritime Zuständigkeitsgebiete aufgibt",
              "Kyriakos Mitsotakis", "indirect"),
        quote("mit allen legitimen Mitteln", "Ministry of Foreign Affairs of Libya", "direct"),
        quote("Libyen werde seine Rechte „mit allen legitimen Mitteln“ verteidigen",
              "Ministry of Foreign Affairs of Libya", "indirect"),
        quote("Seit Jahresbeginn sind nach Angaben der Küstenwache mehr als 7000 Migranten von der ostlibyschen "
              "Küste nach Kreta gelangt", "Hellenic Coast Guard", "indirect"),
        quote("die Abfahrten nicht zu unterbinden", "Government of Greece", "indirect"),
    ],
    "entities": [
        entity("Athens", "LOC", "GRC", ["Athen"]),
        entity("Eastern Mediterranean", "LOC", None, ["im östlichen Mittelmeer"]),
        entity("Government of Greece", "ORG", "GRC", ["Griechenland", "Athen"]),
        entity("Ambassador of Libya to Greece", "PER", "LBY", ["den libyschen Botschafter"]),
        entity("Ministry of Foreign Affairs of Greece", "ORG", "GRC", ["ins Außenministerium",
                                                                       "das Außenministerium"]),
        entity("Government of National Unity of Libya", "ORG", "LBY", ["die Regierung in Tripolis", "Libyen"]),
        entity("United Nations", "ORG", "UNO", ["den Vereinten Nationen"]),
        entity("Crete", "LOC", "GRC", ["Kreta"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("European Council", "ORG", "EUR", ["die Staats- und Regierungschefs"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Ministerpräsident Kyriakos Mitsotakis", "Er"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei"]),
        entity("Ministry of Foreign Affairs of Libya", "ORG", "LBY", ["Das libysche Außenministerium"]),
        entity("House of Representatives of Libya", "ORG", "LBY", ["Das Parlament im ostlibyschen Bengasi"]),
        entity("Benghazi", "LOC", "LBY", ["Bengasi"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankara", "Die Türkei"]),
        entity("Giorgos Gerapetritis", "PER", "GRC", ["Außenminister Giorgos Gerapetritis"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Hellenic Coast Guard", "ORG", "GRC", ["der Küstenwache"]),
        entity("Government of National Stability of Libya", "ORG", "LBY", ["den Behörden in Bengasi"]),
        entity("Libya", "LOC", "LBY", ["Libyen", "der ostlibyschen Küste"]),
        entity("Greece", "LOC", "GRC", ["Griechenland"]),
        entity("Chevron", "ORG", "USA", ["der US-Konzern Chevron"]),
    ],
}

# ---------------------------------------------------------------- hm497-de-03 (Morocco/Spain, Ceuta/Melilla customs)
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
MOHAMMED6 = actor("Mohammed VI", "MAR", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
VIVAS = actor("Juan Jesús Vivas", "ESP", "GOV")
VOX = actor("Vox", "ESP", "PTY")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")

C1 = ("Madrid (dpa) - Erstmals seit Jahren haben wieder Lastwagen mit Waren die Grenzen zwischen Marokko und den "
      "spanischen Nordafrika-Exklaven Ceuta und Melilla passiert.")
C2 = ("Am Mittwoch fuhr an den Übergängen Tarajal und Beni Ansar jeweils ein Lastwagen über die Grenze, wie das "
      "spanische Finanzministerium mitteilte.")
C3 = ("Die Öffnung der Zollstellen geht auf eine Vereinbarung zurück, die Ministerpräsident Pedro Sánchez und König "
      "Mohammed VI. im April 2022 in Rabat geschlossen hatten.")
C4 = ("Kurz zuvor hatte Madrid den marokkanischen Autonomieplan für die Westsahara als „ernsthafteste, realistischste "
      "und glaubwürdigste Grundlage“ für eine Lösung anerkannt.")
C5 = "Außenminister José Manuel Albares lobte die Zusammenarbeit mit Rabat als „vorbildlich“."
C6 = ("Beide Regierungen hätten vereinbart, den Warenverkehr schrittweise auszuweiten, sagte er im Radiosender "
      "Cadena SER.")
C7 = "Aus Rabat gab es zunächst keine offizielle Stellungnahme."
C8 = ("Der Regierungschef von Ceuta, Juan Jesús Vivas, forderte von Madrid eine feste Liste der zugelassenen Waren "
      "und klare Öffnungszeiten.")
C9 = ("Die rechtspopulistische Vox warf der Regierung vor, die Souveränität der Exklaven für gute Beziehungen zu "
      "Marokko zu opfern.")
C10 = ("Auch Oppositionsführer Alberto Núñez Feijóo von der konservativen Volkspartei (PP) kritisierte, das "
       "Parlament sei über die Details der Vereinbarung nie informiert worden.")
C11 = "Sánchez wies die Kritik zurück und betonte, die Grenzen seien „so sicher wie nie“."
C12 = "Marokko hatte den Zollposten in Melilla im August 2018 ohne Vorankündigung geschlossen."
C13 = "In Ceuta hatte es nie einen regulären Zoll gegeben."
C14 = ("Im Mai 2021 rief Rabat dann seine Botschafterin aus Madrid ab, nachdem der Chef der Polisario-Front in "
       "einem spanischen Krankenhaus behandelt worden war.")
C15 = "Erst mit der Kehrtwende in der Westsahara-Frage entspannte sich das Verhältnis wieder."
C16 = ("Die Zollstellen sollen nach Angaben aus Madrid bis Jahresende schrittweise den vollen Betrieb "
       "aufnehmen.")

DE03 = {
    "id": "hm497-de-03", "lang": "de", "url": None, "published": "2025-01-16",
    "title": "Erste Lastwagen passieren neue Zollstellen in Ceuta und Melilla",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11], [C12, C13, C14, C15, C16]),
    "events": [
        event("AGREE", SANCHEZ, MOHAMMED6, C3, location="Rabat", location_country="MAR"),
        event("SUPPORT", ESP_GOV, MAR_GOV, C4),
        event("SUPPORT", ALBARES, MAR_GOV, C5),
        event("AGREE", ESP_GOV, MAR_GOV, C6),
        event("REQUEST", VIVAS, ESP_GOV, C8, mode="change"),
        event("ACCUSE", VOX, ESP_GOV, C9, mode="disapprove"),
        event("ACCUSE", FEIJOO, ESP_GOV, C10, mode="disapprove"),
        event("SANCTION", MAR_GOV, ESP_GOV, C12, mode="discontinue", location="Melilla", location_country="ESP"),
        event("SANCTION", MAR_GOV, ESP_GOV, C14, mode="withdraw"),
    ],
    "quotes": [
        quote("Am Mittwoch fuhr an den Übergängen Tarajal und Beni Ansar jeweils ein Lastwagen über die Grenze",
              "Ministry of Finance of Spain", "indirect"),
        quote("ernsthafteste, realistischste und glaubwürdigste Grundlage", "Government of Spain", "direct"),
        quote("vorbildlich", "José Manuel Albares", "direct"),
        quote("Beide Regierungen hätten vereinbart, den Warenverkehr schrittweise auszuweiten", "José Manuel Albares",
              "indirect"),
        quote("die Souveränität der Exklaven für gute Beziehungen zu Marokko zu opfern", "Vox", "indirect"),
        quote("das Parlament sei über die Details der Vereinbarung nie informiert worden", "Alberto Núñez Feijóo",
              "indirect"),
        quote("so sicher wie nie", "Pedro Sánchez", "direct"),
        quote("die Grenzen seien „so sicher wie nie“", "Pedro Sánchez", "indirect"),
        quote("Die Zollstellen sollen nach Angaben aus Madrid bis Jahresende schrittweise den vollen Betrieb "
              "aufnehmen", "Government of Spain", "indirect"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Morocco", "LOC", "MAR", ["Marokko"]),
        entity("Ceuta", "LOC", "ESP", ["Ceuta"]),
        entity("Melilla", "LOC", "ESP", ["Melilla"]),
        entity("Tarajal border crossing", "LOC", "ESP", ["Tarajal"]),
        entity("Beni Ansar border crossing", "LOC", "MAR", ["Beni Ansar"]),
        entity("Ministry of Finance of Spain", "ORG", "ESP", ["das spanische Finanzministerium"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez", "Sánchez"]),
        entity("Mohammed VI", "PER", "MAR", ["König Mohammed VI."]),
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Government of Spain", "ORG", "ESP", ["Madrid", "der Regierung"]),
        entity("Government of Morocco", "ORG", "MAR", ["Rabat", "Marokko"]),
        entity("Western Sahara", "LOC", "ESH", ["die Westsahara", "Westsahara"]),
        entity("José Manuel Albares", "PER", "ESP", ["Außenminister José Manuel Albares", "er"]),
        entity("Cadena SER", "ORG", "ESP", ["im Radiosender Cadena SER"]),
        entity("Juan Jesús Vivas", "PER", "ESP", ["Der Regierungschef von Ceuta, Juan Jesús Vivas"]),
        entity("Vox", "ORG", "ESP", ["Die rechtspopulistische Vox"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["Oppositionsführer Alberto Núñez Feijóo"]),
        entity("People's Party (Spain)", "ORG", "ESP", ["der konservativen Volkspartei (PP)"]),
        entity("Cortes Generales", "ORG", "ESP", ["das Parlament"]),
        entity("Ambassador of Morocco to Spain", "PER", "MAR", ["seine Botschafterin"]),
        entity("Brahim Ghali", "PER", "ESH", ["der Chef der Polisario-Front"]),
        entity("Polisario Front", "ORG", "ESH", ["Polisario-Front"]),
    ],
}

# ---------------------------------------------------------------- hm497-de-04 (Egypt, asylum law)
EGY_HOUSE = actor("House of Representatives of Egypt", "EGY", "LEG")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
EIPR = actor("Egyptian Initiative for Personal Rights", "EGY", "NGO")
EGY_NGOS = actor("Egyptian human rights groups", "EGY", "NGO")
UNHCR = actor("United Nations High Commissioner for Refugees", "UNO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
EU_COM = actor("European Commission", "EUR", "IGO")
SDN_REFUGEES = actor("Sudanese refugees in Egypt", "SDN", "CVL")
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
GRANDI = actor("Filippo Grandi", "UNO", "IGO")

E1 = ("Kairo (dpa) - Ägyptens Parlament hat erstmals ein Gesetz über die Aufnahme von Flüchtlingen und "
      "Asylsuchenden verabschiedet.")
E2 = ("Die Abgeordneten stimmten am Dienstag mit großer Mehrheit für den Entwurf der Regierung, wie "
      "Parlamentspräsident Hanafi al-Gebali mitteilte.")
E3 = ("Das Gesetz sieht eine neue Behörde vor, die künftig anstelle des UN-Flüchtlingshilfswerks UNHCR über "
      "Asylanträge entscheiden soll.")
E4 = "Die Regierung bezeichnete es als Ausdruck von Ägyptens „humanitärer Verantwortung“."
E5 = ("Die Ägyptische Initiative für Persönliche Rechte (EIPR) und 21 weitere Menschenrechtsgruppen hatten die "
      "Abgeordneten vor der Abstimmung aufgefordert, den Entwurf abzulehnen.")
E6 = ("Der Text erlaube es, Flüchtlinge aus vage definierten Sicherheitsgründen auszuweisen, kritisierten die "
      "Gruppen.")
E7 = "Auch das UNHCR äußerte sich besorgt und bot der Regierung Unterstützung bei der Umsetzung an."
E8 = ("In Ägypten leben nach UN-Angaben inzwischen mehr als 800.000 registrierte Flüchtlinge, die meisten von ihnen "
      "aus dem Sudan.")
E9 = ("Seit Beginn des Krieges zwischen der Armee und der RSF-Miliz im April 2023 sind mehr als eine Million "
      "Sudanesen in das Nachbarland geflohen.")
E10 = ("Amnesty International hatte Kairo im Juni vorgeworfen, Tausende sudanesische Flüchtlinge willkürlich "
       "festgenommen und in ihre Heimat abgeschoben zu haben.")
E11 = "Das Innenministerium wies dies als „haltlose Behauptungen“ zurück."
E12 = ("Die EU-Kommission stellte am Dienstag weitere 20 Millionen Euro für die Versorgung sudanesischer Flüchtlinge "
       "in Ägypten bereit.")
E13 = "Präsident Abdel Fattah al-Sisi muss das Gesetz noch unterzeichnen."
E14 = "Er hatte im Oktober eine stärkere internationale Lastenteilung verlangt."
E15 = ("Ägypten trage die Kosten für die Geflüchteten weitgehend allein, hatte er bei einem Treffen mit "
       "UN-Flüchtlingskommissar Filippo Grandi in Kairo gesagt.")

DE04 = {
    "id": "hm497-de-04", "lang": "de", "url": None, "published": "2024-11-20",
    "title": "Ägyptens Parlament beschließt erstes Asylgesetz",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("SUPPORT", EGY_HOUSE, EGY_GOV, E2, date="2024-11-19"),
        event("REQUEST", EIPR, EGY_HOUSE, E5, mode="change"),
        event("REQUEST", EGY_NGOS, EGY_HOUSE, E5, mode="change"),
        event("ACCUSE", EIPR, EGY_GOV, E6, mode="disapprove"),
        event("ACCUSE", EGY_NGOS, EGY_GOV, E6, mode="disapprove"),
        event("ACCUSE", UNHCR, EGY_GOV, E7, mode="disapprove"),
        event("AGREE", UNHCR, EGY_GOV, E7),
        event("ACCUSE", AMNESTY, EGY_GOV, E10, mode="allege"),
        event("AID", EU_COM, SDN_REFUGEES, E12, date="2024-11-19", location_country="EGY"),
        event("REQUEST", SISI, None, E14, mode="assist"),
        event("CONSULT", GRANDI, SISI, E15, mode="meet", location="Cairo", location_country="EGY"),
    ],
    "quotes": [
        quote("Die Abgeordneten stimmten am Dienstag mit großer Mehrheit für den Entwurf der Regierung",
              "Hanafi al-Gebali", "indirect"),
        quote("humanitärer Verantwortung", "Government of Egypt", "direct"),
        quote("Der Text erlaube es, Flüchtlinge aus vage definierten Sicherheitsgründen auszuweisen",
              "Egyptian Initiative for Personal Rights", "indirect"),
        quote("In Ägypten leben nach UN-Angaben inzwischen mehr als 800.000 registrierte Flüchtlinge, die meisten "
              "von ihnen aus dem Sudan", "United Nations", "indirect"),
        quote("Tausende sudanesische Flüchtlinge willkürlich festgenommen und in ihre Heimat abgeschoben zu haben",
              "Amnesty International", "indirect"),
        quote("haltlose Behauptungen", "Ministry of Interior of Egypt", "direct"),
        quote("Ägypten trage die Kosten für die Geflüchteten weitgehend allein", "Abdel Fattah al-Sisi",
              "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("House of Representatives of Egypt", "ORG", "EGY", ["Ägyptens Parlament", "Die Abgeordneten",
                                                                   "die Abgeordneten"]),
        entity("Hanafi al-Gebali", "PER", "EGY", ["Parlamentspräsident Hanafi al-Gebali"]),
        entity("Government of Egypt", "ORG", "EGY", ["der Regierung", "Die Regierung", "Kairo"]),
        entity("United Nations High Commissioner for Refugees", "ORG", "UNO",
               ["des UN-Flüchtlingshilfswerks UNHCR", "das UNHCR"]),
        entity("Egypt", "LOC", "EGY", ["Ägyptens", "Ägypten", "das Nachbarland"]),
        entity("Egyptian Initiative for Personal Rights", "ORG", "EGY",
               ["Die Ägyptische Initiative für Persönliche Rechte (EIPR)"]),
        entity("Egyptian human rights groups", "ORG", "EGY", ["21 weitere Menschenrechtsgruppen"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Sudan", "LOC", "SDN", ["dem Sudan"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["der Armee"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["der RSF-Miliz"]),
        entity("Sudanese refugees in Egypt", "PER", "SDN",
               ["Tausende sudanesische Flüchtlinge", "sudanesischer Flüchtlinge in Ägypten"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Ministry of Interior of Egypt", "ORG", "EGY", ["Das Innenministerium"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Präsident Abdel Fattah al-Sisi", "Er", "er"]),
        entity("Filippo Grandi", "PER", "UNO", ["UN-Flüchtlingskommissar Filippo Grandi"]),
    ],
}

# ---------------------------------------------------------------- hm497-en-01 (Lebanon/France, Abdallah freed)
FRA_GOV = actor("Government of France", "FRA", "GOV")
ABDALLAH = actor("Georges Ibrahim Abdallah", "LBN", "CVL")
PARIS_COURT = actor("Paris Court of Appeal", "FRA", "JUD")
FRA_JUD = actor("French judiciary", "FRA", "JUD")
USA_GOV = actor("Government of the United States", "USA", "GOV")
RAJJI = actor("Youssef Rajji", "LBN", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "PTY")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
CHALANSET = actor("Jean-Louis Chalanset", "FRA", "CVL")

A1 = ("BEIRUT (AP) — France on Friday freed Lebanese militant Georges Ibrahim Abdallah, who had spent more than four "
      "decades in French prisons over the killings of two diplomats in Paris.")
A2 = ("He was driven from the Lannemezan prison in southwestern France to Paris before dawn and put on a commercial "
      "flight to Beirut, French prosecutors said.")
A3 = ("A Paris appeals court had ordered his release on July 17 on condition that he leave French territory and "
      "never return.")
A4 = ("Supporters waving Lebanese and Palestinian flags gathered at Beirut's airport, where relatives and several "
      "lawmakers were waiting for the 74-year-old.")
A5 = "\"I am proud of my struggle and I will continue it,\" Abdallah told reporters before leaving in a convoy."
A6 = ("Abdallah, a founder of the Lebanese Armed Revolutionary Factions, was sentenced to life in 1987 for complicity "
      "in the 1982 murders of U.S. military attache Charles Ray and Israeli diplomat Yacov Barsimantov.")
A7 = "He had been eligible for parole since 1999, but French courts turned down his previous requests for release."
A8 = ("The United States, a civil party in the case, had opposed his release and argued that he remained a danger "
      "to the public.")
A9 = "Lebanese Foreign Minister Youssef Rajji welcomed the release and thanked the French authorities."
A10 = ("Hezbollah, which had long campaigned for his freedom, hailed him as \"a symbol of resistance\" in a "
       "statement.")
A11 = ("Israel's Foreign Ministry condemned the decision and called Abdallah \"a terrorist with blood on his "
       "hands.\"")
A12 = "The U.S. State Department said it was disappointed by the ruling."
A13 = ("Abdallah's lawyer, Jean-Louis Chalanset, accused Washington of having pressured successive French "
       "governments to keep his client behind bars.")
A14 = "\"This is a political decision that should have been taken twenty years ago,\" Chalanset said."
A15 = ("Abdallah's family said he planned to live in his home village of Qobayat in northern Lebanon and had no "
       "intention of returning to politics.")

EN01 = {
    "id": "hm497-en-01", "lang": "en", "url": None, "published": "2025-07-25",
    "title": "France frees Lebanese militant Georges Abdallah after more than 40 years in prison",
    "text": paragraphs([A1, A2, A3], [A4, A5], [A6, A7, A8], [A9, A10, A11, A12], [A13, A14, A15]),
    "events": [
        event("RETREAT", FRA_GOV, ABDALLAH, A1, mode="release", date="2025-07-25"),
        event("COERCE", FRA_GOV, ABDALLAH, A2, mode="deport", date="2025-07-25", location_country="FRA"),
        event("CONCEDE", PARIS_COURT, ABDALLAH, A3, date="2025-07-17"),
        event("SANCTION", FRA_JUD, ABDALLAH, A6, mode="convict"),
        event("REJECT", FRA_JUD, ABDALLAH, A7, mode="yield"),
        event("ACCUSE", USA_GOV, ABDALLAH, A8, mode="allege"),
        event("SUPPORT", RAJJI, FRA_GOV, A9),
        event("SUPPORT", HEZBOLLAH, ABDALLAH, A10),
        event("ACCUSE", ISR_MFA, FRA_GOV, A11, mode="disapprove"),
        event("ACCUSE", ISR_MFA, ABDALLAH, A11, mode="disapprove"),
        event("ACCUSE", US_STATE, PARIS_COURT, A12, mode="disapprove"),
        event("ACCUSE", CHALANSET, USA_GOV, A13, mode="allege"),
    ],
    "quotes": [
        quote("He was driven from the Lannemezan prison in southwestern France to Paris before dawn and put on a "
              "commercial flight to Beirut", "French National Anti-Terrorism Prosecutor's Office", "indirect"),
        quote("I am proud of my struggle and I will continue it", "Georges Ibrahim Abdallah", "direct"),
        quote("he remained a danger to the public", "Government of the United States", "indirect"),
        quote("a symbol of resistance", "Hezbollah", "direct"),
        quote("a terrorist with blood on his hands", "Ministry of Foreign Affairs of Israel", "direct"),
        quote("it was disappointed by the ruling", "United States Department of State", "indirect"),
        quote("This is a political decision that should have been taken twenty years ago", "Jean-Louis Chalanset",
              "direct"),
        quote("he planned to live in his home village of Qobayat in northern Lebanon and had no intention of "
              "returning to politics", "family of Georges Ibrahim Abdallah", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["BEIRUT", "Beirut"]),
        entity("Government of France", "ORG", "FRA", ["France", "the French authorities"]),
        entity("Georges Ibrahim Abdallah", "PER", "LBN",
               ["Lebanese militant Georges Ibrahim Abdallah", "He", "his", "he", "the 74-year-old", "Abdallah",
                "him", "Abdallah's", "his client"]),
        entity("France", "LOC", "FRA", ["French territory", "southwestern France"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Lannemezan prison", "LOC", "FRA", ["the Lannemezan prison"]),
        entity("French National Anti-Terrorism Prosecutor's Office", "ORG", "FRA", ["French prosecutors"]),
        entity("Paris Court of Appeal", "ORG", "FRA", ["A Paris appeals court"]),
        entity("Abdallah supporters", "PER", "LBN", ["Supporters waving Lebanese and Palestinian flags"]),
        entity("Beirut airport", "LOC", "LBN", ["Beirut's airport"]),
        entity("Lebanese Armed Revolutionary Factions", "ORG", "LBN", ["the Lebanese Armed Revolutionary Factions"]),
        entity("Charles Ray", "PER", "USA", ["U.S. military attache Charles Ray"]),
        entity("Yacov Barsimantov", "PER", "ISR", ["Israeli diplomat Yacov Barsimantov"]),
        entity("French judiciary", "ORG", "FRA", ["French courts"]),
        entity("Government of the United States", "ORG", "USA", ["The United States", "Washington"]),
        entity("Youssef Rajji", "PER", "LBN", ["Lebanese Foreign Minister Youssef Rajji"]),
        entity("Hezbollah", "ORG", "LBN", ["Hezbollah"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Israel's Foreign Ministry"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department", "it"]),
        entity("Jean-Louis Chalanset", "PER", "FRA", ["Abdallah's lawyer, Jean-Louis Chalanset", "Chalanset"]),
        entity("family of Georges Ibrahim Abdallah", "PER", "LBN", ["Abdallah's family"]),
        entity("Qobayat", "LOC", "LBN", ["his home village of Qobayat"]),
        entity("Lebanon", "LOC", "LBN", ["northern Lebanon"]),
    ],
}

# ---------------------------------------------------------------- hm497-en-02 (Israel, Negev demolitions)
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
KHALIL_RES = actor("residents of Wadi al-Khalil", "ISR", "CVL")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
ILA = actor("Israel Land Authority", "ISR", "GOV")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
TIBI = actor("Ahmad Tibi", "ISR", "LEG")
ADALAH = actor("Adalah", "ISR", "NGO")
ISR_SUPREME = actor("Supreme Court of Israel", "ISR", "JUD")
NEGEV_BEDOUIN = actor("Bedouin residents of Rahat and Lakiya", "ISR", "CVL")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")

N1 = ("WADI AL-KHALIL, Israel (AP) — Israeli authorities on Wednesday demolished dozens of homes in an unrecognized "
      "Bedouin village in the Negev desert, leaving some 300 residents without shelter.")
N2 = ("Bulldozers escorted by hundreds of police officers moved into Wadi al-Khalil, near the town of Lakiya, "
      "shortly after dawn, residents said.")
N3 = ("The Israel Land Authority said the houses had been built illegally and that the land was needed to widen "
      "Highway 6.")
N4 = ("National Security Minister Itamar Ben-Gvir, whose ministry oversees the police, praised the operation, saying "
      "it showed that \"there is a landlord in the Negev\" and that the state would enforce the law everywhere.")
N5 = ("Dozens of residents tried to block the bulldozers, and police detained four men, including the village "
      "head, Salem Abu Assa.")
N6 = "Police said the men had attacked officers, a claim their families denied."
N7 = "Three of them were released by evening, according to the Arab rights group Adalah."
N8 = ("The authorities did not offer the families any alternative housing, said Adalah lawyer Marwan Abu "
      "Freih.")
N9 = ("Arab lawmaker Ahmad Tibi accused the government of waging \"a war on Bedouin citizens\" while the "
      "country's attention was on Gaza.")
N10 = "Adalah petitioned the Supreme Court on Wednesday to halt further demolitions in the area."
N11 = ("Shops and schools in the nearby towns of Rahat and Lakiya closed in protest in the afternoon, heeding a "
       "strike call by local leaders.")
N12 = ("Some 100,000 Bedouin live in about 35 villages in the Negev that the state does not recognize and that lack "
       "basic services such as water and electricity.")
N13 = ("Israeli governments have long sought to move the residents into planned townships, a policy many Bedouin "
       "see as an attempt to take their ancestral land.")
N14 = "The U.N. human rights office in April urged Israel to halt home demolitions in the Negev."
N15 = ("Wadi al-Khalil's residents said they had lived on the land since before the establishment of the state "
       "in 1948.")

EN02 = {
    "id": "hm497-en-02", "lang": "en", "url": None, "published": "2024-05-08",
    "title": "Israel demolishes homes in unrecognized Bedouin village in the Negev",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8], [N9, N10, N11], [N12, N13, N14, N15]),
    "events": [
        event("COERCE", ISR_GOV, KHALIL_RES, N1, mode="seize", date="2024-05-08", location="Wadi al-Khalil",
              location_country="ISR"),
        event("MOBILIZE", ISR_POLICE, None, N2, mode="police", date="2024-05-08", location="Wadi al-Khalil",
              location_country="ISR"),
        event("ACCUSE", ILA, KHALIL_RES, N3, mode="allege"),
        event("SUPPORT", BEN_GVIR, ISR_POLICE, N4),
        event("PROTEST", KHALIL_RES, ISR_POLICE, N5, mode="obstruct", date="2024-05-08",
              location="Wadi al-Khalil", location_country="ISR"),
        event("COERCE", ISR_POLICE, KHALIL_RES, N5, mode="arrest", date="2024-05-08", location="Wadi al-Khalil",
              location_country="ISR"),
        event("ACCUSE", ISR_POLICE, KHALIL_RES, N6, mode="allege"),
        event("RETREAT", ISR_POLICE, KHALIL_RES, N7, mode="release", date="2024-05-08"),
        event("AGREE", ISR_GOV, KHALIL_RES, N8, negated=True),
        event("ACCUSE", TIBI, ISR_GOV, N9, mode="disapprove"),
        event("REQUEST", ADALAH, ISR_SUPREME, N10, mode="change", date="2024-05-08"),
        event("PROTEST", NEGEV_BEDOUIN, ISR_GOV, N11, mode="strike", date="2024-05-08", location_country="ISR"),
        event("REQUEST", OHCHR, ISR_GOV, N14, mode="change"),
    ],
    "quotes": [
        quote("Bulldozers escorted by hundreds of police officers moved into Wadi al-Khalil, near the town of Lakiya, "
              "shortly after dawn", "residents of Wadi al-Khalil", "indirect"),
        quote("the houses had been built illegally and that the land was needed to widen Highway 6",
              "Israel Land Authority", "indirect"),
        quote("there is a landlord in the Negev", "Itamar Ben-Gvir", "direct"),
        quote("it showed that \"there is a landlord in the Negev\" and that the state would enforce the law "
              "everywhere", "Itamar Ben-Gvir", "indirect"),
        quote("the men had attacked officers", "Israel Police", "indirect"),
        quote("Three of them were released by evening", "Adalah", "indirect"),
        quote("The authorities did not offer the families any alternative housing", "Marwan Abu Freih",
              "indirect"),
        quote("a war on Bedouin citizens", "Ahmad Tibi", "direct"),
        quote("they had lived on the land since before the establishment of the state in 1948",
              "residents of Wadi al-Khalil", "indirect"),
    ],
    "entities": [
        entity("Wadi al-Khalil", "LOC", "ISR", ["WADI AL-KHALIL", "an unrecognized Bedouin village",
                                                "Wadi al-Khalil", "the village"]),
        entity("Government of Israel", "ORG", "ISR", ["Israeli authorities", "the state", "The authorities",
                                                      "the government", "Israel"]),
        entity("Negev", "LOC", "ISR", ["the Negev desert", "the Negev"]),
        entity("residents of Wadi al-Khalil", "PER", "ISR",
               ["some 300 residents", "residents", "Dozens of residents", "four men", "the men", "Three of them",
                "the families", "Wadi al-Khalil's residents", "they"]),
        entity("Israel Police", "ORG", "ISR", ["hundreds of police officers", "the police", "police", "Police"]),
        entity("Lakiya", "LOC", "ISR", ["the town of Lakiya", "Lakiya"]),
        entity("Israel Land Authority", "ORG", "ISR", ["The Israel Land Authority"]),
        entity("Highway 6", "LOC", "ISR", ["Highway 6"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["National Security Minister Itamar Ben-Gvir"]),
        entity("Ministry of National Security of Israel", "ORG", "ISR", ["whose ministry"]),
        entity("Salem Abu Assa", "PER", "ISR", ["the village head, Salem Abu Assa"]),
        entity("Adalah", "ORG", "ISR", ["the Arab rights group Adalah", "Adalah"]),
        entity("Marwan Abu Freih", "PER", "ISR", ["Adalah lawyer Marwan Abu Freih"]),
        entity("Ahmad Tibi", "PER", "ISR", ["Arab lawmaker Ahmad Tibi"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Supreme Court of Israel", "ORG", "ISR", ["the Supreme Court"]),
        entity("Rahat", "LOC", "ISR", ["Rahat"]),
        entity("Bedouin residents of Rahat and Lakiya", "PER", "ISR", ["Shops and schools"]),
        entity("local Bedouin leaders", "PER", "ISR", ["local leaders"]),
        entity("Negev Bedouin", "MISC", "ISR", ["Bedouin", "many Bedouin"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["The U.N. human rights office"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
