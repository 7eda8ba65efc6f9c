"""Contract U: Kettleby Bid Writing x Wharfside Community Boatyard (grant applications for a charity,
English, GBP)."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "kettleby-wharfside-bids"

Q_LOTTERY = Quote(ANNA, (2027, 3, 17, 17, 5, 40), to=[LINDSAY], cc=[GARETH],
                  subject="Community Fund application - first full draft", body="""\
Hi Lindsay,

Attached is the first full draft of the National Lottery Community Fund application: all sections, within their word limits. I've flagged the two places where I still need a figure from Ruth.

Two rounds of amendments are included on the applications, so do pass it round the team first.

Best wishes,
Anna""")

Q_CFS = Quote(ANNA, (2027, 2, 19, 15, 30, 0), to=[GARETH], subject="Case for support - draft",
              body="""\
Dear Gareth,

Here is the draft case for support (9 pages, Word), built around the three stories Lindsay sent and the outcome figures for 2026.

One round of changes is included, so it may be easiest to collect the trustees' comments into a single reply.

Kind regards,
Anna""")

Q_HERITAGE = Quote(ANNA, (2027, 4, 16, 16, 48, 12), to=[GARETH], cc=[LINDSAY],
                   subject="Heritage Fund application - updated", body="""\
Hi Gareth,

Here's the Heritage Fund application with the second set of changes: heritage outcomes reworked and the budget narrative updated to Ruth's final figures. It should be ready for you to submit.

Anna""")

Q_PROSPECTS = Quote(ANNA, (2027, 2, 9, 11, 20, 0), to=[RUTH], cc=[GARETH], subject="Funder research list",
                    body="""\
Dear Ruth,

Please find attached the funder research list: 25 trusts and foundations, with eligibility, deadlines, typical award size and how to apply. I've ranked them by how well they fit the programme.

Kind regards,
Anna""")

Q_ALDERMOOR_FWD = Quote(ALDERMOOR, (2027, 3, 5, 14, 2, 0), to=[GARETH], forward=True,
                        subject="Aldermoor Foundation - spring round 2027", body="""\
Dear Mr Pryce,

Thank you for registering your interest in our spring round.

Please note that from this year the Foundation will consider requests towards core running costs as well as project costs, provided the application explains how the core costs support the project's beneficiaries.

The closing date for the spring round remains 30 April 2027.

Kind regards,
Priyanka Desai
Grants Officer, The Aldermoor Foundation""")

Q_ALDERMOOR_DRAFT = Quote(ANNA, (2027, 4, 13, 10, 12, 0), to=[LINDSAY], cc=[GARETH],
                          subject="Aldermoor application - draft", body="""\
Hi Lindsay,

Here's the Aldermoor application draft, including the share of running costs Gareth asked for (instructors' time and insurance).

Anna""")

CASES = []


def case(**kw):
    CASES.append(kw)


# u001 -------------------------------------------------------------------------
case(id="u001", contract=K, lang="en", verdict="in_scope", state={},
     note="Lindsay sends the outcomes, survey results, letters of support and budget the applications are written from, and asks which application comes first: client input and a question on contracted work.",
     msg=Msg("u001", LINDSAY, [ANNA], (2027, 1, 22, 14, 37, 9), "Evidence pack for the bids", """\
Hi Anna,

Lovely to meet you on Tuesday, and thanks for bearing with the noise from the workshop!

As promised, here's our evidence pack for the bids:
- the outcomes summary for 2026 (attached): 64 young people took part, 41 completed a full build, 17 went on to college or an apprenticeship
- the participant survey results and three quotes we have permission to use
- letters of support from the council's youth service and Ings Academy (in the shared folder)
- Ruth's budget spreadsheet for the programme, 2027 to 2029

Which of the three applications are you planning to start with? Just so I know whose arm to twist for the missing bits.

Lindsay""", attachments=[Attachment("Wharfside outcomes 2026.docx",
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   att.docx(["Wharfside Community Boatyard - outcomes 2026",
                                             "64 young people aged 14 to 19 took part in the programme.",
                                             "41 completed a full build; 17 progressed to college or an apprenticeship.",
                                             "23 regular volunteers gave 3,100 hours."]))]))

# u002 -------------------------------------------------------------------------
case(id="u002", contract=K, lang="en", verdict="in_scope", state={"case-for-support": 1},
     note="Gareth forwards the funder's guidance and asks that the not-yet-drafted Aldermoor application include a share of running costs: instructions for a contracted application before it is written, with the deadline unchanged.",
     msg=Msg("u002", GARETH, [ANNA], (2027, 3, 8, 9, 12, 33), "FW: Aldermoor Foundation - spring round 2027", """\
Anna,

FYI, see below from Aldermoor. Before you start on their application: since they now fund core costs, could you make sure it asks for a share of the yard's running costs (instructors' time, insurance) alongside the programme itself? Ruth can send you the figures.

Their deadline hasn't moved, so no change to the plan.

Gareth""", quote=Q_ALDERMOOR_FWD))

# u003 -------------------------------------------------------------------------
case(id="u003", contract=K, lang="en", verdict="revision", deliverable="applications",
     state={"case-for-support": 1, "applications": 0},
     note="Changes to the delivered Community Fund draft (volunteers, case study, wording, length): the first of the two rounds included on the applications.",
     msg=Msg("u003", LINDSAY, [ANNA], (2027, 3, 19, 12, 2, 56), "Re: Community Fund application - first full draft", """\
Hi Anna,

This reads so well, honestly. The team went through it yesterday and we've got a handful of changes:

1. Section 3 undersells the volunteers: we had 23 regulars last year and several are former participants. Could that come through more?
2. Please swap the case study from Callum to Jayden (Jayden's mum has signed the consent form, Callum's hasn't).
3. We'd rather say "young people aged 14 to 19" than "youth" throughout.
4. The "need" section is about 200 words longer than we'd like; happy for you to pick what goes.

Ruth's figures are in the shared folder now.

Thanks!
Lindsay""", cc=[GARETH], quote=Q_LOTTERY))

# u004 -------------------------------------------------------------------------
case(id="u004", contract=K, lang="en", verdict="revision", deliverable="case-for-support",
     state={"case-for-support": 0},
     note="The trustees' combined comments on the draft case for support (opening, history paragraph, moving a quote): its single included round, still unused.",
     msg=Msg("u004", GARETH_B64, [ANNA], (2027, 2, 24, 16, 51, 20), "RE: Case for support - draft", """\
Hi Anna,

Thanks for this. The trustees read it over the weekend and were genuinely moved by the section on Kyle.

Our combined comments:
- The first page feels a bit formal for us. Could it open with the sound of the workshop on a Saturday morning rather than with our charity number?
- Please add a short paragraph on the yard's history: it was a working boatyard from 1931 until 1989, and two of our volunteers served their apprenticeships there.
- The quote from the Lord Mayor should move from the last page to the outcomes section.

Otherwise we are delighted.

Kind regards,
Gareth""", quote=Q_CFS))

# u005 -------------------------------------------------------------------------
case(id="u005", contract=K, lang="en", verdict="revision_over_limit", deliverable="applications",
     state={"applications": 2, "case-for-support": 1},
     note="Further edits to the Heritage Fund application after both included rounds on the applications are used; the apology shows Gareth knows it was meant to be final.",
     msg=Msg("u005", GARETH_IPHONE, [ANNA], (2027, 4, 20, 7, 31, 48), "Re: Heritage Fund application - updated", """\
Anna, trustees read it last night. Couple more bits before it goes in:
- the heritage outcomes should name the oral history project ("Voices of the Dock")
- the summary at the top is too long, can you get it down to 100 words?
- swap "disadvantaged" for "under-served" everywhere please, the trustees hate the word

Sorry, I know you thought it was done!
G""", quote=Q_HERITAGE))

# u006 -------------------------------------------------------------------------
case(id="u006", contract=K, lang="en", verdict="revision_over_limit", deliverable="prospect-list",
     state={"prospect-list": 0},
     note="Ruth asks to remove funders, add a column and re-sort the delivered funder research list, a deliverable with no revision round included.",
     msg=Msg("u006", RUTH, [ANNA], (2027, 2, 11, 20, 14, 3), "Re: Funder research list", """\
Dear Anna,

Thank you for the list, it is very thorough and already far better than anything we had.

Having gone through it with my treasurer's hat on, could you please:
- take out the seven that require three years of audited accounts (we only have two),
- add a column saying whether each one funds capital items such as tools and timber,
- and sort the sheet by closing date rather than by fit?

That would make it much easier to plan the year.

With thanks,
Ruth""", cc=[GARETH], quote=Q_PROSPECTS))

# u007 -------------------------------------------------------------------------
case(id="u007", contract=K, lang="en", verdict="out_of_scope", state={"applications": 1, "case-for-support": 1},
     note="After news of the boat launch, Gareth asks Anna to draft the trustees' yearly report filed with the Charity Commission: the excluded annual report, described in his own words.",
     msg=Msg("u007", GARETH_1252, [ANNA], (2027, 4, 6, 10, 47, 31), "Launch day + a favour", """\
Hi Anna,

Hope you had a good Easter. We launched the first two boats on Saturday: half of Victoria Dock turned out and the local paper sent a photographer, so the young people were walking on air. Photos are in the shared folder if you want a smile.

On the bids, Lindsay tells me the Community Fund application is nearly there, which is great news.

Now a cheeky favour. Every autumn I sweat over the trustees’ write-up of the year that we have to file with the Charity Commission. You write so much better than I do, and you know the place inside out now: would you be able to draft this year’s for us? Ruth can give you all the numbers.

Best,
Gareth"""))

# u008 -------------------------------------------------------------------------
case(id="u008", contract=K, lang="en", verdict="out_of_scope", deliverable="applications",
     state={"applications": 1, "case-for-support": 1},
     note="A short application to a fourth funder on top of the three applications sold: new work (the rate card prices short applications), however quick it is made to sound.",
     msg=Msg("u008", LINDSAY, [ANNA], (2027, 3, 29, 15, 20, 14), "Quick one - Humber Community Trust", """\
Hi Anna,

Quick one: I've just found out that the Humber Community Trust's spring round closes on 16 April. It's a short online form, about 600 words in total, and they love exactly our kind of project.

Could you knock that one out as well while you're in the flow with the others? It's mostly copy and paste from the Community Fund bid, I'd imagine.

Thanks a million,
Lindsay"""))

# u009 -------------------------------------------------------------------------
case(id="u009", contract=K, lang="en", verdict="unclear", deliverable="applications",
     state={"applications": 1, "case-for-support": 1},
     note="'Sort the Heritage application accordingly' for the funder's larger two-stage stream could mean reworking the drafted small-grants application (a revision, rounds left) or writing a new, larger application around the slipway restoration (new work); the email does not say which.",
     msg=Msg("u009", GARETH, [ANNA], (2027, 4, 12, 11, 55, 7), "Heritage Fund - bigger pot?", """\
Hi Anna,

I had a call this morning with the Heritage Fund's engagement officer for our area. She liked the project a lot, but she thinks we're selling ourselves short with the small grants programme, and that the restoration of the 1930s slipway would sit well in their larger grants stream (up to £250k, two-stage process).

Could you sort the Heritage application accordingly? I'd rather go for the bigger pot if she thinks we have a chance.

Best,
Gareth""", cc=[LINDSAY]))

# u010 -------------------------------------------------------------------------
case(id="u010", contract=K, lang="en", verdict="unclear", deliverable="applications",
     state={"applications": 1, "case-for-support": 1},
     note="'Write something' for the portal's environmental policy box could mean adding a 300-word answer to the delivered Aldermoor application (a revision, rounds left) or drafting the charity's environmental policy itself, which it has never written (new work).",
     msg=Msg("u010", LINDSAY, [ANNA], (2027, 4, 15, 16, 9, 41), "Re: Aldermoor application - draft", """\
Hi Anna,

Thank you, the Aldermoor draft is great and Gareth loves the bit about the Saturday club.

One thing: when I logged into their portal to start copying it in, there's a new box under "Your organisation" that says "Please tell us about your environmental policy (up to 300 words)". We've never actually written one down, if I'm honest.

Could you write something for that?

Lindsay""", quote=Q_ALDERMOOR_DRAFT, sig_after_quote=True))

# u011 -------------------------------------------------------------------------
case(id="u011", contract=K, lang="en", verdict="not_a_request", state={"case-for-support": 1},
     note="Automatic remittance advice for an invoice covering the case for support and the funder list: a payment notice, no work asked.",
     msg=Msg("u011", ACCOUNTS_WCB, [ANNA], (2027, 3, 3, 6, 15, 0), "Remittance advice - Wharfside Community Boatyard", """\
Dear Kettleby Bid Writing,

Please find below the details of a payment made to you by Wharfside Community Boatyard.

Payment date: 3 March 2027
Amount: £2,066.67
Payment reference: WCB-PAY-0318

Invoice KBW-2027-006 (case for support and funder research list, first instalment): £2,066.67

The payment should reach your account within 2 working days.

This remittance advice was sent automatically; replies to this address are not monitored.

Wharfside Community Boatyard
Registered charity no. 1187342""", extra_headers=["X-Mailer: WCB finance notifications", "Auto-Submitted: auto-generated"]))

# u012 -------------------------------------------------------------------------
case(id="u012", contract=K, lang="en", verdict="not_a_request", state={"case-for-support": 1, "prospect-list": 0},
     note="Lindsay's out-of-office auto-reply; pointing correspondents to Gareth for questions about the bids asks for no work.",
     msg=Msg("u012", LINDSAY, [ANNA], (2027, 3, 1, 9, 0, 4), "Out of office: Case for support - final version", """\
Hi, thanks for your email.

I'm on annual leave until Monday 8 March with no access to email. If your message is about the funding bids or the case for support, please contact Gareth Pryce (gareth.pryce@wharfsideboatyard.org.uk). For anything about sessions at the yard, please ring the workshop on 01482 610 450.

Lindsay""", sig="", text_only=True, extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"]))
