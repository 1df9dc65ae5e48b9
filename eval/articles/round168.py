"""Round 168: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm168-de-01: Austria: police arrest two suspected Islamists over a plot against Taylor Swift's Vienna concerts, which are cancelled; US intelligence tip (2024-08-08).
- hm168-de-02: Moldova: a razor-thin yes in the EU referendum; Sandu accuses Ilan Shor's networks of vote buying, Brussels blames Moscow, Peskov questions the result (2024-10-21).
- hm168-de-03: Kosovo: an explosion damages the Ibar-Lepenac canal; Kurti blames Belgrade, arrests, Vučić hits back, KFOR steps up patrols (2024-11-30).
- hm168-de-04: Latvia: a Russian Shahed drone crashes near Rēzekne; Riga asks allies for air defence, summons Russia's chargé and moves troops (2024-09-09).
- hm168-en-01: USA: Vance Boelter arrested and charged after the shootings of Minnesota lawmakers Melissa Hortman and John Hoffman (2025-06-16).
- hm168-en-02: UK: police arrest 29 in Parliament Square as the ban on Palestine Action takes effect after the courts refuse to suspend it (2025-07-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm168-de-01
AT_POLICE = actor("Austrian police", "AUT", "COP")
COBRA = actor("EKO Cobra", "AUT", "COP")
SUSPECTS = actor("two suspected Islamist plotters", "AUT", "CVL")
SUSPECT19 = actor("19-year-old suspect", "AUT", "CVL")
SUSPECT17 = actor("17-year-old suspect", "AUT", "CVL")
HAIJAWI = actor("Omar Haijawi-Pirchner", "AUT", "GOV")
PROSECUTOR = actor("Wiener Neustadt Public Prosecutor's Office", "AUT", "JUD")
US_INTEL = actor("US intelligence services", "USA", "GOV")
AUSTRIA = actor("Austria", "AUT", "GOV")
NEHAMMER = actor("Karl Nehammer", "AUT", "GOV")
USA_H = actor("United States", "USA", "GOV")
VIENNA_POLICE = actor("Vienna police", "AUT", "COP")

H1 = ("Wien (dpa) - Die österreichische Polizei hat zwei mutmaßliche Islamisten festgenommen, die einen Anschlag "
      "auf ein Konzert von US-Popstar Taylor Swift in Wien geplant haben sollen.")
H2 = ("Der Veranstalter Barracuda Music sagte daraufhin alle drei Auftritte im Ernst-Happel-Stadion ab, die von "
      "Donnerstag bis Samstag geplant waren.")
H3 = "Man habe die Entscheidung „zur Sicherheit aller“ getroffen, teilte das Unternehmen am Mittwochabend mit."
H4 = ("Beamte der Spezialeinheit Cobra hatten am Mittwochmorgen in Ternitz in Niederösterreich einen 19-Jährigen "
      "festgenommen.")
H5 = "In seinem Wohnhaus stellten die Ermittler chemische Substanzen und technische Vorrichtungen sicher."
H6 = ("Der Mann habe sich im Internet radikalisiert und vor dem Stadion möglichst viele Menschen töten wollen, "
      "sagte der Chef der Staatsschutzbehörde DSN, Omar Haijawi-Pirchner.")
H7 = "Ein 17-jähriger mutmaßlicher Mitwisser wurde am Nachmittag in Wien festgenommen."
H8 = ("Gegen beide ermittelt die Staatsanwaltschaft Wiener Neustadt unter anderem wegen Mitgliedschaft in einer "
      "terroristischen Vereinigung.")
H9 = "„Die Lage war ernst“, sagte Innenminister Gerhard Karner am Donnerstag, „aber wir haben eine Tragödie verhindert.“"
H10 = ("Den entscheidenden Hinweis auf die Anschlagspläne hatten nach Informationen aus Sicherheitskreisen "
       "US-Geheimdienste geliefert.")
H11 = "Bundeskanzler Karl Nehammer dankte den amerikanischen Partnern für die „hervorragende Zusammenarbeit“."
H12 = ("Die Polizei verstärkte am Donnerstag ihre Präsenz in der Innenstadt, wo sich trotz der Absage Tausende "
       "Fans versammelten.")
H13 = "Hinweise auf weitere Komplizen gebe es derzeit nicht, sagte Karner."

DE01 = {
    "id": "hm168-de-01", "lang": "de", "url": None, "published": "2024-08-08",
    "title": "Anschlagspläne in Wien: Taylor-Swift-Konzerte abgesagt",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7, H8], [H9, H10, H11, H12, H13]),
    "events": [
        event("COERCE", AT_POLICE, SUSPECTS, H1, mode="arrest", date="2024-08-07"),
        event("COERCE", COBRA, SUSPECT19, H4, mode="arrest", date="2024-08-07", location="Ternitz",
              location_country="AUT"),
        event("COERCE", AT_POLICE, SUSPECT19, H5, mode="seize", date="2024-08-07", location="Ternitz",
              location_country="AUT"),
        event("ACCUSE", HAIJAWI, SUSPECT19, H6, mode="allege"),
        event("COERCE", AT_POLICE, SUSPECT17, H7, mode="arrest", date="2024-08-07", location="Vienna",
              location_country="AUT"),
        event("ACCUSE", PROSECUTOR, SUSPECT19, H8, mode="investigate"),
        event("ACCUSE", PROSECUTOR, SUSPECT17, H8, mode="investigate"),
        event("COOPERATE", US_INTEL, AUSTRIA, H10),
        event("SUPPORT", NEHAMMER, USA_H, H11),
        event("MOBILIZE", VIENNA_POLICE, None, H12, mode="police", date="2024-08-08", location="Vienna",
              location_country="AUT"),
    ],
    "quotes": [
        quote("Man habe die Entscheidung „zur Sicherheit aller“ getroffen", "Barracuda Music", "indirect"),
        quote("zur Sicherheit aller", "Barracuda Music", "direct"),
        quote("Der Mann habe sich im Internet radikalisiert und vor dem Stadion möglichst viele Menschen töten "
              "wollen", "Omar Haijawi-Pirchner", "indirect"),
        quote("Die Lage war ernst", "Gerhard Karner", "direct"),
        quote("aber wir haben eine Tragödie verhindert", "Gerhard Karner", "direct"),
        quote("hervorragende Zusammenarbeit", "Karl Nehammer", "direct"),
        quote("Hinweise auf weitere Komplizen gebe es derzeit nicht", "Gerhard Karner", "indirect"),
    ],
    "entities": [
        entity("Vienna", "LOC", "AUT", ["Wien"]),
        entity("Austrian police", "ORG", "AUT", ["Die österreichische Polizei", "die Ermittler"]),
        entity("two suspected Islamist plotters", "PER", "AUT", ["zwei mutmaßliche Islamisten", "beide"]),
        entity("Taylor Swift", "PER", "USA", ["US-Popstar Taylor Swift"]),
        entity("Barracuda Music", "ORG", "AUT", ["Der Veranstalter Barracuda Music", "das Unternehmen"]),
        entity("Ernst-Happel-Stadion", "LOC", "AUT", ["Ernst-Happel-Stadion", "dem Stadion"]),
        entity("EKO Cobra", "ORG", "AUT", ["Beamte der Spezialeinheit Cobra"]),
        entity("Ternitz", "LOC", "AUT", ["Ternitz"]),
        entity("Lower Austria", "LOC", "AUT", ["Niederösterreich"]),
        entity("19-year-old suspect", "PER", "AUT", ["einen 19-Jährigen", "Der Mann", "seinem"]),
        entity("Omar Haijawi-Pirchner", "PER", "AUT", ["der Chef der Staatsschutzbehörde DSN, Omar Haijawi-Pirchner"]),
        entity("Directorate State Protection and Intelligence (DSN)", "ORG", "AUT", ["Staatsschutzbehörde DSN"]),
        entity("17-year-old suspect", "PER", "AUT", ["Ein 17-jähriger mutmaßlicher Mitwisser"]),
        entity("Wiener Neustadt Public Prosecutor's Office", "ORG", "AUT", ["die Staatsanwaltschaft Wiener Neustadt"]),
        entity("Gerhard Karner", "PER", "AUT", ["Innenminister Gerhard Karner", "Karner"]),
        entity("US intelligence services", "ORG", "USA", ["US-Geheimdienste"]),
        entity("Karl Nehammer", "PER", "AUT", ["Bundeskanzler Karl Nehammer"]),
        entity("United States", "GPE", "USA", ["den amerikanischen Partnern"]),
        entity("Vienna police", "ORG", "AUT", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm168-de-02
MD_VOTERS = actor("Moldovan voters", "MDA", "CVL")
EU_I = actor("European Union", "EUR", "IGO")
SANDU = actor("Maia Sandu", "MDA", "GOV")
SHOR = actor("Ilan Shor", "MDA", "OPP")
MD_POLICE = actor("Moldovan police", "MDA", "COP")
VOTE_BUYERS = actor("suspected vote buyers", "MDA", "CVL")
CERNAUTEANU = actor("Viorel Cernăuțeanu", "MDA", "COP")
RUSSIA_I = actor("Russia", "RUS", "GOV")
EU_COMM_I = actor("European Commission", "EUR", "IGO")
EU_SPOKES = actor("Spokesperson of the European Commission", "EUR", "IGO")
MOLDOVA = actor("Moldova", "MDA", "GOV")
PESKOV_I = actor("Dmitry Peskov", "RUS", "GOV")

I1 = ("Chisinau (AFP) - Die Menschen in der Republik Moldau haben sich am Sonntag in einem Referendum äußerst "
      "knapp für die Verankerung des EU-Beitrittsziels in der Verfassung ausgesprochen.")
I2 = "Nach Auszählung fast aller Stimmen kam das Ja-Lager auf 50,4 Prozent, wie die Wahlkommission am Montag mitteilte."
I3 = ("Präsidentin Maia Sandu sprach von einem „Angriff auf unsere Freiheit“ und warf Netzwerken um den "
      "flüchtigen Oligarchen Ilan Schor vor, bis zu 300.000 Stimmen gekauft zu haben.")
I4 = "Der in Moskau lebende Schor weist die Vorwürfe zurück."
I5 = "Die EU hatte ihn bereits im vergangenen Jahr mit Sanktionen belegt."
I6 = ("Die Polizei hatte in den Wochen vor der Abstimmung Hunderte Wohnungen mutmaßlicher Helfer durchsucht und "
      "Bargeld in Millionenhöhe beschlagnahmt.")
I7 = ("Polizeichef Viorel Cernăuțeanu zufolge flossen allein im September rund 15 Millionen Dollar aus Russland "
      "an mehr als 130.000 Wählerinnen und Wähler.")
I8 = "Die EU-Kommission warf Moskau eine „massive“ Einmischung vor."
I9 = "Brüssel stehe weiter fest an der Seite Moldaus, sagte ein Sprecher."
I10 = ("Kremlsprecher Dmitri Peskow stellte das Ergebnis in Frage und forderte Chisinau auf, Beweise für die "
       "Vorwürfe vorzulegen.")
I11 = "Russland mische sich nicht in die Angelegenheiten anderer Staaten ein, sagte er."
I12 = ("Sandu trifft am 3. November in einer Stichwahl auf den früheren Generalstaatsanwalt Alexandr Stoianoglo, "
       "den Kandidaten der prorussischen Sozialisten.")
I13 = ("Sollte Stoianoglo gewinnen, könnte der Westkurs des Landes nach Einschätzung von Beobachtern ins Stocken "
       "geraten.")

DE02 = {
    "id": "hm168-de-02", "lang": "de", "url": None, "published": "2024-10-21",
    "title": "Hauchdünnes Ja zum EU-Kurs in Moldau – Sandu beklagt Stimmenkauf",
    "text": paragraphs([I1, I2, I3, I4, I5], [I6, I7, I8, I9], [I10, I11, I12, I13]),
    "events": [
        event("SUPPORT", MD_VOTERS, EU_I, I1, date="2024-10-20", location="Moldova", location_country="MDA"),
        event("ACCUSE", SANDU, SHOR, I3, mode="allege"),
        event("SANCTION", EU_I, SHOR, I5, mode="discontinue"),
        event("COERCE", MD_POLICE, VOTE_BUYERS, I6, mode="seize"),
        event("ACCUSE", CERNAUTEANU, RUSSIA_I, I7, mode="allege"),
        event("ACCUSE", EU_COMM_I, RUSSIA_I, I8, mode="allege"),
        event("SUPPORT", EU_SPOKES, MOLDOVA, I9),
        event("ACCUSE", PESKOV_I, MOLDOVA, I10, mode="disapprove"),
        event("REQUEST", PESKOV_I, MOLDOVA, I10),
    ],
    "quotes": [
        quote("Nach Auszählung fast aller Stimmen kam das Ja-Lager auf 50,4 Prozent",
              "Central Electoral Commission of Moldova", "indirect"),
        quote("Angriff auf unsere Freiheit", "Maia Sandu", "direct"),
        quote("bis zu 300.000 Stimmen gekauft zu haben", "Maia Sandu", "indirect"),
        quote("flossen allein im September rund 15 Millionen Dollar aus Russland an mehr als 130.000 Wählerinnen "
              "und Wähler", "Viorel Cernăuțeanu", "indirect"),
        quote("massive", "European Commission", "direct"),
        quote("Brüssel stehe weiter fest an der Seite Moldaus", "Spokesperson of the European Commission",
              "indirect"),
        quote("Beweise für die Vorwürfe vorzulegen", "Dmitry Peskov", "indirect"),
        quote("Russland mische sich nicht in die Angelegenheiten anderer Staaten ein", "Dmitry Peskov",
              "indirect"),
    ],
    "entities": [
        entity("Chisinau", "LOC", "MDA", ["Chisinau"]),
        entity("Moldova", "GPE", "MDA", ["der Republik Moldau", "Moldaus", "des Landes"]),
        entity("European Union", "ORG", "EUR", ["Die EU", "Brüssel"]),
        entity("Central Electoral Commission of Moldova", "ORG", "MDA", ["die Wahlkommission"]),
        entity("Maia Sandu", "PER", "MDA", ["Präsidentin Maia Sandu", "Sandu"]),
        entity("Ilan Shor", "PER", "MDA", ["den flüchtigen Oligarchen Ilan Schor", "Schor", "ihn"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Moldovan police", "ORG", "MDA", ["Die Polizei"]),
        entity("suspected vote buyers", "PER", "MDA", ["mutmaßlicher Helfer"]),
        entity("Viorel Cernăuțeanu", "PER", "MDA", ["Polizeichef Viorel Cernăuțeanu"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Spokesperson of the European Commission", "PER", "EUR", ["ein Sprecher"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "er"]),
        entity("Alexandr Stoianoglo", "PER", "MDA",
               ["den früheren Generalstaatsanwalt Alexandr Stoianoglo", "Stoianoglo"]),
        entity("Party of Socialists of the Republic of Moldova", "ORG", "MDA", ["der prorussischen Sozialisten"]),
    ],
}

# ---------------------------------------------------------------- hm168-de-03
KURTI = actor("Albin Kurti", "XKX", "GOV")
SERBIA = actor("Serbia", "SRB", "GOV")
GANGS = actor("criminal gangs", None, None)
KS_POLICE = actor("Kosovo Police", "XKX", "COP")
KS_SUSPECTS = actor("eight suspects", "XKX", "CVL")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
EU_J = actor("European Union", "EUR", "IGO")
KFOR = actor("Kosovo Force (KFOR)", "IGO", "MIL")
US_EMBASSY = actor("Embassy of the United States in Pristina", "USA", "GOV")
KOSOVO = actor("Kosovo", "XKX", "GOV")
KOSOVO_GOV = actor("Government of Kosovo", "XKX", "GOV")

J1 = ("Pristina (dpa) - Nach einer Explosion an einem wichtigen Wasserkanal im Norden des Kosovos hat "
      "Regierungschef Albin Kurti das Nachbarland Serbien verantwortlich gemacht.")
J2 = ("Hinter dem Anschlag stünden „kriminelle Banden“, die von Belgrad gesteuert würden, sagte Kurti in der "
      "Nacht zum Samstag.")
J3 = ("Die Explosion am Freitagabend hatte den Ibar-Lepenac-Kanal nahe dem Dorf Varage in der Gemeinde Zubin "
      "Potok schwer beschädigt.")
J4 = "Der Kanal versorgt große Teile des Landes mit Trinkwasser und kühlt zwei Kohlekraftwerke bei Pristina."
J5 = "Die Polizei nahm bis Samstagmittag acht Verdächtige fest, so Innenminister Xhelal Sveçla."
J6 = "Bei Durchsuchungen in Zubin Potok stellten die Ermittler zudem Waffen und Uniformen sicher."
J7 = "Serbiens Präsident Aleksandar Vučić wies die Vorwürfe zurück."
J8 = "Er warf Kurti seinerseits vor, den Vorfall für den Wahlkampf zu missbrauchen."
J9 = "Die EU verurteilte den Anschlag auf die zivile Infrastruktur „aufs Schärfste“."
J10 = "Die Nato-geführte Schutztruppe KFOR verstärkte nach eigenen Angaben ihre Patrouillen entlang des Kanals."
J11 = "Die US-Botschaft in Pristina bot den Behörden Hilfe bei den Ermittlungen an."
J12 = "Die Grenzübergänge nach Serbien ließ die Regierung entgegen ersten Berichten nicht schließen."
J13 = ("Belgrad und Pristina hatten sich im vergangenen Jahr unter Vermittlung der EU auf Schritte zur "
       "Normalisierung ihrer Beziehungen geeinigt.")

DE03 = {
    "id": "hm168-de-03", "lang": "de", "url": None, "published": "2024-11-30",
    "title": "Explosion an Wasserkanal im Kosovo – Kurti beschuldigt Serbien",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11, J12, J13]),
    "events": [
        event("ACCUSE", KURTI, SERBIA, J1, mode="allege"),
        event("ACCUSE", KURTI, SERBIA, J2, mode="allege"),
        event("ACCUSE", KURTI, GANGS, J2, mode="allege"),
        event("COERCE", KS_POLICE, KS_SUSPECTS, J5, mode="arrest", date="2024-11-30"),
        event("COERCE", KS_POLICE, None, J6, mode="seize", location="Zubin Potok", location_country="XKX"),
        event("ACCUSE", VUCIC, KURTI, J8, mode="allege"),
        event("ACCUSE", EU_J, None, J9, mode="disapprove"),
        event("MOBILIZE", KFOR, None, J10, mode="troops", location="Ibar-Lepenac canal", location_country="XKX"),
        event("AGREE", US_EMBASSY, KOSOVO, J11),
        event("SANCTION", KOSOVO_GOV, SERBIA, J12, mode="discontinue", negated=True),
        event("AGREE", SERBIA, KOSOVO, J13),
    ],
    "quotes": [
        quote("Hinter dem Anschlag stünden „kriminelle Banden“, die von Belgrad gesteuert würden", "Albin Kurti",
              "indirect"),
        quote("kriminelle Banden", "Albin Kurti", "direct"),
        quote("Die Polizei nahm bis Samstagmittag acht Verdächtige fest", "Xhelal Sveçla", "indirect"),
        quote("den Vorfall für den Wahlkampf zu missbrauchen", "Aleksandar Vučić", "indirect"),
        quote("aufs Schärfste", "European Union", "direct"),
    ],
    "entities": [
        entity("Pristina", "LOC", "XKX", ["Pristina"]),
        entity("Kosovo", "GPE", "XKX", ["des Kosovos", "des Landes"]),
        entity("Albin Kurti", "PER", "XKX", ["Regierungschef Albin Kurti", "Kurti"]),
        entity("Serbia", "GPE", "SRB", ["das Nachbarland Serbien", "Belgrad", "Serbien"]),
        entity("criminal gangs", "ORG", None, ["kriminelle Banden"]),
        entity("Ibar-Lepenac canal", "LOC", "XKX",
               ["einem wichtigen Wasserkanal", "den Ibar-Lepenac-Kanal", "Der Kanal", "des Kanals"]),
        entity("Varage", "LOC", "XKX", ["dem Dorf Varage"]),
        entity("Zubin Potok", "LOC", "XKX", ["der Gemeinde Zubin Potok", "Zubin Potok"]),
        entity("Kosovo Police", "ORG", "XKX", ["Die Polizei", "die Ermittler"]),
        entity("eight suspects", "PER", "XKX", ["acht Verdächtige"]),
        entity("Xhelal Sveçla", "PER", "XKX", ["Innenminister Xhelal Sveçla"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Serbiens Präsident Aleksandar Vučić", "Er"]),
        entity("European Union", "ORG", "EUR", ["Die EU", "der EU"]),
        entity("Kosovo Force (KFOR)", "ORG", "IGO", ["Die Nato-geführte Schutztruppe KFOR"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("Embassy of the United States in Pristina", "ORG", "USA", ["Die US-Botschaft in Pristina"]),
        entity("Government of Kosovo", "ORG", "XKX", ["den Behörden", "die Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm168-de-04
LV_GOV = actor("Government of Latvia", "LVA", "GOV")
NATO_ALLIES = actor("NATO allies", "IGO", "GOV")
SPRUDS = actor("Andris Sprūds", "LVA", "GOV")
RUSSIA_K = actor("Russia", "RUS", "GOV")
LV_MFA = actor("Ministry of Foreign Affairs of Latvia", "LVA", "GOV")
LV_ARMY = actor("Latvian National Armed Forces", "LVA", "MIL")
NATO_K = actor("NATO", "IGO", "IGO")
LATVIA_K = actor("Latvia", "LVA", "GOV")

K1 = ("Riga (dpa) - Nach dem Absturz einer russischen Militärdrohne im Osten Lettlands hat die Regierung in Riga "
      "die Verbündeten um zusätzliche Luftabwehr gebeten.")
K2 = ("Das Fluggerät vom Typ Shahed sei in der Nacht zum Sonntag über Belarus in den lettischen Luftraum "
      "eingedrungen und nahe der Stadt Rēzekne aufgeschlagen, teilten die Streitkräfte mit.")
K3 = "Verletzt wurde niemand."
K4 = "Die Drohne war vermutlich bei einem russischen Angriff auf die Ukraine vom Kurs abgekommen."
K5 = ("Verteidigungsminister Andris Sprūds warf Moskau vor, mit seinem Krieg gegen die Ukraine die Sicherheit "
      "der ganzen Region zu gefährden.")
K6 = "„Wir müssen solche Drohnen abschießen können, bevor sie unsere Städte erreichen“, sagte er."
K7 = "Das Außenministerium bestellte den russischen Geschäftsträger ein und übergab ihm eine Protestnote."
K8 = "Zudem verlegte die Armee zusätzliche Soldaten und Radargeräte in die Grenzregion Latgale."
K9 = "Ein Nato-Sprecher sagte, das Bündnis stehe in engem Kontakt mit Riga und prüfe den Vorfall."
K10 = ("Litauen und Estland verstärkten nach eigenen Angaben ihre Luftraumüberwachung an den Grenzen zu Russland "
       "und Belarus.")
K11 = ("Eine Ausweisung russischer Diplomaten stehe derzeit nicht zur Debatte, sagte ein Sprecher des "
       "Außenministeriums.")
K12 = "Moskau äußerte sich zunächst nicht zu dem Vorfall."

DE04 = {
    "id": "hm168-de-04", "lang": "de", "url": None, "published": "2024-09-09",
    "title": "Russische Drohne stürzt in Lettland ab – Riga bittet um Luftabwehr",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12]),
    "events": [
        event("REQUEST", LV_GOV, NATO_ALLIES, K1, mode="assist"),
        event("ACCUSE", SPRUDS, RUSSIA_K, K5, mode="disapprove"),
        event("ACCUSE", LV_MFA, RUSSIA_K, K7, mode="disapprove"),
        event("MOBILIZE", LV_ARMY, None, K8, mode="troops", location="Latgale", location_country="LVA"),
        event("CONSULT", NATO_K, LATVIA_K, K9),
        event("MOBILIZE", actor("Lithuania", "LTU", "MIL"), None, K10, mode="weapons"),
        event("MOBILIZE", actor("Estonia", "EST", "MIL"), None, K10, mode="weapons"),
        event("SANCTION", LV_MFA, RUSSIA_K, K11, mode="expel", negated=True),
    ],
    "quotes": [
        quote("Das Fluggerät vom Typ Shahed sei in der Nacht zum Sonntag über Belarus in den lettischen Luftraum "
              "eingedrungen und nahe der Stadt Rēzekne aufgeschlagen", "Latvian National Armed Forces",
              "indirect"),
        quote("mit seinem Krieg gegen die Ukraine die Sicherheit der ganzen Region zu gefährden", "Andris Sprūds",
              "indirect"),
        quote("Wir müssen solche Drohnen abschießen können, bevor sie unsere Städte erreichen", "Andris Sprūds",
              "direct"),
        quote("das Bündnis stehe in engem Kontakt mit Riga und prüfe den Vorfall", "NATO spokesperson",
              "indirect"),
        quote("Eine Ausweisung russischer Diplomaten stehe derzeit nicht zur Debatte",
              "Spokesperson of the Ministry of Foreign Affairs of Latvia", "indirect"),
    ],
    "entities": [
        entity("Riga", "LOC", "LVA", ["Riga"]),
        entity("Latvia", "GPE", "LVA", ["Lettlands"]),
        entity("Government of Latvia", "ORG", "LVA", ["die Regierung in Riga"]),
        entity("NATO allies", "ORG", "IGO", ["die Verbündeten"]),
        entity("Latvian National Armed Forces", "ORG", "LVA", ["die Streitkräfte", "die Armee"]),
        entity("Belarus", "GPE", "BLR", ["Belarus"]),
        entity("Rēzekne", "LOC", "LVA", ["der Stadt Rēzekne"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine"]),
        entity("Andris Sprūds", "PER", "LVA", ["Verteidigungsminister Andris Sprūds", "er"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland"]),
        entity("Ministry of Foreign Affairs of Latvia", "ORG", "LVA",
               ["Das Außenministerium", "des Außenministeriums"]),
        entity("Russian chargé d'affaires in Riga", "PER", "RUS", ["den russischen Geschäftsträger", "ihm"]),
        entity("Latgale", "LOC", "LVA", ["die Grenzregion Latgale"]),
        entity("NATO spokesperson", "PER", "IGO", ["Ein Nato-Sprecher"]),
        entity("NATO", "ORG", "IGO", ["das Bündnis"]),
        entity("Lithuania", "GPE", "LTU", ["Litauen"]),
        entity("Estonia", "GPE", "EST", ["Estland"]),
        entity("Spokesperson of the Ministry of Foreign Affairs of Latvia", "PER", "LVA",
               ["ein Sprecher des Außenministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm168-en-01
US_POLICE = actor("US law enforcement", "USA", "COP")
BOELTER = actor("Vance Boelter", "USA", "CVL")
HORTMAN = actor("Melissa Hortman", "USA", "LEG")
MARK_HORTMAN = actor("Mark Hortman", "USA", "CVL")
HOFFMAN = actor("John Hoffman", "USA", "LEG")
YVETTE_HOFFMAN = actor("Yvette Hoffman", "USA", "CVL")
THOMPSON = actor("Joseph Thompson", "USA", "JUD")
WALZ = actor("Tim Walz", "USA", "GOV")
TRUMP_L = actor("Donald Trump", "USA", "GOV")
MN_AUTH = actor("Minnesota authorities", "USA", "GOV")
MN_PUBLIC = actor("Minnesota residents", "USA", "CVL")
NO_KINGS = actor("No Kings protesters", "USA", "CVL")

L1 = ("MINNEAPOLIS (AP) — Police arrested the man suspected of fatally shooting a Minnesota lawmaker and her "
      "husband and wounding another legislator on Sunday night, ending a two-day manhunt.")
L2 = "Vance Boelter, 57, was taken into custody in a field in rural Sibley County, authorities said."
L3 = ("Investigators say Boelter, disguised as a police officer, shot Democratic state Rep. Melissa Hortman and "
      "her husband Mark at their home in Brooklyn Park early Saturday, about an hour after wounding state Sen. "
      "John Hoffman and his wife in nearby Champlin.")
L4 = "The Hortmans died of their wounds, while the Hoffmans survived surgery."
L5 = "Acting U.S. Attorney Joseph Thompson charged Boelter on Monday with murder and stalking under federal law."
L6 = "“This was a targeted political assassination,” Thompson told reporters, “planned for weeks.”"
L7 = "Governor Tim Walz called the shootings “an attack on our democracy” and ordered flags lowered across the state."
L8 = "President Donald Trump condemned the “terrible” violence on social media."
L9 = ("During the manhunt, hundreds of officers from local, state and federal agencies searched farmland around "
      "Boelter's home in Green Isle.")
L10 = ("Authorities had urged Minnesotans to stay away from “No Kings” protests on Saturday after flyers for the "
       "rallies were found in the suspect's car.")
L11 = "Thousands nevertheless rallied against Trump's policies outside the State Capitol in St. Paul."
L12 = "Investigators said they had not detained anyone else and believed Boelter acted alone."

EN01 = {
    "id": "hm168-en-01", "lang": "en", "url": None, "published": "2025-06-16",
    "title": "Suspect in Minnesota lawmaker shootings arrested and charged",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11, L12]),
    "events": [
        event("COERCE", US_POLICE, BOELTER, L1, mode="arrest", date="2025-06-15"),
        event("COERCE", US_POLICE, BOELTER, L2, mode="arrest", date="2025-06-15", location="Sibley County",
              location_country="USA"),
        event("ASSAULT", BOELTER, HORTMAN, L3, mode="assassinate", date="2025-06-14", location="Brooklyn Park",
              location_country="USA"),
        event("ASSAULT", BOELTER, MARK_HORTMAN, L3, mode="assassinate", date="2025-06-14",
              location="Brooklyn Park", location_country="USA"),
        event("ASSAULT", BOELTER, HOFFMAN, L3, mode="assassinate", date="2025-06-14", location="Champlin",
              location_country="USA"),
        event("ASSAULT", BOELTER, YVETTE_HOFFMAN, L3, mode="assassinate", date="2025-06-14", location="Champlin",
              location_country="USA"),
        event("ACCUSE", THOMPSON, BOELTER, L5, mode="allege", date="2025-06-16"),
        event("ACCUSE", THOMPSON, BOELTER, L6, mode="allege"),
        event("ACCUSE", WALZ, BOELTER, L7, mode="disapprove"),
        event("ACCUSE", TRUMP_L, BOELTER, L8, mode="disapprove"),
        event("MOBILIZE", US_POLICE, BOELTER, L9, mode="police", location="Green Isle", location_country="USA"),
        event("REQUEST", MN_AUTH, MN_PUBLIC, L10),
        event("PROTEST", NO_KINGS, TRUMP_L, L11, mode="demo", date="2025-06-14", location="St. Paul",
              location_country="USA"),
        event("COERCE", US_POLICE, None, L12, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Vance Boelter, 57, was taken into custody in a field in rural Sibley County", "US law enforcement",
              "indirect"),
        quote("Boelter, disguised as a police officer, shot Democratic state Rep. Melissa Hortman and her husband "
              "Mark at their home in Brooklyn Park early Saturday, about an hour after wounding state Sen. John "
              "Hoffman and his wife in nearby Champlin", "US law enforcement", "indirect"),
        quote("This was a targeted political assassination", "Joseph Thompson", "direct"),
        quote("planned for weeks", "Joseph Thompson", "direct"),
        quote("an attack on our democracy", "Tim Walz", "direct"),
        quote("terrible", "Donald Trump", "direct"),
        quote("No Kings", "No Kings protesters", "direct"),
        quote("they had not detained anyone else and believed Boelter acted alone", "US law enforcement", "indirect"),
    ],
    "entities": [
        entity("Minneapolis", "LOC", "USA", ["MINNEAPOLIS"]),
        entity("US law enforcement", "ORG", "USA",
               ["Police", "authorities", "Investigators", "hundreds of officers from local, state and federal agencies"]),
        entity("Vance Boelter", "PER", "USA", ["the man suspected", "Vance Boelter", "Boelter", "the suspect's"]),
        entity("Minnesota", "GPE", "USA", ["Minnesota", "the state"]),
        entity("Melissa Hortman", "PER", "USA", ["a Minnesota lawmaker", "Democratic state Rep. Melissa Hortman"]),
        entity("Mark Hortman", "PER", "USA", ["her husband Mark", "her husband"]),
        entity("John Hoffman", "PER", "USA", ["another legislator", "state Sen. John Hoffman"]),
        entity("Yvette Hoffman", "PER", "USA", ["his wife"]),
        entity("Sibley County", "LOC", "USA", ["rural Sibley County"]),
        entity("Brooklyn Park", "LOC", "USA", ["Brooklyn Park"]),
        entity("Champlin", "LOC", "USA", ["nearby Champlin"]),
        entity("Joseph Thompson", "PER", "USA", ["Acting U.S. Attorney Joseph Thompson", "Thompson"]),
        entity("Tim Walz", "PER", "USA", ["Governor Tim Walz"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump's"]),
        entity("Green Isle", "LOC", "USA", ["Green Isle"]),
        entity("Minnesota residents", "PER", "USA", ["Minnesotans"]),
        entity("No Kings protesters", "ORG", "USA", ["Thousands"]),
        entity("Minnesota State Capitol", "LOC", "USA", ["the State Capitol"]),
        entity("St. Paul", "LOC", "USA", ["St. Paul"]),
        entity("Associated Press", "ORG", "USA", ["AP"]),
    ],
}

# ---------------------------------------------------------------- hm168-en-02
MET = actor("Metropolitan Police", "GBR", "COP")
PA_PROTESTERS = actor("Palestine Action supporters", "GBR", "CVL")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
COOPER = actor("Yvette Cooper", "GBR", "GOV")
PAL_ACTION = actor("Palestine Action", "GBR", "NGO")
RAF = actor("Royal Air Force", "GBR", "MIL")
HIGH_COURT = actor("High Court of England and Wales", "GBR", "JUD")
AMMORI = actor("Huda Ammori", "GBR", "NGO")
APPEAL_COURT = actor("Court of Appeal of England and Wales", "GBR", "JUD")
COMMONS = actor("House of Commons", "GBR", "LEG")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

M1 = ("LONDON (Reuters) - British police arrested 29 people in London on Saturday for showing support for "
      "Palestine Action, hours after a ban on the activist group came into force.")
M2 = ("The Metropolitan Police said the protesters had gathered in Parliament Square with placards expressing "
      "support for the group.")
M3 = ("Home Secretary Yvette Cooper moved to outlaw the group after activists broke into the Royal Air Force base "
      "at Brize Norton last month and sprayed red paint on two military aircraft.")
M4 = "Under the ban, membership of or support for Palestine Action is punishable by up to 14 years in prison."
M5 = ("“This is not a protest movement, it is a group that has repeatedly carried out serious criminal damage,” "
      "Cooper said in a statement.")
M6 = "On Friday, a High Court judge rejected a last-minute request by co-founder Huda Ammori to suspend the ban."
M7 = "The Court of Appeal upheld that decision hours before the ban took effect at midnight."
M8 = "Lawmakers had approved the order earlier in the week by 385 votes to 26."
M9 = "Amnesty International called the ban “a dangerous overreach.”"
M10 = "Police warned that anyone displaying support for the group in public could be arrested."
M11 = "Palestine Action has denied being a violent organisation."
M12 = "The ban places the group on the same legal footing as al-Qaida and Islamic State."

EN02 = {
    "id": "hm168-en-02", "lang": "en", "url": None, "published": "2025-07-06",
    "title": "Police arrest 29 as Britain's ban on Palestine Action takes effect",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10, M11, M12]),
    "events": [
        event("COERCE", MET, PA_PROTESTERS, M1, mode="arrest", date="2025-07-05", location="London",
              location_country="GBR"),
        event("PROTEST", PA_PROTESTERS, UK_GOV, M2, mode="demo", date="2025-07-05", location="Parliament Square",
              location_country="GBR"),
        event("COERCE", COOPER, PAL_ACTION, M3, mode="ban"),
        event("PROTEST", PAL_ACTION, RAF, M3, mode="vandalize", location="Brize Norton", location_country="GBR"),
        event("ACCUSE", COOPER, PAL_ACTION, M5, mode="allege"),
        event("REQUEST", AMMORI, HIGH_COURT, M6, mode="change", date="2025-07-04"),
        event("REJECT", HIGH_COURT, AMMORI, M6, mode="change", date="2025-07-04"),
        event("REJECT", APPEAL_COURT, AMMORI, M7, mode="change", date="2025-07-04"),
        event("SUPPORT", COMMONS, UK_GOV, M8),
        event("ACCUSE", AMNESTY, UK_GOV, M9, mode="disapprove"),
        event("THREATEN", MET, PA_PROTESTERS, M10, mode="arrest"),
    ],
    "quotes": [
        quote("the protesters had gathered in Parliament Square with placards expressing support for the group",
              "Metropolitan Police", "indirect"),
        quote("This is not a protest movement, it is a group that has repeatedly carried out serious criminal "
              "damage", "Yvette Cooper", "direct"),
        quote("a dangerous overreach", "Amnesty International", "direct"),
        quote("anyone displaying support for the group in public could be arrested", "Metropolitan Police",
              "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON", "London"]),
        entity("Metropolitan Police", "ORG", "GBR", ["British police", "The Metropolitan Police", "Police"]),
        entity("Palestine Action supporters", "PER", "GBR", ["29 people", "the protesters"]),
        entity("Palestine Action", "ORG", "GBR",
               ["Palestine Action", "the activist group", "the group", "activists"]),
        entity("Parliament Square", "LOC", "GBR", ["Parliament Square"]),
        entity("Yvette Cooper", "PER", "GBR", ["Home Secretary Yvette Cooper", "Cooper"]),
        entity("Royal Air Force", "ORG", "GBR", ["the Royal Air Force"]),
        entity("RAF Brize Norton", "LOC", "GBR", ["base at Brize Norton"]),
        entity("High Court of England and Wales", "ORG", "GBR", ["a High Court judge"]),
        entity("Huda Ammori", "PER", "GBR", ["co-founder Huda Ammori"]),
        entity("Court of Appeal of England and Wales", "ORG", "GBR", ["The Court of Appeal"]),
        entity("House of Commons", "ORG", "GBR", ["Lawmakers"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("al-Qaida", "ORG", None, ["al-Qaida"]),
        entity("Islamic State", "ORG", None, ["Islamic State"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
