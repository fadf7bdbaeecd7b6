"""Sample stories, part two: home support, activities and outings, the advice line and the
organisation as a whole (see demo_stories.py)."""

STORIES = {
    "Home support": """
idea agreed_in_part staff
said: I would like the same carer each week. It is hard to keep telling new people my routine. ~ Please can I have the same carers? I never know who is coming.
= Hoffwn i gael yr un gofalwr bob wythnos. Mae'n anodd dweud fy nhrefn wrth bobl newydd o hyd. ~ Ga i'r un gofalwyr, os gwelwch yn dda? Dw i byth yn gwybod pwy sy'n dod.
why: We cannot promise the same carer every time, as carers have holidays and days off. We can give you a small team.
= Allwn ni ddim addo'r un gofalwr bob tro, achos mae gofalwyr yn cael gwyliau a diwrnodau i ffwrdd. Gallwn ni roi tîm bach i chi.
instead: We keep a note of your routine, so every carer knows it before they come.
= Rydyn ni'n cadw nodyn o'ch trefn, fel bod pob gofalwr yn ei gwybod cyn dod.
did: Each person now has a small team of two or three regular carers.
= Mae gan bob person dîm bach o ddau neu dri gofalwr rheolaidd erbyn hyn.
plan: We will give each person a small team of two or three regular carers.
= Byddwn ni'n rhoi tîm bach o ddau neu dri gofalwr rheolaidd i bob person.

idea agreed
said: It would help to have a list of who is coming each week.
= Byddai'n help cael rhestr o bwy sy'n dod bob wythnos.
did: We now post or email a weekly rota to everyone who wants one.
= Rydyn ni'n postio neu'n e-bostio rota bob wythnos at bawb sydd eisiau un erbyn hyn.
plan: We will post or email a weekly rota to everyone who wants one.
= Byddwn ni'n postio neu'n e-bostio rota bob wythnos at bawb sydd eisiau un.

idea agreed
said: Could carers show a photo card so Dad knows who they are?
= Allai'r gofalwyr ddangos cerdyn gyda llun, fel bod Dad yn gwybod pwy ydyn nhw?
did: Every carer now carries a photo card and shows it at the door.
= Mae pob gofalwr yn cario cerdyn gyda llun erbyn hyn, ac yn ei ddangos wrth y drws.
plan: Every carer will carry a photo card and show it at the door.
= Bydd pob gofalwr yn cario cerdyn gyda llun ac yn ei ddangos wrth y drws.

idea not_possible law
said: Could carers help with a bit of gardening in the summer?
= Allai'r gofalwyr helpu gydag ychydig o arddio yn yr haf?
why: Carers can only do the tasks in your care plan. Gardening is not one of them.
= Dim ond y tasgau yn eich cynllun gofal y gall gofalwyr eu gwneud. Dydy garddio ddim yn un ohonyn nhw.
instead: We can give you the number of a volunteer gardening group.
= Gallwn ni roi rhif grŵp garddio gwirfoddol i chi.

idea not_now staff
said: Could I have a visit in the evening to help me get to bed?
= Ga i ymweliad gyda'r nos i fy helpu i fynd i'r gwely?
why: We do not have enough carers for evening visits at the moment. We are taking on more.
= Does dim digon o ofalwyr gennym ni ar gyfer ymweliadau gyda'r nos ar hyn o bryd. Rydyn ni'n cyflogi mwy.
instead: We can move your afternoon visit to later in the day.
= Gallwn ni symud eich ymweliad prynhawn i'n hwyrach yn y dydd.
did: We now offer evening visits to help people get ready for bed.
= Rydyn ni'n cynnig ymweliadau gyda'r nos erbyn hyn, i helpu pobl i baratoi i fynd i'r gwely.
plan: We will offer evening visits to help people get ready for bed.
= Byddwn ni'n cynnig ymweliadau gyda'r nos, i helpu pobl i baratoi i fynd i'r gwely.

concern agreed
said: My carer only stays ten minutes. The visit should be half an hour.
= Dim ond deg munud mae fy ngofalwr yn aros. Dylai'r ymweliad fod yn hanner awr.
did: We checked visit times and made the rota less rushed.
= Rydyn ni wedi gwirio amseroedd ymweld ac wedi gwneud y rota'n llai prysur.
plan: We will check visit times and make the rota less rushed.
= Byddwn ni'n gwirio amseroedd ymweld ac yn gwneud y rota'n llai prysur.

concern agreed
said: The carers do not always wear their name badges.
= Dydy'r gofalwyr ddim bob amser yn gwisgo eu bathodynnau enw.
did: We reminded all carers to wear badges. We check this on spot visits.
= Rydyn ni wedi atgoffa'r holl ofalwyr i wisgo bathodyn. Rydyn ni'n gwirio hyn ar ymweliadau sydyn.
plan: We will remind all carers to wear badges, and check this on spot visits.
= Byddwn ni'n atgoffa'r holl ofalwyr i wisgo bathodyn, ac yn gwirio hyn ar ymweliadau sydyn.

concern agreed
said: My dad gets upset when the visit is late. He thinks nobody is coming.
= Mae fy nhad yn ypsetio pan fydd yr ymweliad yn hwyr. Mae'n meddwl nad oes neb yn dod.
did: We now ring if a carer is running more than 15 minutes late.
= Rydyn ni'n ffonio erbyn hyn os yw gofalwr fwy na 15 munud yn hwyr.
plan: We will ring if a carer is running more than 15 minutes late.
= Byddwn ni'n ffonio os yw gofalwr fwy na 15 munud yn hwyr.

concern agreed
said: The new carer did not know how to use Mum's hoist.
= Doedd y gofalwr newydd ddim yn gwybod sut i ddefnyddio teclyn codi Mam.
why: You were right to tell us. Nobody should be moved by someone who has not been trained.
= Roeddech chi'n iawn i ddweud wrthym ni. Ddylai neb gael ei symud gan rywun sydd heb gael hyfforddiant.
did: All new carers now have hoist training before their first visit.
= Mae pob gofalwr newydd yn cael hyfforddiant ar declyn codi cyn ei ymweliad cyntaf erbyn hyn.
plan: All new carers will have hoist training before their first visit.
= Bydd pob gofalwr newydd yn cael hyfforddiant ar declyn codi cyn ei ymweliad cyntaf.

concern passed_on outside_control
said: The GP surgery will not give Mum a home visit.
= Dydy'r feddygfa ddim yn fodlon rhoi ymweliad cartref i Mam.
why: Home visits are up to the surgery and the health board, not us. We sent them your message.
= Y feddygfa a'r bwrdd iechyd sy'n penderfynu ar ymweliadau cartref, nid ni. Rydyn ni wedi anfon eich neges atyn nhw.
to: the local health board's patient advice team
= swyddfa cyngor i gleifion y bwrdd iechyd lleol

complaint agreed
said: Nobody came on {day} morning. My mum had no breakfast.
= Ddaeth neb fore dydd {day}. Chafodd fy mam ddim brecwast.
why: We are very sorry. This should never happen.
= Mae'n ddrwg iawn gennym ni. Ddylai hyn byth ddigwydd.
did: We changed how we cover sickness so no visit is missed.
= Rydyn ni wedi newid sut rydyn ni'n llenwi'r bwlch pan fydd gofalwr yn sâl, fel nad oes ymweliad yn cael ei golli.
plan: We will change how we cover sickness so no visit is missed.
= Byddwn ni'n newid sut rydyn ni'n llenwi'r bwlch pan fydd gofalwr yn sâl, fel nad oes ymweliad yn cael ei golli.

complaint agreed
said: The office did not ring me back. I rang three times.
= Wnaeth y swyddfa ddim fy ffonio'n ôl. Ffoniais i dair gwaith.
did: We set up a call back list that is checked every two hours.
= Rydyn ni wedi dechrau rhestr galw'n ôl. Mae rhywun yn ei gwirio bob dwy awr.
plan: We will set up a call back list that is checked every two hours.
= Byddwn ni'n dechrau rhestr galw'n ôl, a bydd rhywun yn ei gwirio bob dwy awr.

compliment agreed
said: {staff} is a star. Mum looks forward to every visit.
= Mae {staff} yn seren. Mae Mam yn edrych ymlaen at bob ymweliad.

compliment agreed
said: The carers treat my husband with real respect. Thank you.
= Mae'r gofalwyr yn trin fy ngŵr gyda pharch go iawn. Diolch.

question agreed
said: Can I change the time of my morning visit?
= Ga i newid amser fy ymweliad yn y bore?
why: Yes. Ring the office and we will try to find a time that suits you.
= Cewch. Ffoniwch y swyddfa a byddwn ni'n ceisio dod o hyd i amser sy'n gyfleus i chi.

question agreed
said: Who do I ring at the weekend if something goes wrong?
= Pwy ddylwn i ei ffonio ar y penwythnos os aiff rhywbeth o'i le?
why: Ring the on-call number, 01632 960109. Someone answers every day.
= Ffoniwch y rhif ar alwad, 01632 960109. Mae rhywun yn ateb bob dydd.

question agreed
said: Can my carer help me with my tablets?
= Ydy fy ngofalwr yn cael fy helpu gyda fy nhabledi?
why: Yes, if it is in your care plan. We can talk about it at your next review.
= Ydy, os yw yn eich cynllun gofal. Gallwn ni siarad am hyn yn eich adolygiad nesaf.
""",
    "Activities and outings": """
idea agreed
said: Could we have a trip to {place} in the summer? ~ I would love a day out to {place}.
= Gawn ni daith {to_place} yn yr haf? ~ Byddwn i wrth fy modd yn cael diwrnod allan {to_place}.
did: We organised a day trip to {place}.
= Rydyn ni wedi trefnu taith diwrnod {to_place}.
plan: We will organise a day trip to {place}.
= Byddwn ni'n trefnu taith diwrnod {to_place}.

idea agreed
said: Can we have a film afternoon once a month?
= Gawn ni brynhawn ffilm unwaith y mis?
did: We started a monthly film afternoon with tea and cake.
= Rydyn ni wedi dechrau prynhawn ffilm bob mis, gyda the a chacen.
plan: We will start a monthly film afternoon with tea and cake.
= Byddwn ni'n dechrau prynhawn ffilm bob mis, gyda the a chacen.

idea agreed
said: Please can we do a craft group for young people on {day}s after school.
= Gawn ni grŵp crefft i bobl ifanc ar ddydd {day} ar ôl ysgol, os gwelwch yn dda?
did: We started an after-school craft group on {day}s.
= Rydyn ni wedi dechrau grŵp crefft ar ôl ysgol ar ddydd {day}.
plan: We will start an after-school craft group on {day}s.
= Byddwn ni'n dechrau grŵp crefft ar ôl ysgol ar ddydd {day}.

idea agreed
said: I would like to learn to use my tablet. Could you run a class? ~ Can someone show us how to do video calls on our phones?
= Hoffwn i ddysgu defnyddio fy llechen. Allech chi gynnal dosbarth? ~ All rhywun ddangos i ni sut i wneud galwadau fideo ar ein ffonau?
did: We ran a six-week tablet and phone class with volunteers.
= Rydyn ni wedi cynnal dosbarth llechen a ffôn am chwe wythnos, gyda gwirfoddolwyr.
plan: We will run a six-week tablet and phone class with volunteers.
= Byddwn ni'n cynnal dosbarth llechen a ffôn am chwe wythnos, gyda gwirfoddolwyr.

idea agreed
said: Could we have a walking group? A gentle walk would help my mood. ~ I would like a walk with other people once a week.
= Gawn ni grŵp cerdded? Byddai taith gerdded hamddenol yn codi fy nghalon. ~ Hoffwn i fynd am dro gyda phobl eraill unwaith yr wythnos.
did: We started a weekly wellbeing walk on {day} mornings.
= Rydyn ni wedi dechrau taith gerdded lles bob bore dydd {day}.
plan: We will start a weekly wellbeing walk on {day} mornings.
= Byddwn ni'n dechrau taith gerdded lles bob bore dydd {day}.

idea not_possible safety
said: Could we go swimming in the lake on the next trip?
= Gawn ni nofio yn y llyn ar y daith nesaf?
why: There is no lifeguard at the lake, so it would not be safe.
= Does dim achubwr bywyd wrth y llyn, felly fyddai hynny ddim yn ddiogel.
instead: We can book a swim at the leisure centre pool, where there is a lifeguard.
= Gallwn ni drefnu nofio ym mhwll y ganolfan hamdden, lle mae achubwr bywyd.

idea not_now other
said: Could the young people plan a trip abroad?
= Allai'r bobl ifanc gynllunio taith dramor?
why: We are looking at how we run all our trips first. We will come back to your idea after that.
= Rydyn ni'n edrych ar sut rydyn ni'n trefnu ein holl deithiau yn gyntaf. Byddwn ni'n dod yn ôl at eich syniad wedyn.
instead: You can join the outings group and help choose the trips.
= Gallwch chi ymuno â'r grŵp teithiau a helpu i ddewis y teithiau.

concern agreed_in_part staff
said: The outings are always on weekdays. I work and cannot come.
= Mae'r teithiau bob amser yn ystod yr wythnos. Rydw i'n gweithio, a dw i ddim yn gallu dod.
why: We do not have the staff for every weekend. We can run one outing a month on a Saturday.
= Does dim digon o staff gennym ni ar gyfer pob penwythnos. Gallwn ni gynnal un daith y mis ar ddydd Sadwrn.
did: We now run one outing a month on a Saturday.
= Rydyn ni'n cynnal un daith y mis ar ddydd Sadwrn erbyn hyn.
plan: We will run one outing a month on a Saturday.
= Byddwn ni'n cynnal un daith y mis ar ddydd Sadwrn.

concern agreed
said: Some trips are too far. I get very tired on the coach.
= Mae rhai teithiau yn rhy bell. Rydw i'n blino'n lân ar y bws.
did: We now plan trips with no more than an hour on the coach.
= Rydyn ni'n cynllunio teithiau gydag awr ar y mwyaf ar y bws erbyn hyn.
plan: We will plan trips with no more than an hour on the coach.
= Byddwn ni'n cynllunio teithiau gydag awr ar y mwyaf ar y bws.

concern agreed
said: The hall for the youth club is cold and dark.
= Mae neuadd y clwb ieuenctid yn oer ac yn dywyll.
did: We moved the youth club to the community centre.
= Rydyn ni wedi symud y clwb ieuenctid i'r ganolfan gymunedol.
plan: We will move the youth club to the community centre.
= Byddwn ni'n symud y clwb ieuenctid i'r ganolfan gymunedol.

complaint agreed
said: The trip to {place} was cancelled at the last minute. Nobody told us why.
= Cafodd y daith {to_place} ei chanslo ar y funud olaf. Ddywedodd neb wrthon ni pam.
why: We are sorry. The coach broke down, and we should have told you straight away.
= Mae'n ddrwg gennym ni. Torrodd y bws i lawr, a dylen ni fod wedi dweud wrthych chi ar unwaith.
did: We now ring everyone as soon as a trip has to change, and say why.
= Rydyn ni'n ffonio pawb cyn gynted ag y mae'n rhaid newid taith erbyn hyn, ac yn dweud pam.
plan: We will ring everyone as soon as a trip has to change, and say why.
= Byddwn ni'n ffonio pawb cyn gynted ag y mae'n rhaid newid taith, ac yn dweud pam.

complaint agreed_in_part safety
said: We were not allowed to bring our own food on the trip.
= Chawson ni ddim dod â'n bwyd ein hunain ar y daith.
why: You can bring your own food now. Eating on the coach while it moves is still not allowed, as it is not safe.
= Cewch chi ddod â'ch bwyd eich hun nawr. Chewch chi ddim bwyta ar y bws tra mae'n symud o hyd, achos dydy hynny ddim yn ddiogel.
did: People can now bring their own food on every trip, to eat when the coach stops.
= Mae pobl yn cael dod â'u bwyd eu hunain ar bob taith erbyn hyn, i'w fwyta pan fydd y bws yn stopio.
plan: People will be able to bring their own food on every trip, to eat when the coach stops.
= Bydd pobl yn cael dod â'u bwyd eu hunain ar bob taith, i'w fwyta pan fydd y bws yn stopio.

compliment agreed
said: The trip to {place} was the best day I have had in years.
= Y daith {to_place} oedd y diwrnod gorau i mi ei gael ers blynyddoedd.

compliment agreed
said: Thank you for the Christmas party. The young people loved it.
= Diolch am y parti Nadolig. Roedd y bobl ifanc wrth eu bodd.

compliment agreed
said: {staff} made the outing so much fun. Everyone was laughing.
= Gwnaeth {staff} y daith yn gymaint o hwyl. Roedd pawb yn chwerthin.

question agreed
said: Can my support worker come on the trips with me?
= Ydy fy ngweithiwr cymorth yn cael dod ar y teithiau gyda fi?
why: Yes. Support workers come free of charge.
= Ydy. Mae gweithwyr cymorth yn dod am ddim.

question agreed
said: How do I book a place on an outing?
= Sut ydw i'n archebu lle ar daith?
why: Ring the office or tell any member of staff. There is a list at the front desk too.
= Ffoniwch y swyddfa neu dywedwch wrth unrhyw aelod o staff. Mae rhestr wrth y ddesg flaen hefyd.

question agreed
said: Can young people bring a friend to the youth club?
= Ydy pobl ifanc yn cael dod â ffrind i'r clwb ieuenctid?
why: Yes. Friends are welcome. They just need to fill in a short form first.
= Ydyn. Mae croeso i ffrindiau. Does ond angen iddyn nhw lenwi ffurflen fer yn gyntaf.
""",
    "Advice line": """
idea agreed
said: The advice line should be open later. I work until 5. ~ Could the advice line open one evening a week?
= Dylai'r llinell gyngor fod ar agor yn hwyrach. Rydw i'n gweithio tan 5. ~ Allai'r llinell gyngor agor un noson yr wythnos?
did: The advice line is now open until 7 on Thursdays.
= Mae'r llinell gyngor ar agor tan 7 ar ddydd Iau erbyn hyn.
plan: We will open the advice line until 7 on Thursdays.
= Byddwn ni'n agor y llinell gyngor tan 7 ar ddydd Iau.

idea agreed
said: Please can people send a text instead of ringing. I find phone calls hard.
= Gawn ni anfon neges destun yn lle ffonio, os gwelwch yn dda? Mae siarad ar y ffôn yn anodd i mi.
did: You can now text the advice line. We text back the same day.
= Gallwch chi anfon neges destun at y llinell gyngor erbyn hyn. Rydyn ni'n ateb yr un diwrnod.
plan: You will be able to text the advice line, and we will text back the same day.
= Byddwch chi'n gallu anfon neges destun at y llinell gyngor, a byddwn ni'n ateb yr un diwrnod.

idea agreed
said: It would help to have the help sheets in Welsh.
= Byddai'n help cael y taflenni cymorth yn Gymraeg.
why: You are right. Everyone should be able to read our help in Welsh.
= Rydych chi'n iawn. Dylai pawb allu darllen ein cymorth yn Gymraeg.
did: We now have the main help sheets in Welsh as well as English.
= Mae'r prif daflenni cymorth ar gael yn Gymraeg ac yn Saesneg erbyn hyn.
plan: We will have the main help sheets in Welsh as well as English.
= Bydd y prif daflenni cymorth ar gael yn Gymraeg ac yn Saesneg.

idea agreed
said: Could someone help with energy bills? Mine have gone up so much.
= All rhywun helpu gyda biliau ynni? Mae fy rhai i wedi codi cymaint.
did: We trained two advisers to help with energy bills and grants.
= Rydyn ni wedi hyfforddi dau gynghorydd i helpu gyda biliau ynni a grantiau.
plan: We will train two advisers to help with energy bills and grants.
= Byddwn ni'n hyfforddi dau gynghorydd i helpu gyda biliau ynni a grantiau.

idea not_now money
said: Could the advice line have a free phone number?
= Allai'r llinell gyngor gael rhif ffôn am ddim?
why: A free number costs more than we have. We have asked a funder to help.
= Mae rhif am ddim yn costio mwy nag sydd gennym ni. Rydyn ni wedi gofyn i gyllidwr helpu.
instead: Tell us your number and we will ring you back, so the call costs you nothing.
= Rhowch eich rhif i ni a byddwn ni'n eich ffonio'n ôl, fel nad yw'r alwad yn costio dim i chi.
did: The advice line now has a free phone number.
= Mae gan y llinell gyngor rif ffôn am ddim erbyn hyn.
plan: We will get a free phone number for the advice line.
= Byddwn ni'n cael rhif ffôn am ddim i'r llinell gyngor.

idea not_possible law
said: Could the advice line fill in my benefit form and sign it for me?
= Allai'r llinell gyngor lenwi fy ffurflen budd-dal a'i llofnodi drosta i?
why: The law says you must sign your own form. We are not allowed to sign it for you.
= Mae'r gyfraith yn dweud bod rhaid i chi lofnodi eich ffurflen eich hun. Dydyn ni ddim yn cael ei llofnodi drosoch chi.
instead: We can fill it in with you, and then you sign it.
= Gallwn ni ei llenwi gyda chi, ac wedyn gallwch chi ei llofnodi.

concern agreed
said: I waited on hold for 40 minutes. ~ I could not get through on the advice line. It was engaged all morning.
= Arhosais i ar y ffôn am 40 munud. ~ Doeddwn i ddim yn gallu cael drwodd i'r llinell gyngor. Roedd hi'n brysur drwy'r bore.
did: We added a second phone line and a call back service.
= Rydyn ni wedi ychwanegu ail linell ffôn a gwasanaeth galw'n ôl.
plan: We will add a second phone line and a call back service.
= Byddwn ni'n ychwanegu ail linell ffôn a gwasanaeth galw'n ôl.

concern agreed
said: The adviser used words I did not understand.
= Defnyddiodd y cynghorydd eiriau doeddwn i ddim yn eu deall.
did: All our advisers had plain English training.
= Mae ein holl gynghorwyr wedi cael hyfforddiant ar iaith glir.
plan: All our advisers will have plain English training.
= Bydd ein holl gynghorwyr yn cael hyfforddiant ar iaith glir.

concern agreed
said: I am worried the new benefit rules will leave me worse off.
= Rydw i'n poeni y bydd y rheolau budd-dal newydd yn fy ngadael yn waeth fy myd.
did: We ran drop-in sessions about the new benefit rules.
= Rydyn ni wedi cynnal sesiynau galw heibio am y rheolau budd-dal newydd.
plan: We will run drop-in sessions about the new benefit rules.
= Byddwn ni'n cynnal sesiynau galw heibio am y rheolau budd-dal newydd.

concern agreed
said: I do not have the internet. Everything seems to be online now.
= Does gen i ddim rhyngrwyd. Mae popeth ar-lein y dyddiau yma.
did: We now post paper forms to anyone who asks.
= Rydyn ni'n postio ffurflenni papur at unrhyw un sy'n gofyn erbyn hyn.
plan: We will post paper forms to anyone who asks.
= Byddwn ni'n postio ffurflenni papur at unrhyw un sy'n gofyn.

complaint agreed
said: I was told the wrong thing about my Carer's Allowance.
= Ces i'r wybodaeth anghywir am fy Lwfans Gofalwr.
why: We are sorry. We checked, and you were right.
= Mae'n ddrwg gennym ni. Rydyn ni wedi gwirio, ac roeddech chi'n iawn.
did: We checked the advice. A second adviser now checks hard cases.
= Rydyn ni wedi gwirio'r cyngor. Mae ail gynghorydd yn gwirio achosion anodd erbyn hyn.
plan: We will check the advice, and a second adviser will check hard cases.
= Byddwn ni'n gwirio'r cyngor, a bydd ail gynghorydd yn gwirio achosion anodd.

complaint agreed
said: Nobody called me back like they promised.
= Wnaeth neb fy ffonio'n ôl fel roedden nhw wedi addo.
did: We set up a call back list that is checked twice a day.
= Rydyn ni wedi dechrau rhestr galw'n ôl. Mae rhywun yn ei gwirio ddwywaith y dydd.
plan: We will set up a call back list that is checked twice a day.
= Byddwn ni'n dechrau rhestr galw'n ôl, a bydd rhywun yn ei gwirio ddwywaith y dydd.

compliment agreed
said: The advice line helped me fill in my PIP form. I could not have done it alone.
= Helpodd y llinell gyngor fi i lenwi fy ffurflen PIP. Fyddwn i ddim wedi gallu ei wneud ar fy mhen fy hun.

compliment agreed
said: {staff} on the advice line was so patient with me. Thank you.
= Roedd {staff} ar y llinell gyngor mor amyneddgar gyda fi. Diolch.

question agreed
said: Can the advice line help with bus passes?
= Ydy'r llinell gyngor yn gallu helpu gyda phasys bws?
why: Yes. We can help you fill in the form and send it off.
= Ydy. Gallwn ni eich helpu i lenwi'r ffurflen a'i hanfon.

question passed_on outside_control
said: Who can help me get a blue badge for my car?
= Pwy all fy helpu i gael bathodyn glas i'r car?
why: The council gives out blue badges. We asked them to send you the form.
= Y cyngor sy'n rhoi bathodynnau glas. Rydyn ni wedi gofyn iddyn nhw anfon y ffurflen atoch chi.
to: Powys County Council blue badge team
= adran bathodynnau glas Cyngor Sir Powys

question agreed
said: Can you help me understand a letter from the council?
= Allwch chi fy helpu i ddeall llythyr gan y cyngor?
why: Yes. Bring it in, or read it to us on the phone, and we will explain it.
= Gallwn. Dewch ag e i mewn, neu darllenwch e i ni ar y ffôn, a byddwn ni'n ei esbonio.
""",
    "": """
idea agreed
said: The newsletter should come out in large print too.
= Dylai'r cylchlythyr ddod mewn print bras hefyd.
did: The newsletter now comes in large print for anyone who asks.
= Mae'r cylchlythyr ar gael mewn print bras i unrhyw un sy'n gofyn erbyn hyn.
plan: We will make the newsletter in large print for anyone who asks.
= Byddwn ni'n gwneud y cylchlythyr mewn print bras i unrhyw un sy'n gofyn.

idea not_possible other_people
said: Could the members' forum meet in the evening? I work in the day.
= Allai fforwm yr aelodau gwrdd gyda'r nos? Rydw i'n gweithio yn ystod y dydd.
why: Most members asked us to keep meetings in the day, when the buses run.
= Gofynnodd y rhan fwyaf o'r aelodau i ni gadw'r cyfarfodydd yn ystod y dydd, pan fydd y bysiau'n rhedeg.
instead: You can join our online coffee and chat in the evening, or send us your views.
= Gallwch chi ymuno â'n sgwrs a phaned ar-lein gyda'r nos, neu anfon eich barn aton ni.

concern passed_on outside_control
said: The streetlight on our road has been out for weeks. I am scared to walk home.
= Mae'r golau stryd ar ein ffordd ni wedi bod i ffwrdd ers wythnosau. Mae ofn arna i gerdded adref.
why: Streetlights belong to the council, not to us. We sent them your message.
= Y cyngor sy'n gyfrifol am oleuadau stryd, nid ni. Rydyn ni wedi anfon eich neges atyn nhw.
to: Powys County Council streetlights team
= adran goleuadau stryd Cyngor Sir Powys

complaint agreed
said: The newsletter came after the coffee morning had happened.
= Daeth y cylchlythyr ar ôl y bore coffi.
did: We now post the newsletter two weeks earlier.
= Rydyn ni'n postio'r cylchlythyr bythefnos yn gynharach erbyn hyn.
plan: We will post the newsletter two weeks earlier.
= Byddwn ni'n postio'r cylchlythyr bythefnos yn gynharach.

compliment agreed
said: Thank you for listening to us. It feels like our views count.
= Diolch am wrando arnon ni. Mae'n teimlo bod ein barn yn cyfrif.

question agreed
said: Is there a way to tell you things without coming to a meeting?
= Oes ffordd o ddweud pethau wrthych chi heb ddod i gyfarfod?
why: Yes. You can ring, write, email or use the suggestion box at the centre.
= Oes. Gallwch chi ffonio, ysgrifennu, anfon e-bost neu ddefnyddio'r blwch awgrymiadau yn y ganolfan.
""",
}
