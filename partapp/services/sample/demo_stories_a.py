"""Sample stories, part one: the day centre, transport and meals (see demo_stories.py)."""

STORIES = {
    "Day centre": """
idea agreed
said: Could we have a quiet room at the day centre? The main room gets very loud. ~ I would like somewhere quiet to sit. The big room is too noisy for me.
= Gawn ni ystafell dawel yn y ganolfan ddydd? Mae'r brif ystafell yn swnllyd iawn. ~ Hoffwn i gael rhywle tawel i eistedd. Mae'r ystafell fawr yn rhy swnllyd i mi.
did: We turned the small lounge into a quiet room. It has soft chairs and no TV.
= Rydyn ni wedi troi'r lolfa fach yn ystafell dawel. Mae cadeiriau meddal ynddi a dim teledu.
plan: We will turn the small lounge into a quiet room, with soft chairs and no TV.
= Byddwn ni'n troi'r lolfa fach yn ystafell dawel, gyda chadeiriau meddal a dim teledu.

idea agreed
said: Please can we do chair exercises on {day}s.
= Gawn ni wneud ymarfer corff yn y gadair bob dydd {day}, os gwelwch yn dda?
did: We started chair exercises on {day} mornings, led by a trained volunteer.
= Rydyn ni wedi dechrau ymarfer corff yn y gadair bob bore dydd {day}. Mae gwirfoddolwr wedi'i hyfforddi yn ei arwain.
plan: We will start chair exercises on {day} mornings, led by a trained volunteer.
= Byddwn ni'n dechrau ymarfer corff yn y gadair bob bore dydd {day}, gyda gwirfoddolwr wedi'i hyfforddi.

idea agreed_in_part money
said: It would be nice to have a garden club. Some of us used to grow vegetables.
= Byddai clwb garddio yn braf. Roedd rhai ohonon ni'n arfer tyfu llysiau.
why: We can start a small garden club in the yard. A greenhouse costs more than we have.
= Gallwn ni ddechrau clwb garddio bach yn yr iard. Mae tŷ gwydr yn costio mwy nag sydd gennym ni.
instead: You can help choose what we grow in the raised beds.
= Gallwch chi helpu i ddewis beth rydyn ni'n ei dyfu yn y gwelyau uchel.
did: We built two raised beds in the yard and started a garden club.
= Rydyn ni wedi adeiladu dau wely uchel yn yr iard ac wedi dechrau clwb garddio.
plan: We will build two raised beds in the yard and start a garden club.
= Byddwn ni'n adeiladu dau wely uchel yn yr iard ac yn dechrau clwb garddio.

idea agreed
said: Can we have the local paper at the centre? I like to keep up with the news.
= Gawn ni'r papur lleol yn y ganolfan? Rydw i'n hoffi gwybod beth sy'n digwydd.
did: We now get the local paper every week, in English and in Welsh.
= Rydyn ni'n cael y papur lleol bob wythnos erbyn hyn, yn Gymraeg ac yn Saesneg.
plan: We will get the local paper every week, in English and in Welsh.
= Byddwn ni'n cael y papur lleol bob wythnos, yn Gymraeg ac yn Saesneg.

idea not_possible safety
said: Could we bring our dogs to the day centre?
= Gawn ni ddod â'n cŵn i'r ganolfan ddydd?
why: Some people are afraid of dogs, and some are allergic to them. It would not be safe for them.
= Mae ofn cŵn ar rai pobl, ac mae gan eraill alergedd iddyn nhw. Fyddai hynny ddim yn ddiogel iddyn nhw.
instead: A therapy dog visits the centre once a month. You are welcome to meet her.
= Mae ci therapi yn ymweld â'r ganolfan unwaith y mis. Mae croeso i chi ddod i'w chyfarfod hi.

idea not_possible other_people
said: Could we have the TV on all day in the main room?
= Gawn ni'r teledu ymlaen drwy'r dydd yn y brif ystafell?
why: Most people at the centre asked us for less noise in the main room, not more.
= Gofynnodd y rhan fwyaf o bobl yn y ganolfan am lai o sŵn yn y brif ystafell, nid mwy.
instead: We show a film in the main room every Friday afternoon.
= Rydyn ni'n dangos ffilm yn y brif ystafell bob prynhawn dydd Gwener.

concern agreed
said: The floor by the toilets is slippery when it rains.
= Mae'r llawr wrth y toiledau yn llithrig pan fydd hi'n bwrw glaw.
why: You were right to tell us. Nobody should slip at the centre.
= Roeddech chi'n iawn i ddweud wrthym ni. Ddylai neb lithro yn y ganolfan.
did: We put down new non-slip flooring by the toilets.
= Rydyn ni wedi gosod llawr newydd sydd ddim yn llithrig wrth y toiledau.
plan: We will put down new non-slip flooring by the toilets.
= Byddwn ni'n gosod llawr newydd sydd ddim yn llithrig wrth y toiledau.

concern agreed
said: The hearing loop in the big room does not work. ~ I cannot hear the speaker at meetings, even with my hearing aid on.
= Dydy'r ddolen glyw yn yr ystafell fawr ddim yn gweithio. ~ Dw i ddim yn gallu clywed y siaradwr mewn cyfarfodydd, hyd yn oed gyda fy nghymorth clyw.
did: We had the hearing loop mended. Staff now test it every month.
= Rydyn ni wedi trwsio'r ddolen glyw. Mae'r staff yn ei phrofi bob mis erbyn hyn.
plan: We will have the hearing loop mended, and staff will test it every month.
= Byddwn ni'n trwsio'r ddolen glyw, a bydd y staff yn ei phrofi bob mis.

concern not_now money
said: The front door is heavy. I struggle to open it with my walker.
= Mae'r drws ffrynt yn drwm. Mae'n anodd i mi ei agor gyda fy ffrâm gerdded.
why: An automatic door costs more than we have. We have asked for a grant to pay for one.
= Mae drws awtomatig yn costio mwy nag sydd gennym ni. Rydyn ni wedi gofyn am grant i dalu amdano.
instead: Ring the bell by the door and a member of staff will open it for you.
= Canwch y gloch wrth y drws a bydd aelod o staff yn ei agor i chi.
did: We fitted an automatic door at the front.
= Rydyn ni wedi gosod drws awtomatig yn y ffrynt.
plan: We will fit an automatic door at the front.
= Byddwn ni'n gosod drws awtomatig yn y ffrynt.

concern passed_on outside_control
said: The pavement outside the centre is broken. I tripped on it last week.
= Mae'r palmant y tu allan i'r ganolfan wedi torri. Baglais i arno'r wythnos diwethaf.
why: The pavement belongs to the council, not to us. We sent them your message and a photo.
= Y cyngor sy'n gyfrifol am y palmant, nid ni. Rydyn ni wedi anfon eich neges a llun atyn nhw.
to: Powys County Council highways team
= adran priffyrdd Cyngor Sir Powys

concern agreed
said: The toilets need better handrails. I worry I will fall.
= Mae angen canllawiau gwell yn y toiledau. Rydw i'n poeni y bydda i'n cwympo.
did: We fitted new handrails in all the toilets.
= Rydyn ni wedi gosod canllawiau newydd yn yr holl doiledau.
plan: We will fit new handrails in all the toilets.
= Byddwn ni'n gosod canllawiau newydd yn yr holl doiledau.

complaint agreed
said: Nobody told me the centre was shut on {day}. I waited an hour for nothing.
= Ddywedodd neb wrtha i fod y ganolfan ar gau ddydd {day}. Arhosais i am awr am ddim byd.
did: We now send a text and a letter when the centre has to close.
= Rydyn ni'n anfon neges destun a llythyr erbyn hyn pan fydd rhaid cau'r ganolfan.
plan: We will send a text and a letter when the centre has to close.
= Byddwn ni'n anfon neges destun a llythyr pan fydd rhaid cau'r ganolfan.

complaint agreed
said: The heating was off all morning. We sat in our coats.
= Roedd y gwres i ffwrdd drwy'r bore. Roedden ni'n eistedd yn ein cotiau.
did: We fixed the boiler. Staff now check the heating before people arrive.
= Rydyn ni wedi trwsio'r boeler. Mae'r staff yn gwirio'r gwres cyn i bobl gyrraedd erbyn hyn.
plan: We will fix the boiler, and staff will check the heating before people arrive.
= Byddwn ni'n trwsio'r boeler, a bydd y staff yn gwirio'r gwres cyn i bobl gyrraedd.

complaint agreed
said: The tea was cold again. It sits on the trolley for ages.
= Roedd y te yn oer eto. Mae'n aros ar y troli am oesoedd.
did: We changed the tea round so it is made fresh at 10 and at 2.
= Rydyn ni wedi newid trefn y te. Mae'n cael ei wneud yn ffres am 10 ac am 2 erbyn hyn.
plan: We will change the tea round so it is made fresh at 10 and at 2.
= Byddwn ni'n newid trefn y te, fel ei fod yn cael ei wneud yn ffres am 10 ac am 2.

idea agreed_in_part staff
said: Could the centre open on Saturdays? The weekends are long on my own.
= Allai'r ganolfan agor ar ddydd Sadwrn? Mae'r penwythnos yn hir ar fy mhen fy hun.
why: We do not have the staff to open every Saturday. We can open on one Saturday each month.
= Does dim digon o staff gennym ni i agor bob dydd Sadwrn. Gallwn ni agor ar un dydd Sadwrn bob mis.
instead: The community centre runs a lunch club on Sundays. We can give you their number.
= Mae'r ganolfan gymunedol yn cynnal clwb cinio ar ddydd Sul. Gallwn ni roi eu rhif i chi.
did: We now open the centre on the first Saturday of each month.
= Mae'r ganolfan ar agor ar ddydd Sadwrn cyntaf pob mis erbyn hyn.
plan: We will open the centre on the first Saturday of each month.
= Byddwn ni'n agor y ganolfan ar ddydd Sadwrn cyntaf pob mis.

compliment agreed
said: Thank you to {staff}. I always feel welcome. ~ {staff} is so kind. There is always time for a chat.
= Diolch i {staff}. Rydw i bob amser yn teimlo bod croeso i mi. ~ Mae {staff} mor garedig. Mae amser am sgwrs bob tro.

compliment agreed
said: I love the singing on {day}s. It is the best part of my week.
= Rydw i wrth fy modd gyda'r canu ar ddydd {day}. Dyma ran orau fy wythnos.

compliment agreed
said: The day centre has given me my confidence back. I did not want to leave the house before.
= Mae'r ganolfan ddydd wedi rhoi fy hyder yn ôl i mi. Doeddwn i ddim eisiau gadael y tŷ o'r blaen.

question agreed
said: Can my carer stay with me at the day centre?
= Ydy fy ngofalwr yn cael aros gyda fi yn y ganolfan ddydd?
why: Yes. Carers are always welcome to stay, and they do not pay.
= Ydy. Mae croeso i ofalwyr aros bob amser, a dydyn nhw ddim yn talu.

question agreed
said: What happens if I feel ill at the centre?
= Beth sy'n digwydd os ydw i'n teimlo'n sâl yn y ganolfan?
why: Staff will look after you and ring your family or your doctor. There is a first aider every day.
= Bydd y staff yn gofalu amdanoch chi ac yn ffonio eich teulu neu eich meddyg. Mae rhywun sy'n gwybod cymorth cyntaf yno bob dydd.

question agreed
said: Is there a charge for lunch at the day centre?
= Oes rhaid talu am ginio yn y ganolfan ddydd?
why: Lunch costs £4.50. Tell us if this is hard for you and we can help.
= Mae cinio yn costio £4.50. Rhowch wybod i ni os yw hyn yn anodd i chi, a gallwn ni helpu.
""",
    "Transport": """
idea agreed
said: The minibus comes too early on {day}s. I am not ready at 8. ~ Could the bus come a bit later on {day}s? 8 o'clock is too early for me.
= Mae'r bws mini yn dod yn rhy gynnar ar ddydd {day}. Dydw i ddim yn barod am 8. ~ Allai'r bws ddod ychydig yn hwyrach ar ddydd {day}? Mae 8 o'r gloch yn rhy gynnar i mi.
did: Pick-ups on {day}s now start at half past 9.
= Mae'r bws yn dechrau casglu pobl am hanner awr wedi 9 ar ddydd {day} erbyn hyn.
plan: We will start pick-ups on {day}s at half past 9.
= Byddwn ni'n dechrau casglu pobl am hanner awr wedi 9 ar ddydd {day}.

idea agreed
said: Could the driver ring me when they are ten minutes away?
= Allai'r gyrrwr fy ffonio pan fydd deg munud i ffwrdd?
did: Drivers now ring or text ten minutes before they arrive.
= Mae'r gyrwyr yn ffonio neu'n anfon neges destun ddeg munud cyn cyrraedd erbyn hyn.
plan: Drivers will ring or text ten minutes before they arrive.
= Bydd y gyrwyr yn ffonio neu'n anfon neges destun ddeg munud cyn cyrraedd.

idea agreed_in_part staff
said: Please can we have a bus to the market on Saturdays.
= Gawn ni fws i'r farchnad ar ddydd Sadwrn, os gwelwch yn dda?
why: We do not have drivers for every Saturday. We can run the bus once a month.
= Does dim gyrwyr gennym ni ar gyfer pob dydd Sadwrn. Gallwn ni redeg y bws unwaith y mis.
did: We started a Saturday market bus, once a month.
= Rydyn ni wedi dechrau bws i'r farchnad ar ddydd Sadwrn, unwaith y mis.
plan: We will start a Saturday market bus, once a month.
= Byddwn ni'n dechrau bws i'r farchnad ar ddydd Sadwrn, unwaith y mis.

idea passed_on outside_control
said: There should be a bus shelter at the stop by the surgery. We get soaked.
= Dylai fod cysgodfan bws wrth yr arhosfan ger y feddygfa. Rydyn ni'n gwlychu at ein crwyn.
why: Bus shelters are the council's job, not ours. We sent them your message.
= Y cyngor sy'n gyfrifol am gysgodfannau bws, nid ni. Rydyn ni wedi anfon eich neges atyn nhw.
to: Powys County Council transport team
= adran drafnidiaeth Cyngor Sir Powys

idea not_now money
said: Could we have a bigger bus with a lift for wheelchairs?
= Gawn ni fws mwy gyda lifft ar gyfer cadeiriau olwyn?
why: A new bus costs more than we have. We are saving up for one.
= Mae bws newydd yn costio mwy nag sydd gennym ni. Rydyn ni'n cynilo ar gyfer un.
instead: We can book a taxi with a ramp when the minibus is full.
= Gallwn ni archebu tacsi gyda ramp pan fydd y bws mini yn llawn.
did: We bought a second minibus with a wheelchair lift.
= Rydyn ni wedi prynu ail fws mini gyda lifft cadair olwyn.
plan: We will buy a second minibus with a wheelchair lift.
= Byddwn ni'n prynu ail fws mini gyda lifft cadair olwyn.

idea not_possible law
said: Could the driver take my grandson to school on the way?
= Allai'r gyrrwr fynd â fy ŵyr i'r ysgol ar y ffordd?
why: Our insurance only covers people who use our services. We are not allowed to carry anyone else.
= Dim ond pobl sy'n defnyddio ein gwasanaethau mae ein hyswiriant yn eu cynnwys. Dydyn ni ddim yn cael cario neb arall.
instead: We can give you the number of the school bus service.
= Gallwn ni roi rhif gwasanaeth bws yr ysgol i chi.

idea agreed
said: Could the bus stop at the chemist on the way home?
= Allai'r bws stopio wrth y fferyllfa ar y ffordd adref?
did: Drivers now stop at the chemist on the way home if you ask when you book.
= Mae'r gyrwyr yn stopio wrth y fferyllfa ar y ffordd adref erbyn hyn, os ydych chi'n gofyn wrth archebu.
plan: Drivers will stop at the chemist on the way home if you ask when you book.
= Bydd y gyrwyr yn stopio wrth y fferyllfa ar y ffordd adref, os ydych chi'n gofyn wrth archebu.

concern agreed
said: The step on the minibus is too high for me. ~ I nearly fell getting off the bus. The step is very high.
= Mae'r gris ar y bws mini yn rhy uchel i mi. ~ Bues i bron â chwympo wrth ddod oddi ar y bws. Mae'r gris yn uchel iawn.
why: You were right to tell us. Everyone must be able to get on and off safely.
= Roeddech chi'n iawn i ddweud wrthym ni. Rhaid i bawb allu mynd ar y bws a dod oddi arno'n ddiogel.
did: We fitted a lower step and a grab rail on both minibuses.
= Rydyn ni wedi gosod gris is a chanllaw ar y ddau fws mini.
plan: We will fit a lower step and a grab rail on both minibuses.
= Byddwn ni'n gosod gris is a chanllaw ar y ddau fws mini.

concern agreed_in_part other_people
said: The bus is often late back. My daughter worries when I am not home.
= Mae'r bws yn aml yn hwyr yn dod yn ôl. Mae fy merch yn poeni pan nad ydw i adref.
why: We can make the trip home shorter. We cannot drop you off first, as others live further out.
= Gallwn ni wneud y daith adref yn fyrrach. Allwn ni ddim eich gollwng chi gyntaf, achos mae eraill yn byw ymhellach.
instead: The driver can ring your daughter when you are on the way home.
= Gall y gyrrwr ffonio eich merch pan fyddwch chi ar y ffordd adref.
did: We changed the route home so nobody is on the bus for more than 45 minutes.
= Rydyn ni wedi newid y daith adref, fel nad oes neb ar y bws am fwy na 45 munud.
plan: We will change the route home so nobody is on the bus for more than 45 minutes.
= Byddwn ni'n newid y daith adref, fel nad oes neb ar y bws am fwy na 45 munud.

concern agreed
said: The straps do not fit my new wheelchair properly.
= Dydy'r strapiau ddim yn ffitio fy nghadair olwyn newydd yn iawn.
did: We bought new wheelchair straps and trained all drivers to use them.
= Rydyn ni wedi prynu strapiau cadair olwyn newydd ac wedi hyfforddi'r holl yrwyr i'w defnyddio.
plan: We will buy new wheelchair straps and train all drivers to use them.
= Byddwn ni'n prynu strapiau cadair olwyn newydd ac yn hyfforddi'r holl yrwyr i'w defnyddio.

concern agreed
said: The heater in the back of the bus does not work. We are freezing.
= Dydy'r gwresogydd yng nghefn y bws ddim yn gweithio. Rydyn ni'n rhewi.
did: We had the heaters mended on both buses.
= Rydyn ni wedi trwsio'r gwresogyddion ar y ddau fws.
plan: We will have the heaters mended on both buses.
= Byddwn ni'n trwsio'r gwresogyddion ar y ddau fws.

complaint agreed
said: The driver was rude to me when I was slow getting on.
= Roedd y gyrrwr yn anghwrtais wrtha i pan oeddwn i'n araf yn mynd ar y bws.
why: We are sorry. Nobody should be treated like that.
= Mae'n ddrwg gennym ni. Ddylai neb gael ei drin fel yna.
did: We spoke to the driver. All drivers did customer care training.
= Rydyn ni wedi siarad â'r gyrrwr. Mae'r holl yrwyr wedi cael hyfforddiant gofal cwsmeriaid.
plan: We will speak to the driver, and all drivers will do customer care training.
= Byddwn ni'n siarad â'r gyrrwr, a bydd yr holl yrwyr yn cael hyfforddiant gofal cwsmeriaid.

complaint agreed
said: Nobody came to pick me up on {day}. I missed my hospital appointment.
= Ddaeth neb i fy nôl i ddydd {day}. Collais i fy apwyntiad yn yr ysbyty.
why: We are very sorry. The pick-up list was wrong that day.
= Mae'n ddrwg iawn gennym ni. Roedd y rhestr gasglu yn anghywir y diwrnod hwnnw.
did: We now check the pick-up list every afternoon.
= Rydyn ni'n gwirio'r rhestr gasglu bob prynhawn erbyn hyn.
plan: We will check the pick-up list every afternoon.
= Byddwn ni'n gwirio'r rhestr gasglu bob prynhawn.

complaint passed_on outside_control
said: The hospital lost my transport booking again.
= Mae'r ysbyty wedi colli fy archeb cludiant eto.
why: The hospital books this transport, not us. We sent them your complaint.
= Yr ysbyty sy'n trefnu'r cludiant hwn, nid ni. Rydyn ni wedi anfon eich cwyn atyn nhw.
to: the hospital's patient transport service
= uned cludo cleifion yr ysbyty

compliment agreed
said: {staff} the driver is brilliant and always helps with my bags.
= Mae {staff} y gyrrwr yn wych, ac mae bob amser yn helpu gyda fy magiau.

compliment agreed
said: The new minibus is lovely and warm. Thank you.
= Mae'r bws mini newydd yn braf ac yn gynnes. Diolch.

question agreed
said: Can my wife come on the bus with me?
= Ydy fy ngwraig yn cael dod ar y bws gyda fi?
why: Yes, if there is a free seat. Please tell us when you book.
= Ydy, os oes sedd wag. Rhowch wybod i ni pan fyddwch chi'n archebu.

question agreed
said: How much does the transport cost now?
= Faint mae'r bws yn ei gostio nawr?
why: It is £2 each way. It is free if you get Pension Credit.
= Mae'n £2 bob ffordd. Mae am ddim os ydych chi'n cael Credyd Pensiwn.

question agreed
said: Can I bring my mobility scooter on the bus?
= Ga i ddod â fy sgwter symudedd ar y bws?
why: Yes, if it folds. Please tell us when you book so we can make space.
= Cewch, os yw'n plygu. Rhowch wybod i ni pan fyddwch chi'n archebu, er mwyn i ni wneud lle.
""",
    "Meals": """
idea agreed
said: Could we have fish on Fridays? ~ Please can we have fish and chips on a Friday.
= Gawn ni bysgod ar ddydd Gwener? ~ Gawn ni bysgod a sglodion ar ddydd Gwener, os gwelwch yn dda?
did: Fish is now on the menu every Friday.
= Mae pysgod ar y fwydlen bob dydd Gwener erbyn hyn.
plan: We will put fish on the menu every Friday.
= Byddwn ni'n rhoi pysgod ar y fwydlen bob dydd Gwener.

idea agreed
said: Please can we have a vegetarian choice every day.
= Gawn ni ddewis llysieuol bob dydd, os gwelwch yn dda?
did: There is now a vegetarian choice every day.
= Mae dewis llysieuol bob dydd erbyn hyn.
plan: We will have a vegetarian choice every day.
= Bydd dewis llysieuol bob dydd.

idea agreed
said: It would be good to have halal meals. My father will not eat the meat now.
= Byddai'n dda cael prydau halal. Dydy fy nhad ddim yn bwyta'r cig nawr.
why: Everyone should be able to eat meals that fit their faith.
= Dylai pawb allu bwyta prydau sy'n addas i'w ffydd.
did: We found a halal supplier. Halal meals can now be ordered.
= Rydyn ni wedi dod o hyd i gyflenwr halal. Mae modd archebu prydau halal erbyn hyn.
plan: We will find a halal supplier, so halal meals can be ordered.
= Byddwn ni'n dod o hyd i gyflenwr halal, fel bod modd archebu prydau halal.

idea agreed
said: Can we have smaller portions? I waste half my dinner. ~ The dinners are too big for me. Could I have a small plate?
= Gawn ni ddognau llai? Rydw i'n gwastraffu hanner fy nghinio. ~ Mae'r ciniawau yn rhy fawr i mi. Gawn i blât bach?
did: You can now choose a small or a full portion.
= Gallwch chi ddewis dogn bach neu ddogn llawn erbyn hyn.
plan: You will be able to choose a small or a full portion.
= Byddwch chi'n gallu dewis dogn bach neu ddogn llawn.

idea agreed
said: Could we have Welsh cakes with our tea sometimes? ~ Please can we have bara brith now and then.
= Gawn ni bice ar y maen gyda'n te weithiau? ~ Gawn ni fara brith bob hyn a hyn, os gwelwch yn dda?
did: We now bake Welsh cakes and bara brith once a month.
= Rydyn ni'n pobi pice ar y maen a bara brith unwaith y mis erbyn hyn.
plan: We will bake Welsh cakes and bara brith once a month.
= Byddwn ni'n pobi pice ar y maen a bara brith unwaith y mis.

idea not_possible money
said: Could meals on wheels come at the weekend too?
= Allai'r prydau ar glud ddod ar y penwythnos hefyd?
why: Weekend deliveries would cost far more than we can afford.
= Byddai danfon ar y penwythnos yn costio llawer mwy nag y gallwn ni ei fforddio.
instead: We can bring frozen meals on Friday for you to heat up at the weekend.
= Gallwn ni ddod â phrydau wedi'u rhewi ddydd Gwener, i chi eu cynhesu ar y penwythnos.

idea not_now staff
said: Could we have a cookery class at the centre?
= Gawn ni ddosbarth coginio yn y ganolfan?
why: Our cook has no spare time until the new kitchen is open.
= Does gan ein cogydd ddim amser sbâr nes bydd y gegin newydd ar agor.
instead: The cook can share her recipes with you at the day centre.
= Gall y cogydd rannu ei ryseitiau gyda chi yn y ganolfan ddydd.
did: We started a monthly cookery class in the new kitchen.
= Rydyn ni wedi dechrau dosbarth coginio bob mis yn y gegin newydd.
plan: We will start a monthly cookery class in the new kitchen.
= Byddwn ni'n dechrau dosbarth coginio bob mis yn y gegin newydd.

concern agreed
said: The {food} was cold by the time it got to me.
= Roedd y {food} yn oer erbyn iddo fy nghyrraedd i.
did: We bought new hot boxes for the delivery van.
= Rydyn ni wedi prynu blychau cadw'n boeth newydd i'r fan.
plan: We will buy new hot boxes for the delivery van.
= Byddwn ni'n prynu blychau cadw'n boeth newydd i'r fan.

concern agreed
said: The menu is hard to read. The writing is too small.
= Mae'r fwydlen yn anodd ei darllen. Mae'r ysgrifen yn rhy fach.
did: We made a new menu in large print with pictures.
= Rydyn ni wedi gwneud bwydlen newydd mewn print bras gyda lluniau.
plan: We will make a new menu in large print with pictures.
= Byddwn ni'n gwneud bwydlen newydd mewn print bras gyda lluniau.

concern agreed
said: My mother is diabetic. There are not many puddings she can eat.
= Mae clefyd siwgr ar fy mam. Does dim llawer o bwdinau y gall hi eu bwyta.
did: We added two sugar-free puddings to the menu.
= Rydyn ni wedi ychwanegu dau bwdin heb siwgr at y fwydlen.
plan: We will add two sugar-free puddings to the menu.
= Byddwn ni'n ychwanegu dau bwdin heb siwgr at y fwydlen.

concern agreed
said: The driver leaves my meal on the step. I cannot bend down to get it.
= Mae'r gyrrwr yn gadael fy mwyd ar y stepen. Dw i ddim yn gallu plygu i'w godi.
did: Drivers now hand you the meal or put it on the table.
= Mae'r gyrwyr yn rhoi'r pryd yn eich llaw neu ar y bwrdd erbyn hyn.
plan: Drivers will hand you the meal or put it on the table.
= Bydd y gyrwyr yn rhoi'r pryd yn eich llaw neu ar y bwrdd.

complaint agreed
said: My meal did not come on {day} and nobody rang me.
= Ddaeth fy nghinio ddim ddydd {day}, a wnaeth neb fy ffonio.
did: We now ring anyone whose meal will be late.
= Rydyn ni'n ffonio unrhyw un y bydd ei bryd yn hwyr erbyn hyn.
plan: We will ring anyone whose meal will be late.
= Byddwn ni'n ffonio unrhyw un y bydd ei bryd yn hwyr.

complaint agreed
said: I found a hair in my {food}. That is not good enough.
= Roedd blewyn yn y {food}. Dydy hynny ddim yn ddigon da.
did: We checked the kitchen. Staff now wear hair nets at all times.
= Rydyn ni wedi archwilio'r gegin. Mae'r staff yn gwisgo rhwydi gwallt bob amser erbyn hyn.
plan: We will check the kitchen, and staff will wear hair nets at all times.
= Byddwn ni'n archwilio'r gegin, a bydd y staff yn gwisgo rhwydi gwallt bob amser.

compliment agreed
said: The {food} on {day} was lovely. Just like my mum used to make.
= Roedd y {food} ddydd {day} yn hyfryd. Yn union fel roedd Mam yn arfer ei wneud.

compliment agreed
said: Thank you to the kitchen team. The Christmas dinner was wonderful.
= Diolch i dîm y gegin. Roedd y cinio Nadolig yn wych.

compliment agreed
said: {staff} in the kitchen always remembers I do not take sugar. Thank you.
= Mae {staff} yn y gegin bob amser yn cofio nad ydw i'n cymryd siwgr. Diolch.

question agreed
said: Can I change my meal order on the day?
= Ga i newid fy archeb bwyd ar y diwrnod?
why: Yes, if you ring before 10 in the morning.
= Cewch, os ydych chi'n ffonio cyn 10 y bore.

question agreed
said: Do you make food for people who find it hard to swallow?
= Ydych chi'n gwneud bwyd i bobl sy'n cael trafferth llyncu?
why: Yes. We can make soft meals and puréed meals. Please ask us.
= Ydyn. Gallwn ni wneud prydau meddal a phrydau wedi'u stwnsio'n llyfn. Gofynnwch i ni.

question agreed
said: Can I pay for my meals by direct debit?
= Ga i dalu am fy mhrydau drwy ddebyd uniongyrchol?
why: Yes. Ring the office and we will send you the form.
= Cewch. Ffoniwch y swyddfa a byddwn ni'n anfon y ffurflen atoch chi.
""",
}
