"""Contract B: Cole Data Studio x Fernleaf & Co (data analytics, English, GBP)."""
from mailgen import Msg, Quote, Attachment
from people import *

K = "colecharts-fernleaf"

CASES = []


def case(**kw):
    CASES.append(kw)


Q_SALES_V1 = Quote(HANNAH, (2026, 11, 3, 16, 12, 9), to=[BEN, OLIVIA],
                   subject="Sales dashboard - first version", body="""\
Hi Ben, hi Olivia,

The Sales dashboard is live in Looker Studio (link below, view access for both of you). It covers revenue, orders and AOV by channel and by product, with a date picker and a filter for new vs returning customers.

If the structure works for you, I'll build Marketing and Customers on the same template. Two rounds of changes are included on the dashboards.

https://lookerstudio.google.com/reporting/6f1c2a9e-fernleaf-sales

Hannah

--
Hannah Cole
Cole Data Studio | coledatastudio.co.uk""")

Q_ALL_DASH = Quote(HANNAH, (2026, 11, 9, 10, 30, 0), to=[OLIVIA], cc=[BEN],
                   subject="All three dashboards ready", body="""\
Hi Olivia,

Marketing and Customers are now live alongside Sales, all three sharing the same filters. Have a click around and send me your comments in one batch if you can.

Hannah""")

Q_AUDIT = Quote(HANNAH, (2026, 10, 22, 17, 45, 30), to=[OLIVIA, SANJAY], cc=[BEN],
                subject="Fernleaf data audit - report", body="""\
Hi all,

Attached is the data audit report (14 pages). Headlines: GA4 under-reports revenue by about 18% against Shopify, the add-to-basket and checkout steps aren't recorded at all, and Klaviyo attributes revenue to flows with a 7-day window.

Section 6 lists the fixes your developer should make. One round of changes is included on the report.

Hannah""")

# h013 -------------------------------------------------------------------------
case(id="h013", contract=K, lang="en", verdict="in_scope", state={"audit": 1, "dashboards": 0},
     note="Ben approves the first dashboard as it is and tells Hannah to build the other two on the same template: a go-ahead for work the contract covers, no change requested.",
     msg=Msg("h013", BEN, [HANNAH], (2026, 11, 4, 8, 51, 40),
             "Re: Sales dashboard - first version", """\
Morning Hannah,

Had a proper look last night with a glass of wine. This is exactly what I was hoping for: for the first time I can see which products bring in new customers without exporting three spreadsheets.

Nothing to change from my side. Olivia agrees, so carry on with Marketing and Customers on the same template.

Cheers,
Ben""", cc=[OLIVIA], quote=Q_SALES_V1, sig_after_quote=True))

# h014 -------------------------------------------------------------------------
case(id="h014", contract=K, lang="en", verdict="in_scope", state={"audit": 1, "dashboards": 1},
     note="Olivia asks when the cohort analysis is due and supplies the extra order export it needs: a question about and input for a contracted deliverable.",
     msg=Msg("h014", OLIVIA, [HANNAH], (2026, 11, 18, 12, 20, 3),
             "Cohort analysis - timing and 2024 orders", """\
Hi Hannah,

Two quick things on the cohort piece:

1. Could you remind me of the delivery date? Ben wants to present the retention findings to our investors at the start of December and I'd like to block time to read it first.
2. Our 2024 orders from the old Squarespace shop weren't in Shopify. I've exported them (order date, customer email, first product, value) and put the CSV in the shared Drive folder, so the early cohorts should be complete now.

Kind regards,
Olivia""", cc=[BEN]))

# h015 -------------------------------------------------------------------------
case(id="h015", contract=K, lang="en", verdict="revision", deliverable="dashboards",
     state={"audit": 1, "dashboards": 0},
     note="First batch of changes to the delivered dashboards (default date range, Amazon split out, AOV excluding VAT); the dashboards include 2 rounds and none has been used.",
     msg=Msg("h015", OLIVIA_B64, [HANNAH], (2026, 11, 10, 14, 37, 26),
             "RE: All three dashboards ready", """\
Hi Hannah,

We went through all three in this morning's trading meeting. Consolidated comments:

- Default date range: last 28 days rather than month to date, please, so Mondays don't look empty.
- Sales: Amazon is lumped in with "Other" - can it be its own channel?
- AOV should be shown excluding VAT, that's how we report to the board.
- Customers: the repeat rate tile sits below the fold on a laptop, could it move up next to new vs returning?

Everything else is great.

Olivia""", cc=[BEN], quote=Q_ALL_DASH))

# h016 -------------------------------------------------------------------------
case(id="h016", contract=K, lang="en", verdict="revision", deliverable="audit",
     state={"audit": 0},
     note="Sanjay asks for corrections to the delivered audit report (attribution window, the figures that depend on it, wording of a recommendation); the audit includes 1 round and none is used.",
     msg=Msg("h016", SANJAY, [HANNAH], (2026, 10, 27, 9, 14, 52),
             "Re: Fernleaf data audit - report", """\
Hi Hannah,

Thanks for the audit, it's the first time anyone has put all three sources side by side.

One correction on the Klaviyo part: our attribution window was changed to 5 days back in June, not 7. Could you redo the flow revenue numbers in section 4 on that basis? And in recommendation 9, please say "review" rather than "switch off" the abandoned basket flow - it still makes us money and I'd rather the board didn't panic.

Thanks,
Sanjay""", cc=[OLIVIA], quote=Q_AUDIT))

# h017 -------------------------------------------------------------------------
case(id="h017", contract=K, lang="en", verdict="revision_over_limit", deliverable="dashboards",
     state={"audit": 1, "dashboards": 2, "cohort": 0},
     note="Another change to the delivered Customers dashboard (pie chart to bar chart, repeat rate as headline) after both included rounds on the dashboards were used; the apology does not change the verdict.",
     msg=Msg("h017", BEN_IPHONE, [HANNAH], (2026, 12, 2, 22, 3, 17),
             "Re: Dashboards - final versions", """\
Hannah - sorry, I know we've been round the houses on these already. On the Customers one, could the pie chart become a simple bar chart? Nobody can read the slices. And I'd like the repeat rate as the big number at the top rather than total customers.

Ben""", quote=Quote(HANNAH, (2026, 11, 26, 15, 0, 12), to=[OLIVIA, BEN_IPHONE],
                      subject="Dashboards - final versions", body="""\
Hi both,

Second round done: Amazon split out, AOV ex VAT, repeat rate moved up, and the email chart now shows revenue per recipient as Sanjay asked.

That was the second of the two included rounds, so these are the final versions.

Hannah""")))

# h018 -------------------------------------------------------------------------
case(id="h018", contract=K, lang="fr", verdict="revision_over_limit", deliverable="cohort",
     state={"audit": 1, "dashboards": 2, "cohort": 1},
     note="Léa demande de refaire les courbes de rétention de l'analyse de cohortes livrée en excluant les commandes avec code influenceur ; le seul tour inclus sur « cohort » est déjà consommé.",
     msg=Msg("h018", LEA, [HANNAH], (2026, 12, 7, 10, 2, 44),
             "Re: Cohort analysis - revised deck", """\
Bonjour Hannah,

Je me permets de vous écrire en français, Ben m'a dit que vous le parliez très bien.

Merci pour la version corrigée de l'analyse. En la relisant avant le conseil, je me rends compte que les cohortes de mars et septembre 2025 sont gonflées par les commandes passées avec les codes des influenceuses. Est-ce que vous pourriez refaire les courbes de rétention et la valeur vie client en excluant ces commandes-là ? Je pense que la lecture serait plus honnête.

Merci d'avance,
Léa""", sig="", cc=[BEN], quote=Quote(HANNAH, (2026, 12, 3, 17, 30, 0), to=[BEN, OLIVIA], cc=[LEA],
                                      subject="Cohort analysis - revised deck", body="""\
Hi all,

Here is the revised cohort deck with the 2024 Squarespace orders included and the LTV split by first product, as requested last week.

That used the one round of changes included on the analysis.

Hannah""")))

# h019 -------------------------------------------------------------------------
case(id="h019", contract=K, lang="en", verdict="out_of_scope", deliverable="dashboards",
     state={"audit": 1, "dashboards": 1},
     note="A stock and sell-through dashboard would be a fourth dashboard when three are sold; the additional dashboard is on the rate card.",
     msg=Msg("h019", OLIVIA, [HANNAH], (2026, 11, 20, 11, 48, 9),
             "Stock levels", """\
Hi Hannah,

The three dashboards have already changed how we run the Monday meeting, so thank you.

Our ops manager now wants the same treatment for stock: units on hand per SKU, weeks of cover and sell-through, pulled from Shopify inventory. Could you set that up as one more dashboard next to the others, ideally before the Black Friday weekend?

Kind regards,
Olivia""", cc=[BEN]))

# h020 -------------------------------------------------------------------------
case(id="h020", contract=K, lang="en", verdict="out_of_scope", state={"audit": 1, "dashboards": 0},
     note="Putting the missing code into the Shopify theme so that basket and checkout steps get recorded is the excluded tracking implementation (the audit only recommends), described without any of the exclusion's keywords.",
     msg=Msg("h020", SANJAY, [HANNAH], (2026, 11, 2, 15, 26, 11),
             "Missing checkout steps", """\
Hi Hannah,

Following your audit: our developer has left and the agency quotes three weeks just to look at it.

As you already know exactly what's missing, could you go into the Shopify theme yourself and add whatever is needed so that add-to-basket, begin checkout and purchase start being recorded properly in GA4? I can give you collaborator access today.

Thanks,
Sanjay""", cc=[OLIVIA]))

# h021 -------------------------------------------------------------------------
case(id="h021", contract=K, lang="en", verdict="out_of_scope", state={"audit": 1, "dashboards": 1},
     note="A per-SKU sales forecast for Black Friday to size a manufacturing order is new work that none of the deliverables (audit, dashboards, cohort analysis, handover) covers.",
     msg=Msg("h021", BEN, [HANNAH], (2026, 10, 29, 18, 40, 2),
             "Black Friday numbers", """\
Hi Hannah,

Our manufacturer needs the December production order by 6 November, and last year we sold out of the night cream in 36 hours.

Could you work out how many units of each product we're likely to sell between Black Friday and Christmas, using last year's sales and this year's growth? Even a range per product would help us place the order.

Thanks,
Ben""", text_only=True))

# h022 -------------------------------------------------------------------------
case(id="h022", contract=K, lang="en", verdict="unclear", state={"audit": 1, "dashboards": 1},
     note="\"Add returns to the dashboard\" can mean a refund metric on the existing Sales dashboard (a revision, one round left on the dashboards) or a separate returns dashboard (a fourth dashboard, new work): the scope can't be told.",
     msg=Msg("h022", OLIVIA, [HANNAH], (2026, 11, 24, 9, 5, 37),
             "Returns", """\
Hi Hannah,

We're seeing a worrying number of refunds on the vitamin C serum since the new pump came in, and I realised none of us can see returns anywhere.

Could you add returns to the dashboard? I'm not sure whether that's a couple of extra charts or something bigger - let me know what you think makes sense.

Kind regards,
Olivia"""))

# h023 -------------------------------------------------------------------------
case(id="h023", contract=K, lang="en", verdict="unclear", state={"audit": 1, "dashboards": 2, "cohort": 0},
     note="Running the cohort numbers for wholesale stockists could be a re-cut of the delivered analysis (a revision, the cohort round is unused) or a new analysis of a channel whose orders sit outside Shopify (new work): both readings are possible.",
     msg=Msg("h023", BEN_IPHONE, [HANNAH], (2026, 11, 30, 7, 22, 50),
             "Re: Cohort analysis", """\
Great deck, Hannah. Quick one: can you run the same numbers for our wholesale stockists too? The 40 or so shops that reorder from us. Their orders are partly in Shopify, partly on Olivia's spreadsheet. Not sure how much work that is.

Ben""", quote=Quote(HANNAH, (2026, 11, 27, 16, 44, 8), to=[BEN_IPHONE, OLIVIA],
                      subject="Cohort analysis", body="""\
Hi Ben, hi Olivia,

Here is the cohort analysis: retention curves by monthly cohort since January 2024, time to second order, and lifetime value by first product and acquisition channel. Slides plus the CSV tables behind every chart.

One round of changes is included.

Hannah""")))

# h024 -------------------------------------------------------------------------
case(id="h024", contract=K, lang="en", verdict="not_a_request",
     state={"audit": 1, "dashboards": 2, "cohort": 1, "handover": 0},
     note="A thank-you after the handover session; the request for a second session for the warehouse team appears only in the quoted history.",
     msg=Msg("h024", BEN, [HANNAH], (2026, 12, 10, 17, 15, 30),
             "Re: Handover recording and guide", """\
Hannah,

Just wanted to say thank you. The session was the most useful 90 minutes of our quarter, and Olivia has already pinned your how-to guide in the team channel. The dashboards are open on the big screen in the office every morning now.

Have a lovely Christmas, and we'll definitely be in touch next year.

Ben""", cc=[OLIVIA], quote=Quote(HANNAH, (2026, 12, 9, 12, 10, 0), to=[BEN, OLIVIA],
                                 subject="Handover recording and guide", body="""\
Hi both,

Thanks for your time yesterday. Here are the recording of the handover session and the two-page how-to guide.

About the second session for the warehouse team that you mentioned at the end: it isn't part of the contract, but I can quote it as an additional session if you'd like.

Hannah

> On 8 Dec 2026, at 16:02, Ben Ashworth <ben.ashworth@fernleafandco.co.uk> wrote:
>
> Could we do the same session again for the warehouse team next week?""")))
