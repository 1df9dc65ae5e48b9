"""Round 308: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2025, invented wording and details):
- hm326-de-01: Serbia: tens of thousands rally at Slavija square in Belgrade on Vidovdan and demand snap elections; students' ultimatum, clashes with riot police, pepper spray and thrown bottles, Dačić reports injured officers and 77 detentions, Vučić accuses the organisers, threatens and rules out early elections, road blockades the next day, most detainees freed, Kos urges respect for the right to protest (2025-06-29).
- hm326-de-02: Bosnia and Herzegovina: the state court issues an arrest warrant for Republika Srpska president Milorad Dodik; prosecutors' investigation, ignored summonses, the RS laws banning state judiciary and police, his February conviction, Dodik defies the court and accuses Schmidt, SIPA makes no arrest attempt, EUFOR reserves, Moscow condemns, Vučić backs Dodik, Orbán phones and invites him (2025-03-19).
- hm326-de-03: Turkey: police detain the CHP mayors of Adana, Antalya and Adıyaman (Karalar, Böcek, Tutdere); Istanbul prosecutors' bribery suspicions, a separate Antalya probe, town hall searches, Özel speaks of a coup, supporters gather in Adana, Tunç denies, Erdoğan's accusation, İmamoğlu's detention, the EU Commission's demand (2025-07-05).
- hm326-de-04: Georgia: prosecutors charge eight opposition leaders including Saakashvili and Gakharia with sabotage; the storming attempt at the presidential palace on 4 October and the police response, Kobakhidze defends and warns, Gakharia objects, rally called, Kallas condemns and demands releases, Papuashvili accuses Brussels (2025-11-06).
- hm326-en-01: Romania: prosecutors detain and charge far-right politician Calin Georgescu; police stop his car, judicial control, release in the evening, searches including Horatiu Potra's home, supporters protest, Georgescu and Simion object, Bolojan backs the judiciary, Vance's earlier criticism, the annulled December election (2025-02-26).
- hm326-en-02: Ukraine/Russia: Russian glide bombs kill 13 in Zaporizhzhia; Fedorov's toll, Zelenskiy accuses Moscow and asks allies for air defence, Russia claims strikes on industrial sites, Ukrainian drones set the Kristall fuel depot in Engels ablaze, Busargin declares an emergency, Lithuania delivers aid, Ramstein meeting ahead, Kallas condemns (2025-01-08).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm326-de-01 (Serbia, Vidovdan protest in Belgrade)
SRB_PROTESTERS = actor("Serbian student protesters", "SRB", "CVL")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
SRB_POLICE = actor("Serbian police", "SRB", "COP")
STUDENT_SPEAKER = actor("student speaker at the Belgrade rally", "SRB", "CVL")
DACIC = actor("Ivica Dačić", "SRB", "GOV")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
KOS = actor("Marta Kos", "EUR", "IGO")

V1 = ("Belgrad (dpa) - Zehntausende Menschen haben am Samstagabend in Belgrad gegen Präsident Aleksandar Vučić "
      "demonstriert und vorgezogene Parlamentswahlen gefordert.")
V2 = ("Zu der Kundgebung auf dem Slavija-Platz am orthodoxen Feiertag Vidovdan hatten die Studierenden aufgerufen, "
      "die seit Monaten die Proteste gegen Korruption und Misswirtschaft anführen.")
V3 = ("Die unabhängige Beobachtergruppe Arhiv javnih skupova schätzte die Zahl der Teilnehmer auf rund 140.000, die "
      "Polizei auf 36.000.")
V4 = "Die Studierenden hatten der Regierung ein Ultimatum bis 21.00 Uhr gestellt, Neuwahlen auszuschreiben."
V5 = "„Wir wollen freie Wahlen, und wir wollen sie jetzt“, rief eine Studentin von der Bühne."
V6 = ("Als die Frist verstrichen war, zogen Tausende Demonstranten in die Innenstadt und lieferten sich "
      "Auseinandersetzungen mit der Bereitschaftspolizei.")
V7 = ("Die Polizei setzte Pfefferspray und Schlagstöcke ein, einige Demonstranten warfen Flaschen, Steine und "
      "Leuchtraketen auf die Beamten.")
V8 = "Innenminister Ivica Dačić sagte am Sonntag, 48 Polizisten seien verletzt und 77 Menschen festgenommen worden."
V9 = "Die Demonstranten hätten die Beamten „brutal angegriffen“, sagte der 59-Jährige."
V10 = ("Vučić sagte in einer nächtlichen Fernsehansprache, Serbien habe gesiegt, und warf den Organisatoren vor, das "
       "Land mit Gewalt in ein Chaos stürzen zu wollen.")
V11 = "Alle, die Polizisten angegriffen hätten, würden zur Rechenschaft gezogen, kündigte der Präsident an."
V12 = "Vorgezogene Wahlen unter dem Druck der Straße lehnte er erneut ab."
V13 = ("Die Protestbewegung war nach dem Einsturz eines Bahnhofsvordachs in Novi Sad im November entstanden, bei dem "
       "16 Menschen ums Leben kamen.")
V14 = "Am Sonntag blockierten Demonstranten in Belgrad, Novi Sad und Niš erneut zahlreiche Straßen und Kreuzungen."
V15 = "Die meisten der Festgenommenen kamen nach Angaben ihrer Anwälte bis zum Nachmittag wieder frei."
V16 = ("EU-Erweiterungskommissarin Marta Kos rief die Behörden in Belgrad auf, das Recht auf friedlichen Protest zu "
       "achten.")

DE01 = {
    "id": "hm326-de-01", "lang": "de", "url": None, "published": "2025-06-29",
    "title": "Zehntausende fordern in Belgrad Neuwahlen - Zusammenstöße mit der Polizei",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6, V7], [V8, V9, V10, V11, V12], [V13, V14, V15, V16]),
    "events": [
        event("PROTEST", SRB_PROTESTERS, VUCIC, V1, mode="demo", date="2025-06-28", location="Belgrade",
              location_country="SRB"),
        event("REQUEST", SRB_PROTESTERS, VUCIC, V1, mode="change", date="2025-06-28", location="Belgrade",
              location_country="SRB"),
        event("THREATEN", SRB_PROTESTERS, SRB_GOV, V4),
        event("REQUEST", STUDENT_SPEAKER, SRB_GOV, V5, mode="change", location="Belgrade", location_country="SRB"),
        event("PROTEST", SRB_PROTESTERS, SRB_POLICE, V6, mode="riot", location="Belgrade", location_country="SRB"),
        event("ASSAULT", SRB_POLICE, SRB_PROTESTERS, V7, mode="crowd-control", location="Belgrade",
              location_country="SRB"),
        event("ASSAULT", SRB_PROTESTERS, SRB_POLICE, V7, mode="primitive", location="Belgrade",
              location_country="SRB"),
        event("COERCE", SRB_POLICE, SRB_PROTESTERS, V8, mode="arrest"),
        event("ACCUSE", DACIC, SRB_PROTESTERS, V9, mode="allege"),
        event("ACCUSE", VUCIC, SRB_PROTESTERS, V10, mode="allege"),
        event("THREATEN", VUCIC, SRB_PROTESTERS, V11, mode="arrest"),
        event("REJECT", VUCIC, SRB_PROTESTERS, V12, mode="change"),
        event("PROTEST", SRB_PROTESTERS, SRB_GOV, V14, mode="obstruct", date="2025-06-29"),
        event("RETREAT", SRB_POLICE, SRB_PROTESTERS, V15, mode="release"),
        event("REQUEST", KOS, SRB_GOV, V16, mode="change"),
    ],
    "quotes": [
        quote("Wir wollen freie Wahlen, und wir wollen sie jetzt", "student speaker at the Belgrade rally", "direct"),
        quote("48 Polizisten seien verletzt und 77 Menschen festgenommen worden", "Ivica Dačić", "indirect"),
        quote("brutal angegriffen", "Ivica Dačić", "direct"),
        quote("Die Demonstranten hätten die Beamten „brutal angegriffen“", "Ivica Dačić", "indirect"),
        quote("Serbien habe gesiegt", "Aleksandar Vučić", "indirect"),
        quote("das Land mit Gewalt in ein Chaos stürzen zu wollen", "Aleksandar Vučić", "indirect"),
        quote("Alle, die Polizisten angegriffen hätten, würden zur Rechenschaft gezogen", "Aleksandar Vučić",
              "indirect"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["Belgrad"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Präsident Aleksandar Vučić", "Vučić", "der Präsident"]),
        entity("Slavija Square", "LOC", "SRB", ["Slavija-Platz"]),
        entity("Serbian student protesters", "ORG", "SRB", ["die Studierenden", "Die Studierenden",
                                                            "Tausende Demonstranten", "einige Demonstranten",
                                                            "Die Demonstranten", "den Organisatoren",
                                                            "Die Protestbewegung", "Demonstranten",
                                                            "der Festgenommenen"]),
        entity("Arhiv javnih skupova", "ORG", "SRB", ["Die unabhängige Beobachtergruppe Arhiv javnih skupova"]),
        entity("Serbian police", "ORG", "SRB", ["Polizei", "der Bereitschaftspolizei", "Die Polizei", "die Beamten",
                                                "48 Polizisten", "Polizisten"]),
        entity("Government of Serbia", "ORG", "SRB", ["der Regierung", "die Behörden in Belgrad"]),
        entity("student speaker at the Belgrade rally", "PER", "SRB", ["eine Studentin"]),
        entity("Ivica Dačić", "PER", "SRB", ["Innenminister Ivica Dačić", "der 59-Jährige"]),
        entity("Serbia", "LOC", "SRB", ["Serbien", "Land"]),
        entity("Novi Sad", "LOC", "SRB", ["Novi Sad"]),
        entity("Niš", "LOC", "SRB", ["Niš"]),
        entity("lawyers of the detained protesters", "PER", "SRB", ["ihrer Anwälte"]),
        entity("Marta Kos", "PER", "EUR", ["EU-Erweiterungskommissarin Marta Kos"]),
    ],
}

# ---------------------------------------------------------------- hm326-de-02 (Bosnia, arrest warrant for Dodik)
BIH_COURT = actor("Court of Bosnia and Herzegovina", "BIH", "JUD")
BIH_PROS = actor("Prosecutor's Office of Bosnia and Herzegovina", "BIH", "JUD")
DODIK = actor("Milorad Dodik", "BIH", "GOV")
RS_ASSEMBLY = actor("National Assembly of Republika Srpska", "BIH", "LEG")
BIH_STATE_INST = actor("state judiciary and police of Bosnia and Herzegovina", "BIH", "GOV")
SCHMIDT = actor("Christian Schmidt", "IGO", "IGO")
SIPA = actor("State Investigation and Protection Agency", "BIH", "COP")
EUFOR = actor("EUFOR", "EUR", "MIL")
RUS_MFA = actor("Ministry of Foreign Affairs of Russia", "RUS", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")

B1 = ("Sarajevo (AFP) - Das Staatsgericht von Bosnien und Herzegowina hat am Mittwoch Haftbefehl gegen den "
      "Präsidenten der Republika Srpska, Milorad Dodik, erlassen.")
B2 = ("Die Staatsanwaltschaft ermittelt gegen den 66-Jährigen wegen eines Angriffs auf die verfassungsmäßige "
      "Ordnung.")
B3 = "Dodik war zwei Vorladungen zur Vernehmung nicht gefolgt."
B4 = ("Hintergrund sind Gesetze, mit denen das Parlament der Republika Srpska Anfang März der gesamtstaatlichen Justiz "
      "und Polizei die Arbeit in dem serbisch dominierten Landesteil verboten hatte.")
B5 = ("Die Gesetze waren eine Reaktion auf Dodiks Verurteilung durch das Staatsgericht im Februar zu einem Jahr Haft "
      "und einem sechsjährigen Verbot politischer Ämter.")
B6 = "„Niemand wird mich verhaften, ich gehe jeden Tag in mein Büro“, sagte Dodik in Banja Luka."
B7 = ("Er warf der Justiz und dem Hohen Repräsentanten Christian Schmidt vor, einen „politischen Prozess“ gegen das "
      "serbische Volk zu führen.")
B8 = "Die Polizei der Republika Srpska werde jeden Versuch einer Festnahme verhindern, fügte er hinzu."
B9 = "Die gesamtstaatliche Polizeibehörde SIPA unternahm zunächst keinen Versuch, den Haftbefehl zu vollstrecken."
B10 = ("Die EU-geführte Schutztruppe EUFOR hatte bereits in der vergangenen Woche zusätzliche Reservekräfte nach "
       "Bosnien verlegt.")
B11 = "Das russische Außenministerium verurteilte den Haftbefehl als Teil einer „vom Westen gesteuerten Hexenjagd“."
B12 = "Serbiens Präsident Aleksandar Vučić sicherte Dodik die Unterstützung Belgrads zu."
B13 = "Belgrad werde aber nichts tun, was den Frieden in der Region gefährde, sagte er."
B14 = ("Ungarns Ministerpräsident Viktor Orbán telefonierte nach Angaben seines Büros mit Dodik und lud ihn nach "
       "Budapest ein.")
B15 = "Die Strafverfolgung sei „politisch motiviert“, erklärte Orbán."
B16 = ("Der 66-Jährige führt die bosnischen Serben seit fast zwei Jahrzehnten und strebt offen eine Abspaltung der "
       "Republika Srpska an.")

DE02 = {
    "id": "hm326-de-02", "lang": "de", "url": None, "published": "2025-03-19",
    "title": "Bosnisches Staatsgericht erlässt Haftbefehl gegen Serbenführer Dodik",
    "text": paragraphs([B1, B2, B3], [B4, B5], [B6, B7, B8, B9, B10], [B11, B12, B13, B14, B15, B16]),
    "events": [
        event("ACCUSE", BIH_COURT, DODIK, B1, mode="allege", date="2025-03-19"),
        event("ACCUSE", BIH_PROS, DODIK, B2, mode="investigate"),
        event("REJECT", DODIK, BIH_PROS, B3),
        event("COERCE", RS_ASSEMBLY, BIH_STATE_INST, B4, mode="ban"),
        event("SANCTION", BIH_COURT, DODIK, B5, mode="convict"),
        event("REJECT", DODIK, BIH_COURT, B6, location="Banja Luka", location_country="BIH"),
        event("ACCUSE", DODIK, BIH_COURT, B7, mode="disapprove"),
        event("ACCUSE", DODIK, SCHMIDT, B7, mode="disapprove"),
        event("THREATEN", DODIK, SIPA, B8),
        event("COERCE", SIPA, DODIK, B9, mode="arrest", negated=True),
        event("MOBILIZE", EUFOR, None, B10, mode="troops", location="Bosnia and Herzegovina",
              location_country="BIH"),
        event("ACCUSE", RUS_MFA, BIH_COURT, B11, mode="disapprove"),
        event("SUPPORT", VUCIC, DODIK, B12),
        event("CONSULT", ORBAN, DODIK, B14, mode="phone"),
        event("AGREE", ORBAN, DODIK, B14),
        event("ACCUSE", ORBAN, BIH_PROS, B15, mode="disapprove"),
    ],
    "quotes": [
        quote("Niemand wird mich verhaften, ich gehe jeden Tag in mein Büro", "Milorad Dodik", "direct"),
        quote("politischen Prozess", "Milorad Dodik", "direct"),
        quote("einen „politischen Prozess“ gegen das serbische Volk zu führen", "Milorad Dodik", "indirect"),
        quote("Die Polizei der Republika Srpska werde jeden Versuch einer Festnahme verhindern", "Milorad Dodik",
              "indirect"),
        quote("vom Westen gesteuerten Hexenjagd", "Ministry of Foreign Affairs of Russia", "direct"),
        quote("Belgrad werde aber nichts tun, was den Frieden in der Region gefährde", "Aleksandar Vučić", "indirect"),
        quote("politisch motiviert", "Viktor Orbán", "direct"),
        quote("Die Strafverfolgung sei „politisch motiviert“", "Viktor Orbán", "indirect"),
    ],
    "entities": [
        entity("Sarajevo", "LOC", "BIH", ["Sarajevo"]),
        entity("Court of Bosnia and Herzegovina", "ORG", "BIH", ["Das Staatsgericht von Bosnien und Herzegowina",
                                                                 "das Staatsgericht", "der Justiz"]),
        entity("Bosnia and Herzegovina", "LOC", "BIH", ["Bosnien und Herzegowina", "Bosnien"]),
        entity("Milorad Dodik", "PER", "BIH", ["den Präsidenten der Republika Srpska, Milorad Dodik",
                                               "den 66-Jährigen", "Dodik", "Dodiks", "Der 66-Jährige"]),
        entity("Republika Srpska", "LOC", "BIH", ["Republika Srpska", "dem serbisch dominierten Landesteil"]),
        entity("Prosecutor's Office of Bosnia and Herzegovina", "ORG", "BIH", ["Die Staatsanwaltschaft"]),
        entity("National Assembly of Republika Srpska", "ORG", "BIH", ["das Parlament der Republika Srpska"]),
        entity("state judiciary and police of Bosnia and Herzegovina", "ORG", "BIH",
               ["der gesamtstaatlichen Justiz und Polizei"]),
        entity("Banja Luka", "LOC", "BIH", ["Banja Luka"]),
        entity("Christian Schmidt", "PER", "IGO", ["dem Hohen Repräsentanten Christian Schmidt"]),
        entity("Police of Republika Srpska", "ORG", "BIH", ["Die Polizei der Republika Srpska"]),
        entity("State Investigation and Protection Agency", "ORG", "BIH",
               ["Die gesamtstaatliche Polizeibehörde SIPA"]),
        entity("EUFOR", "ORG", "EUR", ["Die EU-geführte Schutztruppe EUFOR"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Das russische Außenministerium"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Serbiens Präsident Aleksandar Vučić"]),
        entity("Serbia", "LOC", "SRB", ["Serbiens"]),
        entity("Government of Serbia", "ORG", "SRB", ["Belgrads", "Belgrad"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Ministerpräsident Viktor Orbán", "Orbán"]),
        entity("Hungary", "LOC", "HUN", ["Ungarns"]),
        entity("Office of the Prime Minister of Hungary", "ORG", "HUN", ["seines Büros"]),
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
    ],
}

# ---------------------------------------------------------------- hm326-de-03 (Turkey, CHP mayors detained)
TUR_POLICE = actor("Turkish police", "TUR", "COP")
KARALAR = actor("Zeydan Karalar", "TUR", "GOV")
BOCEK = actor("Muhittin Böcek", "TUR", "GOV")
TUTDERE = actor("Abdurrahman Tutdere", "TUR", "GOV")
IST_PROS = actor("Istanbul Chief Public Prosecutor's Office", "TUR", "JUD")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
OZEL = actor("Özgür Özel", "TUR", "OPP")
KARALAR_SUPPORTERS = actor("supporters of Zeydan Karalar", "TUR", "CVL")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
CHP = actor("Republican People's Party", "TUR", "OPP")
TUR_AUTH = actor("Turkish authorities", "TUR", "GOV")
IMAMOGLU = actor("Ekrem İmamoğlu", "TUR", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")

T1 = ("Istanbul (Reuters) - Die türkische Polizei hat am Samstag die Bürgermeister der Großstädte Adana und Antalya "
      "sowie der Provinzhauptstadt Adıyaman festgenommen.")
T2 = ("Zeydan Karalar aus Adana, Muhittin Böcek aus Antalya und Abdurrahman Tutdere aus Adıyaman gehören der größten "
      "Oppositionspartei CHP an.")
T3 = ("Karalar und Tutdere würden der Bestechung und der Manipulation öffentlicher Ausschreibungen verdächtigt, "
      "teilte die Generalstaatsanwaltschaft Istanbul mit.")
T4 = "Polizisten durchsuchten zudem die Rathäuser der drei Städte."
T5 = "Karalar war 2019 erstmals zum Bürgermeister von Adana gewählt worden."
T6 = "CHP-Chef Özgür Özel sprach von einem „Putsch gegen den Willen der Wähler“."
T7 = ("„Wer uns an der Wahlurne nicht schlagen kann, versucht es mit Handschellen“, sagte der 50-Jährige vor "
      "Anhängern in Istanbul.")
T8 = "Vor dem Polizeipräsidium in Adana versammelten sich am Samstag Hunderte Anhänger Karalars."
T9 = ("Justizminister Yılmaz Tunç wies die Kritik zurück: Die Justiz sei unabhängig und handle allein auf Grundlage "
      "von Beweisen.")
T10 = ("Präsident Recep Tayyip Erdoğan hatte der CHP am Freitag vorgeworfen, Korruption in ihren Rathäusern zu "
       "decken.")
T11 = ("Der Istanbuler Bürgermeister Ekrem İmamoğlu, Erdoğans aussichtsreichster Rivale, war bereits im März "
       "festgenommen worden und sitzt seither in Untersuchungshaft.")
T12 = "Die CHP hat ihn trotz seiner Inhaftierung zu ihrem Präsidentschaftskandidaten gekürt."
T13 = "Die nächste reguläre Präsidentenwahl ist für 2028 vorgesehen."
T14 = "Die EU-Kommission forderte Ankara auf, die Rechte gewählter Amtsträger zu achten."

DE03 = {
    "id": "hm326-de-03", "lang": "de", "url": None, "published": "2025-07-05",
    "title": "Türkei: Drei weitere CHP-Bürgermeister festgenommen",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8], [T9, T10], [T11, T12, T13, T14]),
    "events": [
        event("COERCE", TUR_POLICE, KARALAR, T1, mode="arrest", date="2025-07-05"),
        event("COERCE", TUR_POLICE, BOCEK, T1, mode="arrest", date="2025-07-05"),
        event("COERCE", TUR_POLICE, TUTDERE, T1, mode="arrest", date="2025-07-05"),
        event("ACCUSE", IST_PROS, KARALAR, T3, mode="allege"),
        event("ACCUSE", IST_PROS, TUTDERE, T3, mode="allege"),
        event("COERCE", TUR_POLICE, None, T4, mode="seize"),
        event("ACCUSE", OZEL, TUR_GOV, T6, mode="disapprove"),
        event("ACCUSE", OZEL, TUR_GOV, T7, mode="disapprove", location="Istanbul", location_country="TUR"),
        event("PROTEST", KARALAR_SUPPORTERS, TUR_GOV, T8, mode="demo", date="2025-07-05", location="Adana",
              location_country="TUR"),
        event("ACCUSE", ERDOGAN, CHP, T10, mode="allege", date="2025-07-04"),
        event("COERCE", TUR_AUTH, IMAMOGLU, T11, mode="arrest"),
        event("REQUEST", EU_COMMISSION, TUR_GOV, T14, mode="change"),
    ],
    "quotes": [
        quote("Karalar und Tutdere würden der Bestechung und der Manipulation öffentlicher Ausschreibungen "
              "verdächtigt", "Istanbul Chief Public Prosecutor's Office", "indirect"),
        quote("Putsch gegen den Willen der Wähler", "Özgür Özel", "direct"),
        quote("Wer uns an der Wahlurne nicht schlagen kann, versucht es mit Handschellen", "Özgür Özel", "direct"),
        quote("Die Justiz sei unabhängig und handle allein auf Grundlage von Beweisen", "Yılmaz Tunç", "indirect"),
        quote("Korruption in ihren Rathäusern zu decken", "Recep Tayyip Erdoğan", "indirect"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Turkish police", "ORG", "TUR", ["Die türkische Polizei", "Polizisten"]),
        entity("Adana", "LOC", "TUR", ["Adana"]),
        entity("Antalya", "LOC", "TUR", ["Antalya"]),
        entity("Adıyaman", "LOC", "TUR", ["Adıyaman"]),
        entity("Zeydan Karalar", "PER", "TUR", ["Zeydan Karalar", "Karalar", "Karalars"]),
        entity("Muhittin Böcek", "PER", "TUR", ["Muhittin Böcek"]),
        entity("Abdurrahman Tutdere", "PER", "TUR", ["Abdurrahman Tutdere", "Tutdere"]),
        entity("Republican People's Party", "ORG", "TUR", ["der größten Oppositionspartei CHP", "CHP"]),
        entity("Istanbul Chief Public Prosecutor's Office", "ORG", "TUR", ["die Generalstaatsanwaltschaft Istanbul"]),
        entity("Özgür Özel", "PER", "TUR", ["CHP-Chef Özgür Özel", "der 50-Jährige"]),
        entity("supporters of Özgür Özel", "PER", "TUR", ["Anhängern"]),
        entity("Adana police headquarters", "LOC", "TUR", ["dem Polizeipräsidium in Adana"]),
        entity("supporters of Zeydan Karalar", "PER", "TUR", ["Hunderte Anhänger Karalars"]),
        entity("Yılmaz Tunç", "PER", "TUR", ["Justizminister Yılmaz Tunç"]),
        entity("Judiciary of Turkey", "ORG", "TUR", ["Die Justiz"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan", "Erdoğans"]),
        entity("Ekrem İmamoğlu", "PER", "TUR", ["Der Istanbuler Bürgermeister Ekrem İmamoğlu"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankara"]),
    ],
}

# ---------------------------------------------------------------- hm326-de-04 (Georgia, sabotage charges)
GEO_PROS = actor("Prosecutor's Office of Georgia", "GEO", "JUD")
GEO_OPP_LEADERS = actor("Georgian opposition leaders", "GEO", "OPP")
SAAKASHVILI = actor("Mikheil Saakashvili", "GEO", "OPP")
GAKHARIA = actor("Giorgi Gakharia", "GEO", "OPP")
GEO_PROTESTERS = actor("protesters in Tbilisi", "GEO", "CVL")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
GEO_POLICE = actor("Georgian police", "GEO", "COP")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
PAPUASHVILI = actor("Shalva Papuashvili", "GEO", "LEG")
EU = actor("European Union", "EUR", "IGO")

G1 = ("Tiflis (dpa) - Die georgische Staatsanwaltschaft hat acht führende Oppositionspolitiker wegen Sabotage und "
      "Unterstützung eines ausländischen Staates bei feindseligen Aktivitäten angeklagt.")
G2 = ("Unter den Beschuldigten sind der inhaftierte Ex-Präsident Michail Saakaschwili und der frühere Regierungschef "
      "Giorgi Gacharia, der sich im Ausland aufhält.")
G3 = "Ihnen drohen bis zu 15 Jahre Haft."
G4 = ("Die Politiker hätten gemeinsam mit ausländischen Kräften versucht, die verfassungsmäßige Ordnung mit Gewalt zu "
      "stürzen, teilte die Behörde am Donnerstag mit.")
G5 = ("Sie verweist dabei auf die Kommunalwahl am 4. Oktober, als Demonstranten in Tiflis versucht hatten, den "
      "Präsidentenpalast zu stürmen.")
G6 = "Die Polizei hatte die Menge damals mit Wasserwerfern und Pfefferspray zurückgedrängt."
G7 = "Ministerpräsident Irakli Kobachidse verteidigte das Vorgehen der Staatsanwaltschaft."
G8 = ("„Wer einen Umsturz organisiert, wird sich vor Gericht verantworten – egal, wie viele ausländische Botschafter "
      "ihm applaudieren“, sagte der 46-Jährige.")
G9 = ("Gacharia wies die Vorwürfe aus dem Ausland zurück und sprach von einem „Schauprozess nach russischem "
      "Drehbuch“.")
G10 = "Das Oppositionsbündnis Koalition für den Wandel rief für Freitagabend zu einer Kundgebung vor dem Parlament auf."
G11 = ("Die EU-Außenbeauftragte Kaja Kallas verurteilte die Anklagen als „weiteren Schritt zur Ausschaltung der "
       "Opposition“.")
G12 = "Georgien entferne sich damit immer weiter von Europa, erklärte sie."
G13 = "Kallas forderte die Regierung in Tiflis auf, alle inhaftierten Oppositionellen und Journalisten freizulassen."
G14 = ("Parlamentspräsident Schalwa Papuaschwili warf Brüssel daraufhin Einmischung in die inneren Angelegenheiten "
       "Georgiens vor.")
G15 = ("Georgien hat seit Dezember 2023 den Status eines EU-Beitrittskandidaten, der Beitrittsprozess liegt jedoch "
       "auf Eis.")
G16 = "Saakaschwili verbüßt seit 2021 eine Haftstrafe wegen Amtsmissbrauchs."

DE04 = {
    "id": "hm326-de-04", "lang": "de", "url": None, "published": "2025-11-06",
    "title": "Georgien klagt acht Oppositionsführer wegen Sabotage an",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9, G10], [G11, G12, G13, G14], [G15, G16]),
    "events": [
        event("ACCUSE", GEO_PROS, GEO_OPP_LEADERS, G1, mode="allege"),
        event("ACCUSE", GEO_PROS, SAAKASHVILI, G2, mode="allege"),
        event("ACCUSE", GEO_PROS, GAKHARIA, G2, mode="allege"),
        event("ACCUSE", GEO_PROS, GEO_OPP_LEADERS, G4, mode="allege", date="2025-11-06"),
        event("PROTEST", GEO_PROTESTERS, GEO_GOV, G5, mode="riot", location="Tbilisi", location_country="GEO"),
        event("ASSAULT", GEO_POLICE, GEO_PROTESTERS, G6, mode="crowd-control", location="Tbilisi",
              location_country="GEO"),
        event("SUPPORT", KOBAKHIDZE, GEO_PROS, G7),
        event("THREATEN", KOBAKHIDZE, GEO_OPP_LEADERS, G8),
        event("ACCUSE", GAKHARIA, GEO_GOV, G9, mode="disapprove"),
        event("ACCUSE", KALLAS, GEO_GOV, G11, mode="disapprove"),
        event("REQUEST", KALLAS, GEO_GOV, G13, mode="yield"),
        event("ACCUSE", PAPUASHVILI, EU, G14, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Politiker hätten gemeinsam mit ausländischen Kräften versucht, die verfassungsmäßige Ordnung mit "
              "Gewalt zu stürzen", "Prosecutor's Office of Georgia", "indirect"),
        quote("Wer einen Umsturz organisiert, wird sich vor Gericht verantworten – egal, wie viele ausländische "
              "Botschafter ihm applaudieren", "Irakli Kobakhidze", "direct"),
        quote("Schauprozess nach russischem Drehbuch", "Giorgi Gakharia", "direct"),
        quote("weiteren Schritt zur Ausschaltung der Opposition", "Kaja Kallas", "direct"),
        quote("Georgien entferne sich damit immer weiter von Europa", "Kaja Kallas", "indirect"),
    ],
    "entities": [
        entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
        entity("Prosecutor's Office of Georgia", "ORG", "GEO", ["Die georgische Staatsanwaltschaft", "die Behörde",
                                                                "der Staatsanwaltschaft"]),
        entity("Georgian opposition leaders", "PER", "GEO", ["acht führende Oppositionspolitiker",
                                                            "den Beschuldigten", "Die Politiker"]),
        entity("Mikheil Saakashvili", "PER", "GEO", ["der inhaftierte Ex-Präsident Michail Saakaschwili",
                                                     "Saakaschwili"]),
        entity("Giorgi Gakharia", "PER", "GEO", ["der frühere Regierungschef Giorgi Gacharia", "Gacharia"]),
        entity("protesters in Tbilisi", "PER", "GEO", ["Demonstranten", "die Menge"]),
        entity("Presidential Palace of Georgia", "LOC", "GEO", ["den Präsidentenpalast"]),
        entity("Georgian police", "ORG", "GEO", ["Die Polizei"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Ministerpräsident Irakli Kobachidse", "der 46-Jährige"]),
        entity("Coalition for Change", "ORG", "GEO", ["Das Oppositionsbündnis Koalition für den Wandel"]),
        entity("Parliament of Georgia", "LOC", "GEO", ["dem Parlament"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas", "Kallas"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Government of Georgia", "ORG", "GEO", ["die Regierung in Tiflis"]),
        entity("Shalva Papuashvili", "PER", "GEO", ["Parlamentspräsident Schalwa Papuaschwili"]),
        entity("European Union", "ORG", "EUR", ["Brüssel"]),
        entity("Georgia", "LOC", "GEO", ["Georgien", "Georgiens"]),
    ],
}

# ---------------------------------------------------------------- hm326-en-01 (Romania, Georgescu detained and charged)
ROU_PROS = actor("Prosecutor General's Office of Romania", "ROU", "JUD")
GEORGESCU = actor("Călin Georgescu", "ROU", "PTY")
ROU_POLICE = actor("Romanian police", "ROU", "COP")
POTRA = actor("Horațiu Potra", "ROU", "CVL")
GEORGESCU_SUPPORTERS = actor("supporters of Călin Georgescu", "ROU", "CVL")
ROU_AUTH = actor("Romanian authorities", "ROU", "GOV")
SIMION = actor("George Simion", "ROU", "OPP")
BOLOJAN = actor("Ilie Bolojan", "ROU", "GOV")
VANCE = actor("JD Vance", "USA", "GOV")
ROU_GOV = actor("Government of Romania", "ROU", "GOV")
ROU_CCR = actor("Constitutional Court of Romania", "ROU", "JUD")

E1 = ("BUCHAREST, Feb 26 (Reuters) - Romanian prosecutors detained far-right politician Calin Georgescu for "
      "questioning on Wednesday and later charged him with incitement to actions against the constitutional order, "
      "weeks before he had planned to register for the rerun of the presidential election.")
E2 = ("Police stopped Georgescu's car in traffic in Bucharest and escorted him to the prosecutor general's office, "
      "where he was questioned for about four hours.")
E3 = ("Prosecutors said he was also suspected of making false statements about the financing of his campaign and of "
      "promoting fascist and antisemitic organisations.")
E4 = ("They placed the 62-year-old under judicial control for 60 days, barring him from leaving the country and "
      "from posting extremist content online.")
E5 = "Georgescu was allowed to leave the building in the evening."
E6 = ("Police also searched 47 addresses across the country, including the home of Horatiu Potra, a former French "
      "Foreign Legion soldier who led a private security group in Africa and is seen as close to Georgescu.")
E7 = ('Hundreds of Georgescu\'s supporters gathered outside the prosecutor general\'s office, chanting "Thieves" and '
      'waving Romanian flags.')
E8 = ('Georgescu wrote on Facebook that the system had "crossed every limit" and called the case a political attack '
      'on his voters.')
E9 = ('George Simion, leader of the nationalist Alliance for the Union of Romanians (AUR), called the detention a '
      '"coup d\'etat" against Romanian voters.')
E10 = ("Interim President Ilie Bolojan said the judiciary had to be allowed to do its work without political "
       "pressure.")
E11 = ("U.S. Vice President JD Vance had accused Romania of cancelling an election on flimsy evidence in a speech at "
       "the Munich Security Conference this month.")
E12 = ("Romania's Constitutional Court annulled the first round of the election in December, two days before the "
       "runoff, after declassified intelligence documents pointed to a Russian-backed influence campaign on TikTok "
       "in Georgescu's favour.")
E13 = "Moscow has denied any interference."
E14 = ("Georgescu, who won the first round with about 23% of the vote, has said he will run again in the rerun "
       "scheduled for May 4.")

EN01 = {
    "id": "hm326-en-01", "lang": "en", "url": None, "published": "2025-02-26",
    "title": "Romanian far-right politician Georgescu detained, charged ahead of election rerun",
    "text": paragraphs([E1, E2], [E3, E4, E5], [E6, E7], [E8, E9, E10, E11], [E12, E13, E14]),
    "events": [
        event("COERCE", ROU_PROS, GEORGESCU, E1, mode="arrest", date="2025-02-26", location="Bucharest",
              location_country="ROU"),
        event("ACCUSE", ROU_PROS, GEORGESCU, E1, mode="allege", date="2025-02-26"),
        event("COERCE", ROU_POLICE, GEORGESCU, E2, mode="arrest", location="Bucharest", location_country="ROU"),
        event("ACCUSE", ROU_PROS, GEORGESCU, E3, mode="allege"),
        event("COERCE", ROU_PROS, GEORGESCU, E4, mode="restrict"),
        event("RETREAT", ROU_PROS, GEORGESCU, E5, mode="release", location="Bucharest", location_country="ROU"),
        event("COERCE", ROU_POLICE, POTRA, E6, mode="seize"),
        event("PROTEST", GEORGESCU_SUPPORTERS, ROU_PROS, E7, mode="demo", location="Bucharest",
              location_country="ROU"),
        event("ACCUSE", GEORGESCU, ROU_AUTH, E8, mode="disapprove"),
        event("ACCUSE", SIMION, ROU_AUTH, E9, mode="disapprove"),
        event("SUPPORT", BOLOJAN, ROU_PROS, E10),
        event("ACCUSE", VANCE, ROU_GOV, E11, mode="disapprove", location="Munich", location_country="DEU"),
        event("SANCTION", ROU_CCR, None, E12),
    ],
    "quotes": [
        quote("he was also suspected of making false statements about the financing of his campaign and of promoting "
              "fascist and antisemitic organisations", "Prosecutor General's Office of Romania", "indirect"),
        quote("Thieves", "supporters of Călin Georgescu", "direct"),
        quote("crossed every limit", "Călin Georgescu", "direct"),
        quote('the system had "crossed every limit"', "Călin Georgescu", "indirect"),
        quote("coup d'etat", "George Simion", "direct"),
        quote("the judiciary had to be allowed to do its work without political pressure", "Ilie Bolojan",
              "indirect"),
        quote("he will run again in the rerun scheduled for May 4", "Călin Georgescu", "indirect"),
    ],
    "entities": [
        entity("Bucharest", "LOC", "ROU", ["BUCHAREST", "Bucharest"]),
        entity("Prosecutor General's Office of Romania", "ORG", "ROU", ["Romanian prosecutors",
                                                                        "the prosecutor general's office",
                                                                        "Prosecutors"]),
        entity("Călin Georgescu", "PER", "ROU", ["far-right politician Calin Georgescu", "Georgescu's", "Georgescu",
                                                 "the 62-year-old"]),
        entity("Romanian police", "ORG", "ROU", ["Police"]),
        entity("Romania", "LOC", "ROU", ["the country", "Romania's", "Romania"]),
        entity("Horațiu Potra", "PER", "ROU", ["Horatiu Potra", "a former French Foreign Legion soldier who led a "
                                                               "private security group in Africa"]),
        entity("French Foreign Legion", "ORG", "FRA", ["French Foreign Legion"]),
        entity("Africa", "LOC", None, ["Africa"]),
        entity("supporters of Călin Georgescu", "PER", "ROU", ["Hundreds of Georgescu's supporters"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("George Simion", "PER", "ROU", ["George Simion"]),
        entity("Alliance for the Union of Romanians", "ORG", "ROU",
               ["the nationalist Alliance for the Union of Romanians (AUR)"]),
        entity("Ilie Bolojan", "PER", "ROU", ["Interim President Ilie Bolojan"]),
        entity("JD Vance", "PER", "USA", ["U.S. Vice President JD Vance"]),
        entity("Munich Security Conference", "ORG", "DEU", ["the Munich Security Conference"]),
        entity("Constitutional Court of Romania", "ORG", "ROU", ["Romania's Constitutional Court"]),
        entity("TikTok", "ORG", "MNC", ["TikTok"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
    ],
}

# ---------------------------------------------------------------- hm326-en-02 (Ukraine/Russia, Zaporizhzhia and Engels)
RUS_MIL = actor("Russian armed forces", "RUS", "MIL")
ZAP_CIVILIANS = actor("civilians in Zaporizhzhia", "UKR", "CVL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
UKR_ALLIES = actor("allies of Ukraine", None, "GOV")
UKR_DEF_INDUSTRY = actor("Ukrainian defence industry", "UKR", "BUS")
UKR_MIL = actor("Ukrainian armed forces", "UKR", "MIL")
KRISTALL = actor("Kristall oil depot", "RUS", "BUS")
BUSARGIN = actor("Roman Busargin", "RUS", "GOV")
LITHUANIA = actor("Lithuania", "LTU", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")

U1 = ("KYIV, Jan 8 (Reuters) - Russian forces struck the southeastern Ukrainian city of Zaporizhzhia with guided "
      "aerial bombs on Wednesday, killing at least 13 people in one of the deadliest attacks on the city in months.")
U2 = "More than 100 people were wounded, regional governor Ivan Fedorov said on Telegram."
U3 = ("Footage released by local authorities showed bloodied civilians lying in a street and the burned-out shell of "
      "a tram.")
U4 = "President Volodymyr Zelenskiy accused Russia of deliberately targeting civilians."
U5 = ('"There is nothing more cruel than dropping aerial bombs on a city, knowing that ordinary people will suffer," '
      'Zelenskiy wrote on X.')
U6 = "He urged Ukraine's allies to increase pressure on Moscow and to send more air defence systems."
U7 = ("Russia's Defence Ministry did not comment on the Zaporizhzhia strike but said its forces had hit Ukrainian "
      "military-industrial sites and airfields overnight.")
U8 = ("Hours earlier, Ukrainian drones set a large fuel depot ablaze in the Russian city of Engels, which supplies an "
      "air base used by strategic bombers that fire cruise missiles at Ukraine.")
U9 = ('Ukraine\'s General Staff said the strike on the Kristall depot had caused "serious logistical problems" for '
      'Russia\'s long-range aviation.')
U10 = ("Saratov region governor Roman Busargin declared a state of emergency in Engels and said two firefighters had "
       "been killed battling the blaze.")
U11 = ("Lithuania's defence ministry said on Wednesday it had delivered a new batch of ammunition and anti-drone "
       "equipment to Ukraine.")
U12 = ("Ukraine's allies are expected to pledge further military aid at a meeting at the U.S. Ramstein air base in "
       "Germany on Thursday, the last such gathering before Donald Trump returns to the White House on Jan. 20.")
U13 = ('EU foreign policy chief Kaja Kallas condemned the Zaporizhzhia strike as "another act of terror against '
       'civilians."')
U14 = ("Zaporizhzhia, which had a pre-war population of about 700,000, lies about 35 km (22 miles) from the front "
       "line.")

EN02 = {
    "id": "hm326-en-02", "lang": "en", "url": None, "published": "2025-01-08",
    "title": "Russian glide bombs kill 13 in Zaporizhzhia; Ukrainian drones set Engels fuel depot ablaze",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7], [U8, U9, U10], [U11, U12, U13, U14]),
    "events": [
        event("ASSAULT", RUS_MIL, ZAP_CIVILIANS, U1, mode="aerial", date="2025-01-08", location="Zaporizhzhia",
              location_country="UKR"),
        event("ACCUSE", ZELENSKY, RUSSIA, U4, mode="allege"),
        event("ACCUSE", ZELENSKY, RUSSIA, U5, mode="disapprove"),
        event("REQUEST", ZELENSKY, UKR_ALLIES, U6, mode="assist"),
        event("ASSAULT", RUS_MIL, UKR_DEF_INDUSTRY, U7),
        event("ASSAULT", UKR_MIL, KRISTALL, U8, mode="drone", date="2025-01-08", location="Engels",
              location_country="RUS"),
        event("ASSAULT", UKR_MIL, KRISTALL, U9, mode="drone", location="Engels", location_country="RUS"),
        event("COERCE", BUSARGIN, None, U10, mode="curfew", location="Engels", location_country="RUS"),
        event("AID", LITHUANIA, UKRAINE, U11),
        event("ACCUSE", KALLAS, RUSSIA, U13, mode="disapprove"),
    ],
    "quotes": [
        quote("More than 100 people were wounded", "Ivan Fedorov", "indirect"),
        quote("There is nothing more cruel than dropping aerial bombs on a city, knowing that ordinary people will "
              "suffer", "Volodymyr Zelensky", "direct"),
        quote("its forces had hit Ukrainian military-industrial sites and airfields overnight",
              "Ministry of Defence of Russia", "indirect"),
        quote("serious logistical problems", "General Staff of the Armed Forces of Ukraine", "direct"),
        quote('the strike on the Kristall depot had caused "serious logistical problems" for Russia\'s long-range '
              'aviation', "General Staff of the Armed Forces of Ukraine", "indirect"),
        quote("two firefighters had been killed battling the blaze", "Roman Busargin", "indirect"),
        quote("it had delivered a new batch of ammunition and anti-drone equipment to Ukraine",
              "Ministry of National Defence of Lithuania", "indirect"),
        quote("another act of terror against civilians", "Kaja Kallas", "direct"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["KYIV"]),
        entity("Russian armed forces", "ORG", "RUS", ["Russian forces", "its forces"]),
        entity("Zaporizhzhia", "LOC", "UKR", ["the southeastern Ukrainian city of Zaporizhzhia", "Zaporizhzhia",
                                              "the city"]),
        entity("Ivan Fedorov", "PER", "UKR", ["regional governor Ivan Fedorov"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Zaporizhzhia local authorities", "ORG", "UKR", ["local authorities"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelenskiy", "Zelenskiy"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("allies of Ukraine", "ORG", None, ["Ukraine's allies"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Russia's Defence Ministry"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Ukrainian armed forces", "ORG", "UKR", ["Ukrainian drones"]),
        entity("Engels", "LOC", "RUS", ["the Russian city of Engels", "Engels"]),
        entity("Engels air base", "LOC", "RUS", ["an air base used by strategic bombers"]),
        entity("General Staff of the Armed Forces of Ukraine", "ORG", "UKR", ["Ukraine's General Staff"]),
        entity("Kristall oil depot", "LOC", "RUS", ["a large fuel depot", "the Kristall depot"]),
        entity("Russian Long-Range Aviation", "ORG", "RUS", ["Russia's long-range aviation"]),
        entity("Saratov Oblast", "LOC", "RUS", ["Saratov region"]),
        entity("Roman Busargin", "PER", "RUS", ["Saratov region governor Roman Busargin"]),
        entity("Ministry of National Defence of Lithuania", "ORG", "LTU", ["Lithuania's defence ministry"]),
        entity("Lithuania", "LOC", "LTU", ["Lithuania"]),
        entity("Ramstein Air Base", "LOC", "DEU", ["the U.S. Ramstein air base"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Kaja Kallas", "PER", "EUR", ["EU foreign policy chief Kaja Kallas"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
