"""Round 265: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm265-de-01: Australia: Albanese expels Iran's ambassador Ahmad Sadeghi after ASIO ties the IRGC to antisemitic arson attacks; diplomats pulled from Tehran, the Adass Israel synagogue fire, police guard Jewish sites, Baghaei threatens and accuses Canberra, Ley backs and criticises, Saar welcomes, Jewish leaders press the government (2025-08-26).
- hm265-de-02: Japan: the Tokyo District Court orders the Unification Church dissolved; the education ministry's 2023 request and probe, the earlier fine, Toshiko Abe welcomes, the church's head accuses the court, victims' lawyers press the government, Yamagami's killing of Shinzo Abe, Hayashi's pledge, the CDP attacks the LDP (2025-03-25).
- hm265-de-03: South Korea: the National Samsung Electronics Union declares an indefinite strike; three-day walkout and rally in Hwaseong, Son Woo-mok blames management, talks fail and he rejects the offer, Lee Jung-sik urges both sides to talk, the June walkout, Lee Jae-yong's 2020 apology, solidarity from other unions (2024-07-10).
- hm265-de-04: Malaysia: police raid 20 GISB children's homes, rescue 402 children and arrest 171 adults; some freed, Razarudin's abuse allegations, probe, accounts frozen, cooperation with Indonesia, Anwar condemns and orders action, Na'im's Al-Arqam link, Nancy Shukri's pledge (2024-09-11).
- hm265-en-01: WHO: the SAGO report on COVID-19 origins favours zoonosis but keeps a lab leak open; SAGO's unanswered requests to China, Germany and the US, Tedros's appeals, Mao Ning accuses Washington and wants the US investigated, the White House attacks the WHO, the US withdrawal (2025-06-27).
- hm265-en-02: ICC: the United States sanctions four ICC judges; Rubio's accusation, the Netanyahu warrants, the court deplores the move and backs its judges, Slovenia and Türk press Washington, von der Leyen backs the court, Netanyahu welcomes it, earlier sanctions on the court and Karim Khan, the OIOS probe (2025-06-05).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm265-de-01 (Australia, Iran's ambassador expelled)
AUSTRALIA = actor("Australia", "AUS", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
SADEGHI = actor("Ahmad Sadeghi", "IRN", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
IRAN_GOV = actor("Government of Iran", "IRN", "GOV")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
ADASS_ARSONISTS = actor("arsonists who attacked the Adass Israel synagogue", "AUS", "CVL")
ADASS = actor("Adass Israel congregation", "AUS", "CVL")
ASIO = actor("Australian Security Intelligence Organisation", "AUS", "GOV")
AUS_POLICE = actor("police in Sydney and Melbourne", "AUS", "COP")
BAGHAEI = actor("Esmaeil Baghaei", "IRN", "GOV")
LEY = actor("Sussan Ley", "AUS", "OPP")
SAAR = actor("Gideon Saar", "ISR", "GOV")
ECAJ = actor("Executive Council of Australian Jewry", "AUS", "CVL")

A1 = "Canberra (AFP) - Australien weist den iranischen Botschafter Ahmad Sadeghi aus."
A2 = ("Premierminister Anthony Albanese warf der Führung in Teheran am Dienstag vor, mindestens zwei antisemitische "
      "Brandanschläge in Sydney und Melbourne gesteuert zu haben.")
A3 = ("Der Inlandsgeheimdienst ASIO sei zu dem Schluss gekommen, dass die Revolutionsgarden hinter den Taten "
      "stünden, sagte Albanese in Canberra.")
A4 = ("„Das waren außergewöhnliche und gefährliche Akte der Aggression, gesteuert von einer fremden Macht auf "
      "australischem Boden“, sagte der Regierungschef.")
A5 = ("Zugleich zog Canberra seine eigenen Diplomaten aus Teheran ab und setzte den Betrieb der dortigen Botschaft "
      "aus.")
A6 = ("Unbekannte hatten im Dezember die Synagoge der Gemeinde Adass Israel in Melbourne in Brand gesetzt, im "
      "Oktober brannte ein koscheres Café in Sydney.")
A7 = "ASIO-Chef Mike Burgess sagte, seine Behörde prüfe, ob Teheran hinter weiteren Anschlägen stecke."
A8 = "Die Polizei in beiden Städten verstärkte ihre Präsenz vor Synagogen und jüdischen Schulen."
A9 = "Teheran wies die Vorwürfe zurück."
A10 = ("Der iranische Außenamtssprecher Esmaeil Baghaei kündigte eine „angemessene Reaktion“ an und nannte die "
       "Entscheidung innenpolitisch motiviert.")
A11 = ("Oppositionsführerin Sussan Ley unterstützte die Ausweisung, warf der Regierung aber vor, zu spät gehandelt "
       "zu haben.")
A12 = "Israels Außenminister Gideon Saar begrüßte den Schritt."
A13 = ("Der Exekutivrat der australischen Juden forderte die Regierung auf, jüdische Einrichtungen dauerhaft besser "
       "zu schützen.")
A14 = "Iran unterhält seit 1968 diplomatische Beziehungen zu Australien."

DE01 = {
    "id": "hm265-de-01", "lang": "de", "url": None, "published": "2025-08-26",
    "title": "Australien weist iranischen Botschafter wegen Brandanschlägen aus",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13], [A14]),
    "events": [
        event("SANCTION", AUSTRALIA, SADEGHI, A1, mode="expel"),
        event("ACCUSE", ALBANESE, IRAN_GOV, A2, mode="allege", date="2025-08-26"),
        event("ACCUSE", ALBANESE, IRGC, A3, mode="allege", location="Canberra", location_country="AUS"),
        event("ACCUSE", ALBANESE, IRAN_GOV, A4, mode="disapprove"),
        event("SANCTION", AUS_GOV, IRAN_GOV, A5, mode="withdraw"),
        event("ASSAULT", ADASS_ARSONISTS, ADASS, A6, mode="primitive", location="Melbourne",
              location_country="AUS"),
        event("ACCUSE", ASIO, IRAN_GOV, A7, mode="investigate"),
        event("MOBILIZE", AUS_POLICE, None, A8, mode="police"),
        event("THREATEN", BAGHAEI, AUS_GOV, A10),
        event("ACCUSE", BAGHAEI, AUS_GOV, A10, mode="disapprove"),
        event("SUPPORT", LEY, AUS_GOV, A11),
        event("ACCUSE", LEY, AUS_GOV, A11, mode="disapprove"),
        event("SUPPORT", SAAR, AUS_GOV, A12),
        event("REQUEST", ECAJ, AUS_GOV, A13),
    ],
    "quotes": [
        quote("mindestens zwei antisemitische Brandanschläge in Sydney und Melbourne gesteuert zu haben",
              "Anthony Albanese", "indirect"),
        quote("Der Inlandsgeheimdienst ASIO sei zu dem Schluss gekommen, dass die Revolutionsgarden hinter den Taten "
              "stünden", "Anthony Albanese", "indirect"),
        quote("Das waren außergewöhnliche und gefährliche Akte der Aggression, gesteuert von einer fremden Macht auf "
              "australischem Boden", "Anthony Albanese", "direct"),
        quote("seine Behörde prüfe, ob Teheran hinter weiteren Anschlägen stecke", "Mike Burgess", "indirect"),
        quote("angemessene Reaktion", "Esmaeil Baghaei", "direct"),
        quote("zu spät gehandelt zu haben", "Sussan Ley", "indirect"),
    ],
    "entities": [
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("Ahmad Sadeghi", "PER", "IRN", ["den iranischen Botschafter Ahmad Sadeghi"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "Albanese",
                                                  "der Regierungschef"]),
        entity("Government of Iran", "ORG", "IRN", ["der Führung in Teheran", "Teheran"]),
        entity("Sydney", "LOC", "AUS", ["Sydney"]),
        entity("Melbourne", "LOC", "AUS", ["Melbourne"]),
        entity("Australian Security Intelligence Organisation", "ORG", "AUS",
               ["Der Inlandsgeheimdienst ASIO", "ASIO", "seine Behörde"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["die Revolutionsgarden"]),
        entity("Government of Australia", "ORG", "AUS", ["Canberra", "der Regierung", "die Regierung"]),
        entity("Tehran", "LOC", "IRN", ["aus Teheran"]),
        entity("Embassy of Australia in Tehran", "ORG", "AUS", ["der dortigen Botschaft"]),
        entity("Adass Israel Synagogue", "LOC", "AUS", ["die Synagoge"]),
        entity("Adass Israel congregation", "ORG", "AUS", ["der Gemeinde Adass Israel"]),
        entity("Lewis Continental Kitchen", "LOC", "AUS", ["ein koscheres Café"]),
        entity("arsonists who attacked the Adass Israel synagogue", "PER", "AUS", ["Unbekannte"]),
        entity("Mike Burgess", "PER", "AUS", ["ASIO-Chef Mike Burgess"]),
        entity("police in Sydney and Melbourne", "ORG", "AUS", ["Die Polizei in beiden Städten"]),
        entity("Esmaeil Baghaei", "PER", "IRN", ["Der iranische Außenamtssprecher Esmaeil Baghaei"]),
        entity("Sussan Ley", "PER", "AUS", ["Oppositionsführerin Sussan Ley"]),
        entity("Israel", "LOC", "ISR", ["Israels"]),
        entity("Gideon Saar", "PER", "ISR", ["Israels Außenminister Gideon Saar"]),
        entity("Executive Council of Australian Jewry", "ORG", "AUS", ["Der Exekutivrat der australischen Juden"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
    ],
}

# ---------------------------------------------------------------- hm265-de-02 (Japan, Unification Church dissolved)
TOKYO_COURT = actor("Tokyo District Court", "JPN", "JUD")
UC_JAPAN = actor("Unification Church in Japan", "JPN", "CVL")
MEXT = actor("Ministry of Education, Culture, Sports, Science and Technology of Japan", "JPN", "GOV")
TOSHIKO_ABE = actor("Toshiko Abe", "JPN", "GOV")
UC_PRESIDENT = actor("President of the Unification Church in Japan", "JPN", "CVL")
VICTIMS_LAWYERS = actor("lawyers for victims of the Unification Church", "JPN", "CVL")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
YAMAGAMI = actor("Tetsuya Yamagami", "JPN", "CVL")
SHINZO_ABE = actor("Shinzo Abe", "JPN", "PTY")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
UC_VICTIMS = actor("victims of the Unification Church", "JPN", "CVL")
CDP = actor("Constitutional Democratic Party of Japan", "JPN", "OPP")
LDP = actor("Liberal Democratic Party", "JPN", "PTY")

B1 = "Tokio (dpa) - Ein Gericht in Tokio hat die Auflösung der japanischen Vereinigungskirche angeordnet."
B2 = ("Die Organisation habe über Jahrzehnte Gläubige zu ruinösen Spenden gedrängt und vielen Familien schweren "
      "Schaden zugefügt, befand das Bezirksgericht am Dienstag.")
B3 = "Das Bildungsministerium hatte die Auflösung im Oktober 2023 nach monatelangen Ermittlungen beantragt."
B4 = ("Weil die Kirche dem Ministerium Auskünfte verweigert hatte, verhängte dasselbe Gericht im März 2024 bereits ein "
      "Bußgeld gegen sie.")
B5 = "Bildungsministerin Toshiko Abe begrüßte die Entscheidung als „angemessen“."
B6 = ("Der Präsident der Kirche in Japan sprach von einer „schweren Verletzung der Religionsfreiheit“ und warf dem "
      "Gericht vor, sich dem Druck der Medien gebeugt zu haben.")
B7 = "Die Kirche werde beim Obergericht Beschwerde einlegen, hieß es in einer Mitteilung."
B8 = ("Anwälte von Geschädigten forderten die Regierung auf, das Vermögen der Kirche rasch zu sichern, damit Opfer "
      "entschädigt werden können.")
B9 = "„Das ist ein wichtiger Tag, aber für viele kommt er sehr spät“, sagte einer der Anwälte."
B10 = ("Im Juli 2022 hatte Tetsuya Yamagami den früheren Regierungschef Shinzo Abe bei einer Wahlkampfrede in Nara "
       "erschossen.")
B11 = ("Yamagami erklärte später, die Kirche habe seine Mutter mit Spenden in den Ruin getrieben, und der frühere Premier "
       "habe ihr nahegestanden.")
B12 = ("Regierungssprecher Yoshimasa Hayashi sagte, die Regierung werde die Opfer bei ihren Entschädigungsforderungen "
       "unterstützen.")
B13 = ("Die oppositionelle Konstitutionell-Demokratische Partei warf der regierenden LDP vor, ihre Verbindungen zu der "
       "Kirche nie vollständig aufgeklärt zu haben.")

DE02 = {
    "id": "hm265-de-02", "lang": "de", "url": None, "published": "2025-03-25",
    "title": "Gericht in Tokio ordnet Auflösung der Vereinigungskirche an",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11], [B12, B13]),
    "events": [
        event("SANCTION", TOKYO_COURT, UC_JAPAN, B1, mode="convict", location="Tokyo", location_country="JPN"),
        event("REQUEST", MEXT, TOKYO_COURT, B3, mode="change"),
        event("ACCUSE", MEXT, UC_JAPAN, B3, mode="investigate"),
        event("REJECT", UC_JAPAN, MEXT, B4, mode="assist"),
        event("SANCTION", TOKYO_COURT, UC_JAPAN, B4, mode="convict"),
        event("SUPPORT", TOSHIKO_ABE, TOKYO_COURT, B5),
        event("ACCUSE", UC_PRESIDENT, TOKYO_COURT, B6, mode="disapprove"),
        event("REQUEST", VICTIMS_LAWYERS, JPN_GOV, B8),
        event("ASSAULT", YAMAGAMI, SHINZO_ABE, B10, mode="firearms", location="Nara", location_country="JPN"),
        event("ACCUSE", YAMAGAMI, UC_JAPAN, B11, mode="allege"),
        event("AGREE", HAYASHI, UC_VICTIMS, B12),
        event("ACCUSE", CDP, LDP, B13, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Organisation habe über Jahrzehnte Gläubige zu ruinösen Spenden gedrängt und vielen Familien schweren "
              "Schaden zugefügt", "Tokyo District Court", "indirect"),
        quote("angemessen", "Toshiko Abe", "direct"),
        quote("schweren Verletzung der Religionsfreiheit", "President of the Unification Church in Japan", "direct"),
        quote("sich dem Druck der Medien gebeugt zu haben", "President of the Unification Church in Japan",
              "indirect"),
        quote("Die Kirche werde beim Obergericht Beschwerde einlegen", "Unification Church in Japan", "indirect"),
        quote("Das ist ein wichtiger Tag, aber für viele kommt er sehr spät",
              "lawyer for victims of the Unification Church", "direct"),
        quote("die Kirche habe seine Mutter mit Spenden in den Ruin getrieben, und der frühere Premier habe ihr "
              "nahegestanden",
              "Tetsuya Yamagami", "indirect"),
        quote("die Regierung werde die Opfer bei ihren Entschädigungsforderungen unterstützen", "Yoshimasa Hayashi",
              "indirect"),
        quote("ihre Verbindungen zu der Kirche nie vollständig aufgeklärt zu haben",
              "Constitutional Democratic Party of Japan", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Tokyo District Court", "ORG", "JPN", ["Ein Gericht in Tokio", "das Bezirksgericht",
                                                      "dasselbe Gericht", "dem Gericht"]),
        entity("Unification Church in Japan", "ORG", "JPN", ["der japanischen Vereinigungskirche", "Die Organisation",
                                                             "die Kirche", "der Kirche in Japan", "Die Kirche",
                                                             "der Kirche"]),
        entity("Ministry of Education, Culture, Sports, Science and Technology of Japan", "ORG", "JPN",
               ["Das Bildungsministerium", "dem Ministerium"]),
        entity("Toshiko Abe", "PER", "JPN", ["Bildungsministerin Toshiko Abe"]),
        entity("President of the Unification Church in Japan", "PER", "JPN", ["Der Präsident der Kirche in Japan"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Tokyo High Court", "ORG", "JPN", ["beim Obergericht"]),
        entity("lawyers for victims of the Unification Church", "ORG", "JPN", ["Anwälte von Geschädigten",
                                                                               "einer der Anwälte"]),
        entity("Government of Japan", "ORG", "JPN", ["die Regierung"]),
        entity("Tetsuya Yamagami", "PER", "JPN", ["Tetsuya Yamagami", "Yamagami"]),
        entity("Shinzo Abe", "PER", "JPN", ["den früheren Regierungschef Shinzo Abe", "der frühere Premier"]),
        entity("Nara", "LOC", "JPN", ["Nara"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi"]),
        entity("Constitutional Democratic Party of Japan", "ORG", "JPN",
               ["Die oppositionelle Konstitutionell-Demokratische Partei"]),
        entity("Liberal Democratic Party", "ORG", "JPN", ["der regierenden LDP"]),
    ],
}

# ---------------------------------------------------------------- hm265-de-03 (South Korea, Samsung union strike)
NSEU = actor("National Samsung Electronics Union", "KOR", "LAB")
SAMSUNG = actor("Samsung Electronics", "KOR", "BUS")
SON_WOOMOK = actor("Son Woo-mok", "KOR", "LAB")
LEE_JUNGSIK = actor("Lee Jung-sik", "KOR", "GOV")
LEE_JAEYONG = actor("Lee Jae-yong", "KOR", "BUS")
KOR_UNIONS = actor("unions at other South Korean conglomerates", "KOR", "LAB")

C1 = ("Seoul (dpa) - Die größte Gewerkschaft beim südkoreanischen Technologiekonzern Samsung Electronics hat einen "
      "unbefristeten Streik ausgerufen.")
C2 = ("Die Arbeitsniederlegung solle so lange dauern, bis die Konzernführung auf die Forderungen eingehe, teilte die "
      "Nationale Samsung-Elektronik-Gewerkschaft (NSEU) am Mittwoch mit.")
C3 = "Seit Montag hatten bereits rund 6500 Mitglieder für drei Tage die Arbeit niedergelegt."
C4 = "Die Gewerkschaft verlangt höhere Löhne, einen zusätzlichen Urlaubstag und ein transparenteres Bonussystem."
C5 = "Vor dem Werk in Hwaseong südlich von Seoul versammelten sich mehrere Tausend Streikende zu einer Kundgebung."
C6 = "„Die Geschäftsleitung hat uns keine andere Wahl gelassen“, sagte Gewerkschaftschef Son Woo-mok vor den Demonstranten."
C7 = "Samsung erklärte, der Streik habe keine Auswirkungen auf die Produktion."
C8 = ("Vertreter von Konzern und Gewerkschaft hatten sich am Dienstag noch einmal getroffen, die Gespräche endeten "
      "jedoch ohne Ergebnis.")
C9 = "Ein Angebot des Managements, über eine Anpassung des Bonussystems zu verhandeln, lehnte Son als unzureichend ab."
C10 = "Arbeitsminister Lee Jung-sik rief beide Seiten auf, rasch an den Verhandlungstisch zurückzukehren."
C11 = ("Die Regierung beobachte die Lage in der für die Exportwirtschaft wichtigen Halbleiterbranche genau, sagte "
       "er.")
C12 = ("Im Juni hatten Mitglieder der NSEU bereits einen Tag lang gemeinsam Urlaub genommen, der erste Streik in der "
       "Geschichte des Konzerns.")
C13 = "Konzernchef Lee Jae-yong hatte sich 2020 öffentlich für die gewerkschaftsfeindliche Politik des Unternehmens entschuldigt."
C14 = "Mehrere Gewerkschaften anderer Großkonzerne erklärten sich mit den Streikenden solidarisch."

DE03 = {
    "id": "hm265-de-03", "lang": "de", "url": None, "published": "2024-07-10",
    "title": "Samsung-Gewerkschaft ruft unbefristeten Streik aus",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11], [C12, C13, C14]),
    "events": [
        event("PROTEST", NSEU, SAMSUNG, C1, mode="strike", date="2024-07-10"),
        event("PROTEST", NSEU, SAMSUNG, C3, mode="strike", date="2024-07-08"),
        event("PROTEST", NSEU, SAMSUNG, C5, mode="demo", location="Hwaseong", location_country="KOR"),
        event("ACCUSE", SON_WOOMOK, SAMSUNG, C6, mode="disapprove"),
        event("CONSULT", SAMSUNG, NSEU, C8, date="2024-07-09"),
        event("AGREE", SAMSUNG, NSEU, C9),
        event("REJECT", SON_WOOMOK, SAMSUNG, C9),
        event("REQUEST", LEE_JUNGSIK, NSEU, C10, mode="meet"),
        event("REQUEST", LEE_JUNGSIK, SAMSUNG, C10, mode="meet"),
        event("PROTEST", NSEU, SAMSUNG, C12, mode="strike"),
        event("CONCEDE", LEE_JAEYONG, None, C13),
        event("SUPPORT", KOR_UNIONS, NSEU, C14),
    ],
    "quotes": [
        quote("Die Arbeitsniederlegung solle so lange dauern, bis die Konzernführung auf die Forderungen eingehe",
              "National Samsung Electronics Union", "indirect"),
        quote("Die Geschäftsleitung hat uns keine andere Wahl gelassen", "Son Woo-mok", "direct"),
        quote("der Streik habe keine Auswirkungen auf die Produktion", "Samsung Electronics", "indirect"),
        quote("Die Regierung beobachte die Lage in der für die Exportwirtschaft wichtigen Halbleiterbranche genau",
              "Lee Jung-sik", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("National Samsung Electronics Union", "ORG", "KOR",
               ["Die größte Gewerkschaft", "Nationale Samsung-Elektronik-Gewerkschaft (NSEU)", "Die Gewerkschaft",
                "Gewerkschaft", "NSEU"]),
        entity("Samsung Electronics", "ORG", "KOR",
               ["südkoreanischen Technologiekonzern Samsung Electronics", "die Konzernführung", "Samsung",
                "Konzern", "des Managements", "des Konzerns", "des Unternehmens",
                "Die Geschäftsleitung"]),
        entity("South Korea", "LOC", "KOR", ["südkoreanischen"]),
        entity("Samsung Electronics Hwaseong plant", "LOC", "KOR", ["dem Werk in Hwaseong"]),
        entity("Hwaseong", "LOC", "KOR", ["Hwaseong"]),
        entity("Son Woo-mok", "PER", "KOR", ["Gewerkschaftschef Son Woo-mok", "Son"]),
        entity("Lee Jung-sik", "PER", "KOR", ["Arbeitsminister Lee Jung-sik"]),
        entity("Government of South Korea", "ORG", "KOR", ["Die Regierung"]),
        entity("Lee Jae-yong", "PER", "KOR", ["Konzernchef Lee Jae-yong"]),
        entity("unions at other South Korean conglomerates", "ORG", "KOR",
               ["Mehrere Gewerkschaften anderer Großkonzerne"]),
    ],
}

# ---------------------------------------------------------------- hm265-de-04 (Malaysia, raids on GISB children's homes)
MYS_POLICE = actor("Royal Malaysia Police", "MYS", "COP")
GISB = actor("Global Ikhwan Services and Business", "MYS", "BUS")
GISB_STAFF = actor("staff of Global Ikhwan Services and Business", "MYS", "CVL")
GISB_CHILDREN = actor("children in GISB homes", "MYS", "CVL")
RAZARUDIN = actor("Razarudin Husain", "MYS", "COP")
IDN_AUTH = actor("Indonesian authorities", "IDN", "GOV")
MYS_PROSECUTORS = actor("Malaysian prosecutors", "MYS", "JUD")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
NAIM = actor("Mohd Na'im Mokhtar", "MYS", "GOV")
NANCY_SHUKRI = actor("Nancy Shukri", "MYS", "GOV")

G1 = "Kuala Lumpur (AFP) - Bei Razzien in 20 Kinderheimen hat die malaysische Polizei 402 Kinder und Jugendliche befreit."
G2 = ("171 Erwachsene, darunter Religionslehrer und Betreuer, wurden festgenommen, teilte der nationale Polizeichef "
      "Razarudin Husain am Mittwoch mit.")
G3 = ("Die Heime in den Bundesstaaten Selangor und Negeri Sembilan gehören zu dem islamisch geprägten Unternehmen "
      "Global Ikhwan Services and Business (GISB).")
G4 = ("Einige Kinder seien von Betreuern sexuell missbraucht und zur Strafe mit heißen Metallgegenständen verbrannt "
      "worden, sagte Razarudin.")
G5 = "Die Ermittler prüfen zudem, ob die Firma Kinder für Spendenaufrufe ausgenutzt hat."
G6 = "Die Polizei fror 96 Bankkonten des Unternehmens ein."
G7 = "Elf der Festgenommenen ließ sie nach Befragungen am Abend wieder frei."
G8 = "Anklage erhob die Staatsanwaltschaft bislang nicht."
G9 = ("Weil GISB auch in Indonesien Heime betreibt, arbeite man eng mit den dortigen Behörden zusammen, sagte "
      "Razarudin.")
G10 = "GISB wies die Vorwürfe zurück und erklärte, in den Heimen habe es keinen Missbrauch gegeben."
G11 = ("Premierminister Anwar Ibrahim verurteilte die mutmaßlichen Taten und wies die Polizei an, mit aller Härte "
       "gegen die Verantwortlichen vorzugehen.")
G12 = ("Religionsminister Mohd Na'im Mokhtar sagte, GISB führe die Lehren der 1994 verbotenen Sekte Al-Arqam "
       "fort.")
G13 = ("Frauenministerin Nancy Shukri sagte zu, die Kinder würden vorerst in staatlichen Einrichtungen betreut und "
       "psychologisch begleitet.")

DE04 = {
    "id": "hm265-de-04", "lang": "de", "url": None, "published": "2024-09-11",
    "title": "Malaysische Polizei befreit 402 Kinder aus Heimen von GISB",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7, G8], [G9, G10], [G11, G12, G13]),
    "events": [
        event("AID", MYS_POLICE, GISB_CHILDREN, G1),
        event("COERCE", MYS_POLICE, GISB, G1, mode="seize"),
        event("COERCE", MYS_POLICE, GISB_STAFF, G2, mode="arrest", date="2024-09-11"),
        event("ACCUSE", RAZARUDIN, GISB_STAFF, G4, mode="allege"),
        event("ACCUSE", MYS_POLICE, GISB, G5, mode="investigate"),
        event("COERCE", MYS_POLICE, GISB, G6, mode="seize"),
        event("RETREAT", MYS_POLICE, GISB_STAFF, G7, mode="release"),
        event("ACCUSE", MYS_PROSECUTORS, GISB_STAFF, G8, mode="allege", negated=True),
        event("COOPERATE", MYS_POLICE, IDN_AUTH, G9),
        event("ACCUSE", ANWAR, GISB, G11, mode="disapprove"),
        event("REQUEST", ANWAR, MYS_POLICE, G11),
        event("ACCUSE", NAIM, GISB, G12, mode="allege"),
        event("AGREE", NANCY_SHUKRI, GISB_CHILDREN, G13),
    ],
    "quotes": [
        quote("Einige Kinder seien von Betreuern sexuell missbraucht und zur Strafe mit heißen Metallgegenständen "
              "verbrannt worden", "Razarudin Husain", "indirect"),
        quote("Weil GISB auch in Indonesien Heime betreibt, arbeite man eng mit den dortigen Behörden zusammen",
              "Razarudin Husain", "indirect"),
        quote("in den Heimen habe es keinen Missbrauch gegeben", "Global Ikhwan Services and Business", "indirect"),
        quote("GISB führe die Lehren der 1994 verbotenen Sekte Al-Arqam fort", "Mohd Na'im Mokhtar", "indirect"),
        quote("die Kinder würden vorerst in staatlichen Einrichtungen betreut und psychologisch begleitet",
              "Nancy Shukri", "indirect"),
    ],
    "entities": [
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("GISB children's homes", "LOC", "MYS", ["20 Kinderheimen", "Die Heime", "Heime", "den Heimen"]),
        entity("Royal Malaysia Police", "ORG", "MYS", ["die malaysische Polizei", "Die Ermittler", "Die Polizei",
                                                      "sie", "die Polizei"]),
        entity("children in GISB homes", "PER", "MYS", ["402 Kinder und Jugendliche", "Einige Kinder",
                                                        "die Kinder"]),
        entity("staff of Global Ikhwan Services and Business", "PER", "MYS",
               ["171 Erwachsene, darunter Religionslehrer und Betreuer", "Betreuern", "der Festgenommenen",
                "die Verantwortlichen"]),
        entity("Razarudin Husain", "PER", "MYS", ["der nationale Polizeichef Razarudin Husain", "Razarudin"]),
        entity("Selangor", "LOC", "MYS", ["Selangor"]),
        entity("Negeri Sembilan", "LOC", "MYS", ["Negeri Sembilan"]),
        entity("Global Ikhwan Services and Business", "ORG", "MYS",
               ["dem islamisch geprägten Unternehmen Global Ikhwan Services and Business (GISB)", "die Firma",
                "des Unternehmens", "GISB"]),
        entity("Malaysian prosecutors", "ORG", "MYS", ["die Staatsanwaltschaft"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesien"]),
        entity("Indonesian authorities", "ORG", "IDN", ["den dortigen Behörden"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Premierminister Anwar Ibrahim"]),
        entity("Mohd Na'im Mokhtar", "PER", "MYS", ["Religionsminister Mohd Na'im Mokhtar"]),
        entity("Al-Arqam", "ORG", "MYS", ["Sekte Al-Arqam"]),
        entity("Nancy Shukri", "PER", "MYS", ["Frauenministerin Nancy Shukri"]),
    ],
}

# ---------------------------------------------------------------- hm265-en-01 (WHO, SAGO report on COVID-19 origins)
SAGO = actor("Scientific Advisory Group for the Origins of Novel Pathogens", "UNO", "IGO")
CHINA = actor("China", "CHN", "GOV")
TEDROS = actor("Tedros Adhanom Ghebreyesus", "UNO", "IGO")
USA = actor("United States", "USA", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
WHO = actor("World Health Organization", "UNO", "IGO")
WH_SPOKESMAN = actor("White House spokesperson", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")

H1 = ("GENEVA, June 27 (Reuters) - The COVID-19 virus most likely jumped to humans from animals, a World Health "
      "Organization advisory group said on Friday, adding that a laboratory leak could not be ruled out.")
H2 = ("The Scientific Advisory Group for the Origins of Novel Pathogens (SAGO) said it had repeatedly asked Chinese "
      "authorities for early genetic sequences and details on animals sold at markets in Wuhan.")
H3 = "Beijing has not provided the data, the group said."
H4 = '"All hypotheses must remain on the table," SAGO chair Marietjie Venter told reporters.'
H5 = "WHO Director-General Tedros Adhanom Ghebreyesus urged China to share the information."
H6 = '"We continue to appeal to China and any other country that has information to share it," Tedros said.'
H7 = ("The group said it was also still waiting for intelligence reports it had requested from the United States "
      "and Germany.")
H8 = ("Chinese foreign ministry spokeswoman Mao Ning accused Washington of politicising the search for the virus's "
      "origins and called on the WHO to turn its attention to the United States.")
H9 = "A White House spokesman said the report showed the WHO had again failed to hold China to account."
H10 = ("President Donald Trump ordered the U.S. withdrawal from the WHO in January, accusing it of mishandling the "
       "pandemic.")
H11 = "The pandemic killed more than 7 million people, according to WHO figures."

EN01 = {
    "id": "hm265-en-01", "lang": "en", "url": None, "published": "2025-06-27",
    "title": "WHO advisers say COVID likely came from animals, lab leak not ruled out",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10], [H11]),
    "events": [
        event("REQUEST", SAGO, CHINA, H2, mode="assist"),
        event("COOPERATE", CHINA, SAGO, H3, negated=True),
        event("REQUEST", TEDROS, CHINA, H5, mode="assist"),
        event("REQUEST", TEDROS, CHINA, H6, mode="assist"),
        event("REQUEST", SAGO, USA, H7, mode="assist"),
        event("REQUEST", SAGO, GERMANY, H7, mode="assist"),
        event("ACCUSE", MAO_NING, USA, H8, mode="disapprove"),
        event("REQUEST", MAO_NING, WHO, H8, mode="change"),
        event("ACCUSE", WH_SPOKESMAN, WHO, H9, mode="disapprove"),
        event("SANCTION", TRUMP, WHO, H10, mode="withdraw"),
        event("ACCUSE", TRUMP, WHO, H10, mode="disapprove"),
    ],
    "quotes": [
        quote("The COVID-19 virus most likely jumped to humans from animals",
              "Scientific Advisory Group for the Origins of Novel Pathogens", "indirect"),
        quote("a laboratory leak could not be ruled out",
              "Scientific Advisory Group for the Origins of Novel Pathogens", "indirect"),
        quote("it had repeatedly asked Chinese authorities for early genetic sequences and details on animals sold at "
              "markets in Wuhan", "Scientific Advisory Group for the Origins of Novel Pathogens", "indirect"),
        quote("Beijing has not provided the data", "Scientific Advisory Group for the Origins of Novel Pathogens",
              "indirect"),
        quote("All hypotheses must remain on the table", "Marietjie Venter", "direct"),
        quote("We continue to appeal to China and any other country that has information to share it",
              "Tedros Adhanom Ghebreyesus", "direct"),
        quote("it was also still waiting for intelligence reports it had requested from the United States and Germany",
              "Scientific Advisory Group for the Origins of Novel Pathogens", "indirect"),
        quote("the report showed the WHO had again failed to hold China to account", "White House spokesperson",
              "indirect"),
        quote("The pandemic killed more than 7 million people", "World Health Organization", "indirect"),
    ],
    "entities": [
        entity("Geneva", "LOC", "CHE", ["GENEVA"]),
        entity("World Health Organization", "ORG", "UNO", ["World Health Organization", "WHO"]),
        entity("Scientific Advisory Group for the Origins of Novel Pathogens", "ORG", "UNO",
               ["a World Health Organization advisory group",
                "The Scientific Advisory Group for the Origins of Novel Pathogens (SAGO)", "the group", "The group",
                "SAGO"]),
        entity("Government of China", "ORG", "CHN", ["China", "Chinese authorities", "Beijing"]),
        entity("Wuhan", "LOC", "CHN", ["Wuhan"]),
        entity("Marietjie Venter", "PER", "UNO", ["SAGO chair Marietjie Venter"]),
        entity("Tedros Adhanom Ghebreyesus", "PER", "UNO", ["WHO Director-General Tedros Adhanom Ghebreyesus",
                                                            "Tedros"]),
        entity("Government of the United States", "ORG", "USA", ["the United States", "Washington", "U.S."]),
        entity("Government of Germany", "ORG", "DEU", ["Germany"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinese foreign ministry"]),
        entity("Mao Ning", "PER", "CHN", ["Chinese foreign ministry spokeswoman Mao Ning"]),
        entity("White House spokesperson", "PER", "USA", ["A White House spokesman"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
    ],
}

# ---------------------------------------------------------------- hm265-en-02 (ICC, U.S. sanctions on four judges)
ICC = actor("International Criminal Court", "IGO", "JUD")
ICC_JUDGES = actor("four judges of the International Criminal Court", "IGO", "JUD")
RUBIO = actor("Marco Rubio", "USA", "GOV")
ALAPINI_GANSOU = actor("Reine Alapini-Gansou", "IGO", "JUD")
HOHLER = actor("Beti Hohler", "IGO", "JUD")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
SVN_MFA = actor("Ministry of Foreign Affairs of Slovenia", "SVN", "GOV")
TURK = actor("Volker Türk", "UNO", "IGO")
VON_DER_LEYEN = actor("Ursula von der Leyen", "EUR", "IGO")
KARIM_KHAN = actor("Karim Khan", "IGO", "JUD")
OIOS = actor("UN Office of Internal Oversight Services", "UNO", "IGO")

J1 = ("THE HAGUE, Netherlands (AP) — The United States on Thursday sanctioned four judges of the International "
      "Criminal Court, stepping up its pressure on the court over cases involving Israel and Afghanistan.")
J2 = ('Secretary of State Marco Rubio said the court had taken "illegitimate and baseless actions" against the '
      'United States and its close ally Israel.')
J3 = ("The judges are Solomy Balungi Bossa of Uganda, Luz del Carmen Ibáñez Carranza of Peru, Reine Alapini-Gansou "
      "of Benin and Beti Hohler of Slovenia.")
J4 = ("Alapini-Gansou and Hohler were on the panel that issued an arrest warrant for Israeli Prime Minister Benjamin "
      "Netanyahu in November.")
J5 = 'The court said it "deplores" the sanctions, calling them an attempt to undermine its independence.'
J6 = "Slovenia's Foreign Ministry called the decision unacceptable and urged Washington to reverse it."
J7 = "U.N. human rights chief Volker Türk also called for the sanctions to be withdrawn."
J8 = "European Commission President Ursula von der Leyen said the EU fully supported the court's judges."
J9 = "Netanyahu welcomed the move."
J10 = ("President Donald Trump authorized sanctions against the court in February and later targeted its chief "
       "prosecutor, Karim Khan.")
J11 = ("Khan took leave last month while the U.N.'s internal oversight office investigates sexual misconduct "
       "allegations against him, which he denies.")
J12 = "Neither the United States nor Israel is a member of the court."

EN02 = {
    "id": "hm265-en-02", "lang": "en", "url": None, "published": "2025-06-05",
    "title": "US sanctions four International Criminal Court judges",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8, J9], [J10, J11, J12]),
    "events": [
        event("SANCTION", USA, ICC_JUDGES, J1, mode="discontinue", date="2025-06-05"),
        event("ACCUSE", RUBIO, ICC, J2, mode="disapprove"),
        event("THREATEN", ALAPINI_GANSOU, NETANYAHU, J4, mode="arrest"),
        event("THREATEN", HOHLER, NETANYAHU, J4, mode="arrest"),
        event("ACCUSE", ICC, USA, J5, mode="disapprove"),
        event("ACCUSE", SVN_MFA, USA, J6, mode="disapprove"),
        event("REQUEST", SVN_MFA, USA, J6, mode="yield"),
        event("REQUEST", TURK, USA, J7, mode="yield"),
        event("SUPPORT", VON_DER_LEYEN, ICC_JUDGES, J8),
        event("SUPPORT", NETANYAHU, USA, J9),
        event("SANCTION", TRUMP, ICC, J10, mode="discontinue"),
        event("SANCTION", TRUMP, KARIM_KHAN, J10, mode="discontinue"),
        event("ACCUSE", OIOS, KARIM_KHAN, J11, mode="investigate"),
    ],
    "quotes": [
        quote('the court had taken "illegitimate and baseless actions" against the United States and its close ally '
              'Israel', "Marco Rubio", "indirect"),
        quote("illegitimate and baseless actions", "Marco Rubio", "direct"),
        quote('it "deplores" the sanctions', "International Criminal Court", "indirect"),
        quote("deplores", "International Criminal Court", "direct"),
        quote("the EU fully supported the court's judges", "Ursula von der Leyen", "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["THE HAGUE"]),
        entity("Netherlands", "LOC", "NLD", ["Netherlands"]),
        entity("Government of the United States", "ORG", "USA", ["The United States", "Washington"]),
        entity("four judges of the International Criminal Court", "PER", "IGO",
               ["four judges of the International Criminal Court", "The judges", "the court's judges"]),
        entity("International Criminal Court", "ORG", "IGO", ["International Criminal Court", "the court",
                                                              "The court"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Solomy Balungi Bossa", "PER", "IGO", ["Solomy Balungi Bossa"]),
        entity("Uganda", "LOC", "UGA", ["Uganda"]),
        entity("Luz del Carmen Ibáñez Carranza", "PER", "IGO", ["Luz del Carmen Ibáñez Carranza"]),
        entity("Peru", "LOC", "PER", ["Peru"]),
        entity("Reine Alapini-Gansou", "PER", "IGO", ["Reine Alapini-Gansou", "Alapini-Gansou"]),
        entity("Benin", "LOC", "BEN", ["Benin"]),
        entity("Beti Hohler", "PER", "IGO", ["Beti Hohler", "Hohler"]),
        entity("Slovenia", "LOC", "SVN", ["Slovenia"]),
        entity("Pre-Trial Chamber I of the International Criminal Court", "ORG", "IGO", ["the panel"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu"]),
        entity("Ministry of Foreign Affairs of Slovenia", "ORG", "SVN", ["Slovenia's Foreign Ministry"]),
        entity("Volker Türk", "PER", "UNO", ["U.N. human rights chief Volker Türk"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["European Commission President Ursula von der Leyen"]),
        entity("European Union", "ORG", "EUR", ["the EU"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Karim Khan", "PER", "IGO", ["its chief prosecutor, Karim Khan", "Khan"]),
        entity("UN Office of Internal Oversight Services", "ORG", "UNO", ["the U.N.'s internal oversight office"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
