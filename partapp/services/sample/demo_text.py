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
        "You can also talk to Gareth Pryce, our Manager, on 01632 960101, or write to him at "
        "the address above. If you are still not happy, you can contact Care Inspectorate "
        "Wales. We will help you do this if you want."),
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

# Slots used in the suggestions: the same words are kept for every repeat of a topic.
SLOTS = {
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "place": ("Ludlow", "Hay-on-Wye", "Aberystwyth", "the Elan Valley", "Hereford",
              "Shrewsbury", "Barmouth", "Lake Vyrnwy"),
    "food": ("fish pie", "chicken curry", "beef stew", "leek and potato soup", "shepherd's pie",
             "cawl", "roast dinner", "sponge pudding"),
}
STAFF_BY_SERVICE = {"Day centre": ("Ffion", "Sandra"), "Transport": ("Dave", "Alun"),
                    "Meals": ("Tom", "Kath"), "Home support": ("Bev", "Lisa"),
                    "Activities and outings": ("Jo", "Kev"), "Advice line": ("Aisha", "Gwyn"),
                    "": ("Rhian", "Gareth")}

# first|last|groups|ethnicity|needs. Groups: O older people, C children and young people,
# L learning difficulties, D disabled people, M mental health, K carers. Ethnicity: a asian,
# b black, m mixed, o other, w white. Needs: lp large print, er easy read, cy Welsh (bilingual
# letters), em email, ph phone call, sup letters through a supporter, bsl, int=language,
# pref=preferred name.
PEOPLE = """
Siân|Evans|O|w|cy,lp
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
Eirlys|Morris|O|w|cy
Iolo|Bevan|C|w|cy,em
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
Aled|Hughes|L|w|cy
Ryan|Cole|L|m|er
Rosie|Hamer|L|w|
Huw|Bowen|L|w|
Llŷr|Pritchard|D|w|cy,em
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
Elin|Vaughan|M|w|cy
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
Rhiannon|Price|K|w|cy
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
    "Gwenllian": ("Carys Meredith, advocate at Powys Advocacy",
                  "Powys Advocacy\n3 Temple Street\nLlandrindod Wells\nLD1 5DL"),
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

# title|service|groups most likely to come (letters as above)
ACTIVITIES = {
    "forum": ("Day centre forum|Day centre|ODL", "Carers' forum|Home support|K",
              "Young people's forum|Activities and outings|C", "Members' forum||"),
    "consultation_event": ("Drop-in: the new bus timetable|Transport|OD",
                           "Open morning: plans for the new kitchen|Meals|",
                           "Have your say: next year's outings|Activities and outings|",
                           "Consultation: changes to home support visits|Home support|OK"),
    "focus_group": ("Menu planning group|Meals|OL",
                    "Focus group: advice line opening hours|Advice line|KM",
                    "Focus group: the wellbeing drop-in|Day centre|M",
                    "Focus group: easy read leaflets||L"),
    "survey": ("Transport users' survey|Transport|", "Meals on wheels survey|Meals|O",
               "Annual members' survey||", "Advice line callers' survey|Advice line|"),
    "one_to_one": ("Home support review|Home support|OK",
                   "One-to-one chat about the day centre|Day centre|LD",
                   "Advice line follow-up call|Advice line|"),
    "visit": ("Visit to the new day centre site|Day centre|OD",
              "Members' visit to test the new minibus|Transport|D",
              "Young inspectors' visit|Activities and outings|C"),
    "online": ("Online coffee and chat||MK", "Online carers' group|Home support|K",
               "Video call: testing our new website|Advice line|CM"),
}

# kind|what they said (variants split by " ~ ")|what we did, or the answer|passed on to.
# "!" before what we did: something we would always agree to (safety, dignity, faith).
TOPICS = {
    "Day centre": """
idea|Could we have a quiet room at the day centre? The main room gets very loud. ~ I would like somewhere quiet to sit. The big room is too noisy for me.|We turned the small lounge into a quiet room. It has soft chairs and no TV.
idea|Please can we do chair exercises on {day}s.|We started chair exercises on {day} mornings, led by a trained volunteer.
idea|It would be nice to have a garden club. Some of us used to grow vegetables.|We built two raised beds in the yard and started a garden club.
idea|Can we have the local paper at the centre? I like to keep up with the news.|We now get the local paper every week.
concern|The floor by the toilets is slippery when it rains.|!We put down new non-slip flooring by the toilets.
concern|The hearing loop in the big room does not work. ~ I cannot hear the speaker at meetings, even with my hearing aid on.|We had the hearing loop mended. Staff now test it every month.
concern|The front door is heavy. I struggle to open it with my walker.|We fitted an automatic door at the front.
concern|The pavement outside the centre is broken. I tripped on it last week.||Powys County Council highways team
complaint|Nobody told me the centre was shut on {day}. I waited an hour for nothing.|We now send a text and a letter when the centre has to close.
complaint|The heating was off all morning. We sat in our coats.|We fixed the boiler. Staff now check the heating before people arrive.
compliment|Thank you to {staff}. I always feel welcome. ~ {staff} is so kind. There is always time for a chat.|
compliment|I love the singing on {day}s. It is the best part of my week.|
compliment|The day centre has given me my confidence back. I did not want to leave the house before.|
question|Can my carer stay with me at the day centre?|Yes. Carers are always welcome to stay, and they do not pay.
question|What happens if I feel ill at the centre?|Staff will look after you and ring your family or your doctor. There is a first aider every day.
idea|Could the centre open on Saturdays? The weekends are long on my own.|We now open the centre on the first Saturday of each month.
concern|The toilets need better handrails. I worry I will fall.|!We fitted new handrails in all the toilets.
complaint|The tea was cold again. It sits on the trolley for ages.|We changed the tea round so it is made fresh at 10 and at 2.
question|Is there a charge for lunch at the day centre?|Lunch costs £4.50. Tell us if this is hard for you and we can help.
""",
    "Transport": """
idea|The minibus comes too early on {day}s. I am not ready at 8. ~ Could the bus come a bit later on {day}s? 8 o'clock is too early for me.|Pick-ups on {day}s now start at half past 9.
idea|Could the driver ring me when they are ten minutes away?|Drivers now ring or text ten minutes before they arrive.
idea|Please can we have a bus to the market on Saturdays.|We started a Saturday market bus, once a month to begin with.
idea|There should be a bus shelter at the stop by the surgery. We get soaked.||Powys County Council
concern|The step on the minibus is too high for me. ~ I nearly fell getting off the bus. The step is very high.|!We fitted a lower step and a grab rail on both minibuses.
concern|The bus is often late back. My daughter worries when I am not home.|We changed the route home so nobody is on the bus for more than 45 minutes.
concern|The straps do not fit my new wheelchair properly.|!We bought new wheelchair straps and trained all drivers to use them.
complaint|The driver was rude to me when I was slow getting on.|We spoke to the driver. All drivers did customer care training.
complaint|Nobody came to pick me up on {day}. I missed my hospital appointment.|We now check the pick-up list every afternoon.
complaint|The hospital lost my transport booking again.||the hospital's patient transport service
compliment|{staff} the driver is brilliant and always helps with my bags.|
compliment|The new minibus is lovely and warm. Thank you.|
question|Can my wife come on the bus with me?|Yes, if there is a free seat. Please tell us when you book.
question|How much does the transport cost now?|It is £2 each way. It is free if you get Pension Credit.
idea|Could the bus stop at the chemist on the way home?|Drivers now stop at the chemist on the way home if you ask when you book.
concern|The heater in the back of the bus does not work. We are freezing.|We had the heaters mended on both buses.
question|Can I bring my mobility scooter on the bus?|Yes, if it folds. Please tell us when you book so we can make space.
""",
    "Meals": """
idea|Could we have fish on Fridays? ~ Please can we have fish and chips on a Friday.|Fish is now on the menu every Friday.
idea|Please can we have a vegetarian choice every day.|There is now a vegetarian choice every day.
idea|It would be good to have halal meals. My father will not eat the meat now.|!We found a halal supplier. Halal meals can now be ordered.
idea|Can we have smaller portions? I waste half my dinner. ~ The dinners are too big for me. Could I have a small plate?|You can now choose a small or a full portion.
concern|The {food} was cold by the time it got to me.|We bought new hot boxes for the delivery van.
concern|The menu is hard to read. The writing is too small.|We made a new menu in large print with pictures.
concern|My mother is diabetic. There are not many puddings she can eat.|We added two sugar-free puddings to the menu.
complaint|My meal did not come on {day} and nobody rang me.|We now ring anyone whose meal will be late.
complaint|I found a hair in my {food}. That is not good enough.|!We checked the kitchen. Staff now wear hair nets at all times.
compliment|The {food} on {day} was lovely. Just like my mum used to make.|
compliment|Thank you to the kitchen team. The Christmas dinner was wonderful.|
compliment|{staff} in the kitchen always remembers I do not take sugar. Thank you.|
question|Can I change my meal order on the day?|Yes, if you ring before 10 in the morning.
question|Do you make food for people who find it hard to swallow?|Yes. We can make soft meals and puréed meals. Please ask us.
idea|Could we have Welsh cakes with our tea sometimes? ~ Please can we have bara brith now and then.|We now bake Welsh cakes and bara brith once a month.
concern|The driver leaves my meal on the step. I cannot bend down to get it.|Drivers now hand you the meal or put it on the table.
question|Can I pay for my meals by direct debit?|Yes. Ring the office and we will send you the form.
""",
    "Home support": """
idea|I would like the same carer each week. It is hard to keep telling new people my routine. ~ Please can I have the same carers? I never know who is coming.|Each person now has a small team of two or three regular carers.
idea|It would help to have a list of who is coming each week.|We now post or email a weekly rota to everyone who wants one.
idea|Could carers help with a bit of gardening in the summer?|We found volunteers to help with light gardening in the summer.
concern|My carer only stays ten minutes. The visit should be half an hour.|We checked visit times and made the rota less rushed.
concern|The carers do not always wear their name badges.|We reminded all carers to wear badges. We check this on spot visits.
concern|My dad gets upset when the visit is late. He thinks nobody is coming.|We now ring if a carer is running more than 15 minutes late.
concern|The GP surgery will not give Mum a home visit.||the local health board's patient advice team
complaint|Nobody came on {day} morning. My mum had no breakfast.|!We changed how we cover sickness so no visit is missed.
complaint|The office did not ring me back. I rang three times.|We set up a call back list that is checked every two hours.
compliment|{staff} is a star. Mum looks forward to every visit.|
compliment|The carers treat my husband with real respect. Thank you.|
question|Can I change the time of my morning visit?|Yes. Ring the office and we will try to find a time that suits you.
question|Who do I ring at the weekend if something goes wrong?|Ring the on-call number, 01632 960109. Someone answers every day.
idea|Could carers show a photo card so Dad knows who they are?|Every carer now carries a photo card and shows it at the door.
concern|The new carer did not know how to use Mum's hoist.|!All new carers now have hoist training before their first visit.
question|Can my carer help me with my tablets?|Yes, if it is in your care plan. We can talk about it at your next review.
""",
    "Activities and outings": """
idea|Could we have a trip to {place} in the summer? ~ I would love a day out to {place}.|We organised a day trip to {place}.
idea|Can we have a film afternoon once a month?|We started a monthly film afternoon with tea and cake.
idea|Please can we do a craft group for young people on {day}s after school.|We started an after-school craft group on {day}s.
idea|I would like to learn to use my tablet. Could you run a class? ~ Can someone show us how to do video calls on our phones?|We ran a six-week tablet and phone class with volunteers.
concern|The outings are always on weekdays. I work and cannot come.|We now run one outing a month on a Saturday.
concern|Some trips are too far. I get very tired on the coach.|We now plan trips with no more than an hour on the coach.
complaint|The trip to {place} was cancelled at the last minute. Nobody told us why.|We now tell people two days ahead if a trip must change, and why.
complaint|We were not allowed to bring our own food on the trip.|People can now bring their own food on every trip.
compliment|The trip to {place} was the best day I have had in years.|
compliment|Thank you for the Christmas party. The young people loved it.|
compliment|{staff} made the outing so much fun. Everyone was laughing.|
question|Can my support worker come on the trips with me?|Yes. Support workers come free of charge.
question|How do I book a place on an outing?|Ring the office or tell any member of staff. There is a list at the front desk too.
idea|Could we have a walking group? A gentle walk would help my mood. ~ I would like a walk with other people once a week.|We started a weekly wellbeing walk on {day} mornings.
concern|The hall for the youth club is cold and dark.|We moved the youth club to the community centre.
question|Can young people bring a friend to the youth club?|Yes. Friends are welcome. They just need to fill in a short form first.
""",
    "Advice line": """
idea|The advice line should be open later. I work until 5. ~ Could the advice line open one evening a week?|The advice line is now open until 7 on Thursdays.
idea|Please can people send a text instead of ringing. I find phone calls hard.|You can now text the advice line. We text back the same day.
idea|It would help to have the help sheets in Welsh.|We now have the main help sheets in Welsh as well as English.
concern|I waited on hold for 40 minutes. ~ I could not get through on the advice line. It was engaged all morning.|We added a second phone line and a call back service.
concern|The adviser used words I did not understand.|All our advisers had plain English training.
concern|I am worried the new benefit rules will leave me worse off.|We ran drop-in sessions about the new benefit rules.
complaint|I was told the wrong thing about my Carer's Allowance.|We checked the advice. A second adviser now checks hard cases.
complaint|Nobody called me back like they promised.|We set up a call back list that is checked twice a day.
compliment|The advice line helped me fill in my PIP form. I could not have done it alone.|
compliment|{staff} on the advice line was so patient with me. Thank you.|
question|Can the advice line help with bus passes?|Yes. We can help you fill in the form and send it off.
question|Who can help me get a blue badge for my car?||Powys County Council blue badge team
idea|Could someone help with energy bills? Mine have gone up so much.|We trained two advisers to help with energy bills and grants.
concern|I do not have the internet. Everything seems to be online now.|We now post paper forms to anyone who asks.
question|Can you help me understand a letter from the council?|Yes. Bring it in, or read it to us on the phone, and we will explain it.
""",
    "": """
idea|The newsletter should come out in large print too.|The newsletter now comes in large print for anyone who asks.
concern|The streetlight on our road has been out for weeks. I am scared to walk home.||Powys County Council
question|Is there a way to tell you things without coming to a meeting?|Yes. You can ring, write, email or use the suggestion box at the centre.
complaint|The newsletter came after the coffee morning had happened.|We now post the newsletter two weeks earlier.
compliment|Thank you for listening to us. It feels like our views count.|
""",
}

COMPLIMENT_REPLIES = (
    "Thank you. We shared your kind words with the whole team.",
    "Thank you for telling us. We passed your message on to the staff involved.",
)
AGREED_REASONS = {
    "idea": ("", "This is a good idea and we can do it.",
             "Other people asked for this too, so we said yes."),
    "concern": ("", "You were right to tell us. We will put this right."),
    "complaint": ("We are sorry this happened. You were right to complain.",
                  "We are sorry. We looked into it and we will put it right."),
}
# outcome -> (reason category, reason). {to} is who it was passed on to.
REASONS = {
    "agreed_in_part": (
        ("money", "We can do some of this now. The rest costs more than we have this year."),
        ("staff", "We can do part of this. We do not have enough staff to do all of it."),
        ("other_people", "We can do some of this. All of it would not suit everyone."),
        ("safety", "We can do most of this. One part would not be safe, so we left it out.")),
    "not_now": (
        ("money", "We do not have the money for this now. We will look again next year."),
        ("staff", "We are short of staff at the moment. We will look again in the spring."),
        ("other", "We are changing this service first. We will come back to your idea then.")),
    "not_possible": (
        ("money", "This would cost far more than we can afford."),
        ("law", "The rules we must follow do not allow this."),
        ("safety", "We looked at this carefully. It would not be safe."),
        ("other_people", "Most people who use the service asked us to keep it as it is.")),
    "passed_on": (
        ("outside_control", "This is run by {to}, not by us. We sent them your message."),),
}
WELSH_OPENING = "Annwyl {name},\n\nDiolch am ddweud wrthym beth yw eich barn."
LATER_AGREED = ("We got a new grant, so we can now do this.",
                "We now have more staff, so we can do this after all.")
INSTEAD = {
    "Day centre": ("We will talk about this again at the next day centre forum.",
                   "You can ask staff for a quiet corner on busy days."),
    "Transport": ("We can ring you the evening before to tell you the pick-up time.",
                  "The community car scheme may be able to help. We can give you their number."),
    "Meals": ("You can ask the kitchen for a different choice on the day.",
              "We can give you a list of other meal services near you."),
    "Home support": ("We can look at your care plan with you to see what else would help.",
                     "We can put you in touch with the carers' centre."),
    "Activities and outings": ("You can join the outings group and help choose the trips.",
                               "We will ask the group which trips they want next."),
    "Advice line": ("We can book you a face-to-face appointment instead.",
                    "We can ring you back at a time that suits you."),
    "": ("We will keep asking about this for you.",),
}
