"""Word lists and sentences for the sample data (``partapp demo``). Plain data, no logic.

Everything here is made up. Phone numbers use the ranges Ofcom keeps for drama (01632 960xxx,
07700 900xxx) and email addresses use example.org, so nothing reaches a real person.
"""

from __future__ import annotations

from typing import Any

ORGANISATION: dict[str, Any] = {
    "name": "Riverside Community Care",
    "address": "The Old Mill\n12 Bridge Street\nKnighton\nPowys\nLD7 1BT",
    "phone": "01632 960100",
    "email": "hello@riverside-care.example.org",
    "website": "www.riverside-care.example.org",
    "charity_number": "1187654",
    "signatory_name": "Rhian Morgan",
    "signatory_role": "Participation Coordinator",
    "complaints_contact": (
        "You can also talk to Gareth Pryce, our Manager, on 01632 960101. If you are still "
        "not happy, you can tell Care Inspectorate Wales. They check that care services are "
        "good. We will help you do this if you want."),
    "address_cy": "Yr Hen Felin\n12 Stryd y Bont\nTref-y-clawdd\nPowys\nLD7 1BT",
    "signatory_role_cy": "Cydlynydd Cyfranogiad",
    "complaints_contact_cy": (
        "Gallwch chi hefyd siarad â Gareth Pryce, ein Rheolwr, ar 01632 960101. Os nad ydych "
        "chi'n hapus o hyd, gallwch chi ddweud wrth Arolygiaeth Gofal Cymru. Maen nhw'n gwirio "
        "bod gwasanaethau gofal yn dda. Byddwn ni'n eich helpu i wneud hyn os hoffech chi."
    ).replace("'", "\u2019"),
}

SERVICES = ("Day centre", "Transport", "Meals", "Home support", "Activities and outings",
            "Advice line")

# Who decides, and whether service users took part in deciding.
DECIDERS = (("Rhian Morgan, Participation Coordinator", False), ("Management team", False),
            ("Gareth Pryce, Manager", False), ("Service user forum", True),
            ("Board of trustees", False), ("Co-production group", True))
FACILITATORS = ("Rhian Morgan", "Ffion Ellis", "Sam Whitfield", "Tom Ashby", "Bev Corbett",
                "Jo Nash", "Aisha Rahman")
SENDERS = ("Rhian Morgan", "Rhian Morgan", "Jo Nash", "Aisha Rahman")
OWNERS = {"Day centre": "Ffion Ellis", "Transport": "Sam Whitfield", "Meals": "Tom Ashby",
          "Home support": "Bev Corbett", "Activities and outings": "Jo Nash",
          "Advice line": "Aisha Rahman", "": "Gareth Pryce"}

# Slots used in the suggestions: the same words are kept for every repeat of a story.
SLOTS = {
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "place": ("Ludlow", "Hay-on-Wye", "Aberystwyth", "the Elan Valley", "Hereford",
              "Shrewsbury", "Barmouth", "Lake Vyrnwy"),
    "food": ("fish pie", "chicken curry", "beef stew", "leek and potato soup", "shepherd's pie",
             "cawl", "roast dinner", "sponge pudding"),
}
# The same slots in Welsh, in the same order ("to_place" is "to {place}": i Lwydlo).
SLOTS_CY = {
    "day": ("Llun", "Mawrth", "Mercher", "Iau", "Gwener"),
    "place": ("i Lwydlo", "i\u2019r Gelli Gandryll", "i Aberystwyth", "i Gwm Elan", "i Henffordd",
              "i\u2019r Amwythig", "i Abermaw", "i Lyn Efyrnwy"),
    "food": ("pei pysgod", "cyri cyw iâr", "stiw cig eidion", "cawl cennin a thatws",
             "pei cig a thatws", "cawl", "cinio rhost", "pwdin sbwng"),
}
STAFF_BY_SERVICE = {"Day centre": ("Ffion", "Sandra"), "Transport": ("Dave", "Alun"),
                    "Meals": ("Tom", "Kath"), "Home support": ("Bev", "Lisa"),
                    "Activities and outings": ("Jo", "Kev"), "Advice line": ("Aisha", "Gwyn"),
                    "": ("Rhian", "Gareth")}

# first|last|groups|ethnicity|needs. Groups: O older people, C children and young people,
# L learning difficulties, D disabled people, M mental health, K carers. Ethnicity: a asian,
# b black, m mixed, o other, w white. Needs: lp large print, er easy read, cy Welsh speaker (a
# Welsh letter, and a home in Welsh-speaking Powys or Gwynedd), bi bilingual letters (Welsh
# first, then English), em email, ph phone call, sup letters through a supporter, bsl, int=language,
# pref=preferred name.
PEOPLE = """
Siân|Evans|O|w|cy,bi,lp
Dafydd|Jones|O|w|cy
Mair|Griffiths|OD|w|cy,lp
Margaret|Smith|O|w|lp
Arthur|Brookes|O|w|sup
Jean|Hall|O|w|
Peter|Davies|O|w|ph
Doreen|Baxter|OD|w|lp
Kenneth|Mason|O|w|pref=Ken
Joan|Pugh|O|w|ph
Mohammed|Iqbal|O|a|
Harpreet|Kaur|O|a|
Thị Lan|Nguyễn|O|a|int=Vietnamese,pref=Lan
Wei|Zhang|O|a|
Jamal|Campbell|O|b|
Folake|Balogun|O|b|
Bożena|Nowak|OK|w|int=Polish
Ahmed|Ali|O|o|
Eirlys|Morris|O|w|cy,bi
Iolo|Bevan|C|w|cy,bi,em
Owain|Thomas|C|w|em
Jack|Taylor|C|w|
Chloe|Harris|C|w|em
Liam|Bennett|CL|w|er
Ruby|Cartwright|C|w|
Tyler|Green|CD|m|
Megan|Parry|C|w|em
Chidi|Eze|C|b|
Zainab|Hussain|C|a|em
Yusuf|Osman|C|b|
Shantelle|Brown|CM|b|em
Noah|Jenkins|C|w|
Lowri|Watkins|C|w|cy
Gwenllian|Roberts|L|w|cy,er,sup
Zoë|Bishop|L|w|er
Tegan|Rees|L|w|er
Gethin|Powell|LD|w|er
Anjali|Mistry|L|a|er
Kieran|O'Brien|L|w|
Daniel|Lewis|L|w|er,pref=Dan
Sophie|Marsh|LD|w|
Aled|Hughes|L|w|cy,bi
Ryan|Cole|L|m|er
Rosie|Hamer|L|w|
Huw|Bowen|L|w|
Llŷr|Pritchard|D|w|cy,bi,em
Łukasz|Nowak|D|w|em
Brian|Leach|D|w|
Ciarán|Doyle|D|w|
Rajesh|Sharma|D|a|
Gurpreet|Singh|D|a|ph
José|García|D|w|em
Delroy|Francis|D|b|bsl,em
Ionuț|Rădulescu|D|w|
Krzysztof|Kowalczyk|D|w|int=Polish
Renée|Martin|D|w|lp
Stephen|Ward|DO|w|lp
Nia|Howells|D|w|cy
Mark|Probert|D|w|ph
Elin|Vaughan|M|w|cy,bi
Bethan|Hughes|M|w|em
Aoife|Byrne|M|w|em
Chiamaka|Okafor|M|b|em
Paul|Turner|M|w|ph
Gary|Wood|M|w|
Bartosz|Wiśniewski|M|w|
Imran|Akhtar|M|a|em
João|Silva|M|w|
Mei|Chen|M|a|em
Kofi|Mensah|M|b|
Eilidh|MacLeod|M|w|
Darren|Cope|M|w|
Lucy|Fenwick|MK|w|em
Rhiannon|Price|K|w|
Ceri|Lewis|K|w|
Susan|Clarke|K|w|em,pref=Sue
Karen|Lloyd|K|w|ph
Emma|Walsh|K|w|em
Siobhán|Kelly|K|w|
Agnieszka|Zielińska|K|w|em
Oluwaseun|Adeyemi|K|b|em,pref=Seun
Priya|Patel|K|a|em
Fatima|Begum|K|a|int=Bengali
María|Fernández|K|w|
Hodan|Farah|K|b|
Ama|Owusu|K|b|ph
Maria|Popescu|K|w|
Graham|Tudor|KO|w|lp
"""

SUPPORTERS = {
    "Gwenllian": ("Carys Meredith, Eiriolaeth Powys",  # a Welsh speaker's advocate, in Welsh
                  "Eiriolaeth Powys\n3 Stryd y Deml\nLlandrindod\nLD1 5DL"),
    "Arthur": ("Janet Brookes (his daughter)", "14 Orchard Close\nLudlow\nSY8 1QX"),
}
BSL_NEEDS = "Deaf. Please book a BSL interpreter for meetings and phone by text relay."

TOWNS = (("Knighton", "LD7"), ("Knighton", "LD7"), ("Knighton", "LD7"), ("Presteigne", "LD8"),
         ("Kington", "HR5"), ("Hay-on-Wye", "HR3"), ("Llandrindod Wells", "LD1"),
         ("Clun", "SY7"), ("Bishop's Castle", "SY9"), ("Builth Wells", "LD2"))
STREETS = ("Station Road", "Broad Street", "Wylcwm Street", "Church Street", "Market Street",
           "West Street", "Castle Road", "Heol y Dŵr", "Penybont Road", "Mill Lane", "Brookside",
           "Garth Close", "Maes y Dre", "Offa's Close", "Teme Avenue", "Ffordd Newydd")
FLATS = ("Flat 2, Jubilee Court", "Flat 5, Tower House", "Flat 1A", "Bryn Cottage")
# Where the Welsh speakers live: Welsh-speaking towns in Powys and Gwynedd, streets in Welsh.
WELSH_TOWNS = (("Machynlleth", "SY20"), ("Llanidloes", "SY18"), ("Llanfair Caereinion", "SY21"),
               ("Llanfyllin", "SY22"), ("Rhaeadr Gwy", "LD6"), ("Llanwrtyd", "LD5"),
               ("Y Bala", "LL23"), ("Dolgellau", "LL40"), ("Tywyn", "LL36"))
WELSH_STREETS = ("Stryd Fawr", "Heol Maengwyn", "Heol y Bont", "Ffordd yr Orsaf", "Stryd y Capel",
                 "Lôn Las", "Maes y Dre", "Bryn Teg", "Tan y Bryn", "Stryd y Castell", "Maes Glas",
                 "Heol y Dŵr", "Cae Bach", "Ffordd Pen Llech")
WELSH_FLATS = ("Fflat 3, Plas Newydd", "Fflat 1, Tŷ Gwyn", "Bwthyn y Bryn", "Tŷ Capel")

# title|service|groups most likely to come (letters as above)|title in Welsh
ACTIVITIES = {
    "forum": (
        "Day centre forum|Day centre|ODL|Fforwm y ganolfan ddydd",
        "Carers' forum|Home support|K|Fforwm y gofalwyr",
        "Young people's forum|Activities and outings|C|Fforwm y bobl ifanc",
        "Members' forum|||Fforwm yr aelodau",
    ),
    "consultation_event": (
        "Drop-in: the new bus timetable|Transport|OD|Sesiwn galw heibio: amserlen newydd y bws",
        "Open morning: plans for the new kitchen|Meals||Sesiwn agored: cynlluniau ar gyfer y gegin newydd",
        "Have your say: next year's outings|Activities and outings||Sesiwn dweud eich dweud: teithiau’r flwyddyn nesaf",
        "Consultation: changes to home support visits|Home support|OK|Sesiwn ymgynghori: newidiadau i ymweliadau cymorth yn y cartref",
    ),
    "focus_group": (
        "Menu planning group|Meals|OL|Sesiwn cynllunio’r fwydlen",
        "Focus group: advice line opening hours|Advice line|KM|Sesiwn drafod: oriau agor y llinell gyngor",
        "Focus group: the wellbeing drop-in|Day centre|M|Sesiwn drafod: y sesiwn lles galw heibio",
        "Focus group: easy read leaflets||L|Sesiwn drafod: taflenni hawdd eu darllen",
    ),
    "survey": (
        "Transport users' survey|Transport||Holiadur defnyddwyr y bws",
        "Meals on wheels survey|Meals|O|Holiadur prydau ar glud",
        "Annual members' survey|||Holiadur blynyddol yr aelodau",
        "Advice line callers' survey|Advice line||Holiadur galwyr y llinell gyngor",
    ),
    "one_to_one": (
        "Home support review|Home support|OK|Sgwrs adolygu cymorth yn y cartref",
        "One-to-one chat about the day centre|Day centre|LD|Sgwrs un i un am y ganolfan ddydd",
        "Advice line follow-up call|Advice line||Sgwrs ddilynol ar y llinell gyngor",
    ),
    "visit": (
        "Visit to the new day centre site|Day centre|OD|Sesiwn ar safle newydd y ganolfan ddydd",
        "Members' visit to test the new minibus|Transport|D|Sesiwn profi’r bws mini newydd",
        "Young inspectors' visit|Activities and outings|C|Sesiwn yr arolygwyr ifanc",
    ),
    "online": (
        "Online coffee and chat||MK|Sgwrs a phaned ar-lein",
        "Online carers' group|Home support|K|Fforwm gofalwyr ar-lein",
        "Video call: testing our new website|Advice line|CM|Sesiwn fideo: profi ein gwefan newydd",
    ),
}
