"""Contract Z: Halyard Docs LLC x Tidewell Inc. (freelance technical writer documenting a shipment-tracking
API: reference pages, developer guides and a docs style guide; English contract, USD; the Seattle team writes
in English, the backend engineer of the Lyon office in French)."""
from mailgen import Msg, Quote, Attachment, Person
import attachments as att
from people import *

K = "halyard-tidewell-apidocs"

Q_REF_BATCH1 = Quote(RUTH, (2027, 3, 3, 15, 40, 22), to=[MARCUS], cc=[DANA], subject="API reference: first batch on staging",
                     body="""\
Hi Marcus,

The first batch of reference pages is up on the staging portal: 20 of the 40 endpoints (Shipments, Events and Locations). I've flagged three places where the spec and the sandbox disagree.

The contract includes two review rounds on the reference, so please gather everyone's comments into one reply.

Thanks,
Ruth""")

Q_GS = Quote(RUTH, (2027, 3, 24, 17, 5, 10), to=[DANA], subject="Getting started guide: first draft", body="""\
Hi Dana,

The first draft of the getting started guide is on staging: authentication, installing the CLI, and the first GET /shipments request, with examples in curl and Node.

Ruth""")

Q_REF_R2 = Quote(RUTH, (2027, 4, 12, 16, 48, 37), to=[MARCUS], subject="API reference: round two is live", body="""\
Hi Marcus,

Round two is live on staging: all 40 endpoints updated with your comments (consistent "shipment" terminology, the new 422 examples, X-Request-Id in every request example).

That closes the two review rounds included on the reference; from here on I'm focused on the guides.

Ruth""")

Q_STYLE = Quote(RUTH, (2027, 4, 16, 10, 12, 0), to=[BAPTISTE], cc=[DANA], subject="Docs style guide (v1)", body="""\
Hi Baptiste,

Here's the docs style guide (11 pages, PDF and Markdown in the repo under /docs/style). It covers voice and tone, the terminology list, naming, headings and the conventions for code examples.

Happy writing!
Ruth""")

CASES = []


def case(**kw):
    CASES.append(kw)


# z001 -------------------------------------------------------------------------
case(id="z001", contract=K, lang="en", verdict="in_scope", state={},
     note="Dana sends the OpenAPI repository, sandbox access, the list of endpoints and a terminology sheet for the contracted reference and asks whether Ruth prefers Slack or email: client input and a logistics question.",
     msg=Msg("z001", DANA, [RUTH], (2027, 2, 3, 11, 20, 4), "Kickoff: everything you need for the v2 docs", """\
Hi Ruth,

Welcome aboard! As promised on the call, here's everything in one place:

- OpenAPI file: github.com/tidewell/api-v2-spec (you should have an invite by now; main is the source of truth)
- Sandbox: https://sandbox.tidewell.io, your API key is in 1Password under "Halyard sandbox"
- The 40 endpoints for the reference are the ones tagged public in the spec. Internal and beta endpoints stay out.
- Our terminology sheet is attached. The big one: it's a "shipment", never a "consignment" or a "load", even though half the codebase still says consignment.

Marcus owns the API itself and Baptiste in our Lyon office wrote most of the webhook code, so they're your go-to people for technical questions.

One question back: would you rather have a seat in our Slack (#docs-v2) or keep everything on email? Either works for us.

Dana""", cc=[MARCUS], attachments=[Attachment("Tidewell_terminology.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        att.docx(["Tidewell terminology (v2)", "shipment: never consignment, load or parcel",
                  "carrier: the company moving the shipment", "event: a status change on a shipment",
                  "tracking number: as issued by the carrier, never 'waybill'"]))]))

# z002 -------------------------------------------------------------------------
case(id="z002", contract=K, lang="fr", verdict="in_scope", state={"reference": 0},
     note="Baptiste fournit les types d'événements, la signature et la politique de relance pour le guide webhooks prévu et demande quand arrivera la première version : apport du client et question de délai ; les nombres (6 types, 300 secondes, 8 essais) ne sont pas des quantités.",
     msg=Msg("z002", BAPTISTE, [RUTH], (2027, 2, 22, 14, 33, 50), "Webhooks : payloads et signature", """\
Salut Ruth,

Dana m'a dit que tu attaquais bientôt le guide sur les webhooks, alors je t'envoie tout ce qu'il te faut avant que tu commences :

- les 6 types d'événements (shipment.created, shipment.updated, shipment.delayed, shipment.delivered, shipment.exception, tracking.stale), avec un payload d'exemple pour chacun dans le dossier docs/webhooks du repo ;
- la signature : HMAC-SHA256 du corps brut avec le secret de l'abonnement, dans l'en-tête Tidewell-Signature, avec un timestamp contre le rejeu (tolérance de 300 secondes) ;
- les relances : 8 essais sur 24 heures, avec un backoff exponentiel.

Au fait, tu penses envoyer une première version du guide vers quand ? Si ça tombe avant mes congés (à partir du 19 mars), je la relirai avec plaisir, sinon Marcus prendra le relais.

Bonne journée,
Baptiste"""))

# z003 -------------------------------------------------------------------------
case(id="z003", contract=K, lang="en", verdict="revision", deliverable="reference",
     state={"reference": 0},
     note="Consolidated corrections on the first 20 delivered reference pages (status codes, terminology, a header in every example, alignment with the sandbox): the first of the two rounds included on the reference.",
     msg=Msg("z003", MARCUS, [RUTH], (2027, 3, 5, 13, 18, 40), "RE: API reference: first batch on staging", """\
Hi Ruth,

Nice work on the first batch, the examples are really clean. I went through all 20 pages with Sunita from support; here are our consolidated comments.

1. GET /shipments/{id}/events: we return 404, not 410, when a shipment has been archived. Same for GET /shipments/{id}.
2. There are still a few "consignment" in the parameter descriptions (POST /shipments and PATCH /shipments/{id}). Should be "shipment" everywhere.
3. Every request example should show the X-Request-Id header; support asks customers for it all the time.
4. The three spec/sandbox mismatches you flagged: the sandbox is right in all three cases, please align the pages with it.

Thanks,
Marcus""", cc=[DANA], quote=Q_REF_BATCH1))

# z004 -------------------------------------------------------------------------
case(id="z004", contract=K, lang="en", verdict="revision", deliverable="guides",
     state={"reference": 1, "guides": 0},
     note="Reordering, a different lead example, a corrected token lifetime and a shorter intro on the delivered getting started guide: the single round included on the guides; the all-hands date is a wish, not a new deadline.",
     msg=Msg("z004", DANA, [RUTH], (2027, 3, 26, 9, 2, 17), "Re: Getting started guide: first draft", """\
Hi Ruth,

Thanks for the draft, it's already miles better than what we had. A few changes:

- Move the authentication section above "Install the CLI". Most people will never touch the CLI.
- Lead with the curl example and put the Node one in a tab after it.
- Tokens expire after 60 minutes, not 30 (my mistake in the brief, sorry).
- The intro is a bit long. Can we get to the first request within one screen?

Ellen (our CEO) wants to show the new docs at Thursday's all-hands, so if these can be in by then, great; if not, no stress, we'll show the draft.

Dana""", quote=Q_GS, sig_after_quote=True))

# z005 -------------------------------------------------------------------------
case(id="z005", contract=K, lang="en", verdict="revision_over_limit", deliverable="reference",
     state={"reference": 2, "guides": 1},
     note="After round two, Marcus asks to rework the wording of the reference so it sounds friendlier and less like a contract, without naming the deliverable: a change to the reference after both included rounds are used.",
     msg=Msg("z005", MARCUS_B64, [RUTH], (2027, 4, 14, 10, 26, 8), "RE: API reference: round two is live", """\
Hi Ruth,

Thanks for turning round two around so fast. Everything from my list is in.

I showed it to developers at two of our customers yesterday and got the same feedback from both: it's accurate, but it reads like a contract. "The client MUST supply", "the caller SHALL", passive voice everywhere. Could you go over it once more and make it sound more like us? Friendlier, second person, the way Dana writes the changelog.

Marcus""", quote=Q_REF_R2))

# z006 -------------------------------------------------------------------------
case(id="z006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="style-guide",
     state={"reference": 2, "guides": 1, "style-guide": 0},
     note="Changer la règle des titres et l'ordre et le langage des exemples de code dans le guide de style livré : modifications d'un livrable sans tour de retouches, donc hors limite dès la première demande.",
     msg=Msg("z006", BAPTISTE, [RUTH], (2027, 4, 20, 9, 47, 31), "Re: Docs style guide (v1)", """\
Salut Ruth,

Merci pour le guide de style, on l'a lu à trois avec Dana et Marcus. Deux points qu'on aimerait changer :

- pour les titres, tu as mis « sentence case » partout, mais tout notre portail et l'appli sont en Title Case, on préférerait rester cohérents ;
- dans la partie sur les exemples de code, tu recommandes JavaScript en premier ; nos clients sont surtout des équipes Python et Go, tu pourrais inverser l'ordre et reprendre les exemples en Python ?

Sinon c'est top, l'équipe de Lyon l'a déjà mis dans ses favoris.

Baptiste""", cc=[DANA], quote=Q_STYLE))

# z007 -------------------------------------------------------------------------
case(id="z007", contract=K, lang="en", verdict="out_of_scope", state={"reference": 2, "guides": 1},
     note="A 600 to 800-word post for the engineering blog introducing v2, asked as a small favour: the excluded marketing content; the word count is not a contracted quantity.",
     msg=Msg("z007", DANA, [RUTH], (2027, 4, 22, 15, 55, 42), "v2 launch + a small favor", """\
Hi Ruth,

Marcus showed me the updated reference yesterday and it's looking great. We're on track for the May launch.

Small favor while you've got all of this in your head: could you put together a post for our engineering blog introducing v2? Something like 600 to 800 words on what's new (webhooks, cursor pagination, the events timeline), with a couple of code snippets, aimed at developers rather than buyers. Our marketing team would schedule it for launch day. Honestly, you know the material better than anyone at this point.

Thanks!
Dana"""))

# z008 -------------------------------------------------------------------------
case(id="z008", contract=K, lang="fr", verdict="out_of_scope", deliverable="reference",
     state={"reference": 1},
     note="Documenter les 9 endpoints de l'API Carriers en plus des 40 vendus, présenté comme vite fait : plus d'unités que la quantité du contrat (une page d'endpoint supplémentaire est au barème).",
     msg=Msg("z008", BAPTISTE, [RUTH], (2027, 3, 17, 16, 10, 3), "Endpoints Carriers pour la référence", """\
Salut Ruth,

Petite nouvelle de dernière minute : Dana a validé hier qu'on sortait aussi l'API Carriers avec la v2. Ce sont 9 endpoints (GET /carriers, GET /carriers/{code}, les services, les zones et les tarifs), tous tagués public dans la spec depuis ce matin.

Tu pourrais les ajouter à la référence avec les autres ? C'est exactement le même format que Shipments, donc ça devrait aller assez vite.

Merci !
Baptiste""", cc=[DANA]))

# z009 -------------------------------------------------------------------------
case(id="z009", contract=K, lang="en", verdict="out_of_scope", deliverable="guides",
     state={"reference": 1, "guides": 0},
     note="Dana asks for all four guides final by 12 April when the contract says 30 April (an earlier deadline, out of scope); the question about when the reference reaches the production portal is in scope, and the most serious request wins.",
     msg=Msg("z009", DANA, [RUTH], (2027, 4, 5, 8, 31, 12), "Launch moved up: guides timing", """\
Hi Ruth,

Change of plans on our side: we've landed a keynote slot at ShipTech Connect on April 20, so leadership wants v2 out the door that morning instead of in May.

That means I'd need all four guides final by Monday the 12th, so we have a week to QA them on the portal. I know the contract says end of April. Is that doable?

Also, will the reference pages be on the production portal by then, or still on staging only?

Thanks,
Dana""", cc=[MARCUS]))

# z010 -------------------------------------------------------------------------
case(id="z010", contract=K, lang="en", verdict="unclear", deliverable="guides",
     state={"reference": 1, "guides": 0},
     note="'Add something on error handling to the guides' could be a section added to a delivered guide such as pagination and rate limits (a revision, the round is unused) or a new fifth guide beyond the four sold (out of scope); 'even a short page' fits both.",
     msg=Msg("z010", DANA, [RUTH], (2027, 4, 8, 13, 44, 26), "Error handling", """\
Hi Ruth,

The pagination and rate limits guide you sent on Monday is great, thank you.

Support has been going through the sandbox tickets, and the top two by far are people getting 409s when they retry POST /shipments without an idempotency key, and 429s when they poll the events endpoint every second instead of using webhooks.

Could you add something on error handling to the guides? Even a short page would cut our tickets a lot.

Dana"""))

# z011 -------------------------------------------------------------------------
case(id="z011", contract=K, lang="en", verdict="not_a_request", state={"reference": 2, "guides": 1, "style-guide": 0},
     note="Marcus's out-of-office auto-reply during parental leave, pointing to Baptiste for the API and its docs: asks for no work.",
     msg=Msg("z011", MARCUS, [RUTH], (2027, 4, 26, 7, 3, 55), "Automatic reply: API reference: wording pass", """\
I'm on parental leave from April 26 until June 7 and won't be checking email.

For anything about the Shipments API v2, including the documentation, please contact Baptiste Roux (baptiste.roux@tidewell.io). For production incidents, page the platform on-call in #incidents.

Marcus Lee
Staff Engineer, Platform API""", client="plain", sig="",
             extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

# z012 -------------------------------------------------------------------------
case(id="z012", contract=K, lang="en", verdict="not_a_request", state={"reference": 1},
     note="Automated accounts-payable notice of the first milestone payment, naming the API reference: a payment notice, no work asked.",
     msg=Msg("z012", AP_TIDEWELL, [RUTH], (2027, 3, 31, 6, 0, 0), "Payment sent: Tidewell Inc. to Halyard Docs LLC", """\
Hello,

A payment has been sent to you by Tidewell Inc.

Payee: Halyard Docs LLC
Payment date: March 31, 2027
Method: ACH
Amount: $4,380.00
Reference: TW-AP-27-0418

Invoice details:
HD-2027-007, milestone 1 (API reference, endpoints 1 to 20): $4,380.00

Funds usually arrive within 2 business days.

This is an automated message, please do not reply. Questions: accounts-payable@tidewell.io

Tidewell Inc., 1201 Western Ave, Suite 900, Seattle, WA 98101""",
             extra_headers=["X-Mailer: Tidewell AP notifications", "Auto-Submitted: auto-generated"]))
