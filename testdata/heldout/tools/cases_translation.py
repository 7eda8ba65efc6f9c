"""Margaux Bell Translation x Fellside Outdoor Ltd (contract bell-fellside-translation).

Timeline: glossary due 29 January 2027, website pages due 19 February, product descriptions
in two batches of 30 (5 March and 26 March), four launch emails in April, deadline 16 April.
"""
K = "bell-fellside-translation"

CSV = ("handle,title_en,body_en,care_en,title_fr,body_fr,care_fr\r\n"
       "coniston-insulated-jacket,Coniston Insulated Jacket,\"Warm, packable and cut for moving fast on the fells.\","
       "Machine wash 30C; do not tumble dry,,,\r\n"
       "haweswater-28,Haweswater 28 Daypack,\"A 28-litre daypack with a rain cover tucked in the base.\","
       "Sponge clean only,,,\r\n"
       "rydal-beanie,Rydal Beanie,\"Merino-blend beanie, knitted in Hawick.\",Hand wash cold,,,\r\n").encode("utf-8")

CASES = [
    dict(
        key="tr-glossary-approved", contract=K, lang="en", style="gmail", sender="tom",
        when="2027-02-01 09:37", subject="Re: Fellside FR glossary – v1 for review",
        state={"glossary": 0},
        body="""
Hi Margaux,

The product team went through the glossary on Friday afternoon. A few raised eyebrows at « doudoune », but our stockist in Chamonix confirms it's what people actually say, so we're keeping every entry exactly as you have it.

Consider it signed off – you're clear to start on the website pages. The Shopify export is the one I sent on the 22nd; nothing has changed since.

Cheers,
Tom
""",
        quote=dict(when="2027-01-29 16:52", body="""
Hi Tom,

Attached is the glossary (152 terms, with a column for your comments). Once the team has validated it, I'll start on the six website pages.

On your question about German: as mentioned on our call, I only translate into French, but I'm happy to put you in touch with a colleague in Leipzig.

Best,
Margaux
"""),
        verdict="in_scope",
        note="Tom approves the glossary with no changes and gives the go-ahead for the website pages: in_scope. The German translation appears only in the quoted reply.",
    ),
    dict(
        key="tr-batch2-source", contract=K, lang="fr", style="gmail", sender="camille",
        when="2027-03-08 10:15", subject="Lot 2 – export des 30 fiches produits",
        state={"glossary": 0, "site-pages": 1, "products": 0},
        attachments=[("fellside_fr_lot2.csv", "text/csv", CSV)],
        body="""
Bonjour Margaux,

Voici l'export Shopify du second lot (30 fiches, colonnes EN remplies, colonnes FR vides ; j'en joins un extrait, le fichier complet est sur le Drive).

Deux changements par rapport à la liste de janvier : la « Coniston Jacket » s'appelle désormais « Coniston Insulated Jacket », et le sac « Haweswater 28 » remplace le « Haweswater 30 », qui ne sera finalement pas vendu en France. Le total reste donc bien de 30 fiches.

On garde la livraison du 26 mars comme prévu.

Bonne semaine,
Camille
""",
        verdict="in_scope",
        note="Camille provides the source file for the second batch of product descriptions; one product is swapped for another and the batch stays at 30, with the contracted 26 March date. Client input for contracted work: in_scope.",
    ),
    dict(
        key="tr-pages-feedback-1", contract=K, lang="en", style="gmail_plain", sender="tom",
        when="2027-02-24 14:02", subject="Re: French website pages – delivery",
        state={"glossary": 0, "site-pages": 0},
        body="""
Hi Margaux,

We had the pages checked by Élodie at our stockist in Chamonix, and she's very happy overall. Her comments, all in one go:

1. Home: she'd say « randonnée » rather than « trek » in the hero line – trek sounds like an expedition to French ears.
2. Size Guide: the chest measurement should read « tour de poitrine », not just « poitrine ».
3. FAQ: the answer about waterproof ratings switches to « tu » once, while everything else is « vous ».
4. Delivery & Returns: could the free returns line be in bold like on the English page?

Shout if anything's unclear.

Tom
""",
        quote=dict(when="2027-02-19 11:08", body="""
Hi Tom,

Here are the six pages in the Shopify export file, ready to import. One round of changes is included on the pages, so do gather everyone's comments into a single list.

Best wishes,
Margaux
"""),
        verdict="revision", deliverable="site-pages",
        note="First list of changes to the delivered website pages (wording, tu/vous consistency, bold line); site-pages includes 1 round and none is used.",
    ),
    dict(
        key="tr-batch2-corrections", contract=K, lang="fr", style="iphone", sender="camille",
        when="2027-03-30 08:21", subject="Re: Lot 2 des fiches produits",
        state={"glossary": 0, "site-pages": 1, "products": 1},
        body="""
Coucou Margaux,

J’ai parcouru le lot 2 dans le train, deux ou trois trucs :
- sur toutes les fiches, les consignes d’entretien disent « laver à 30° » alors que le glossaire dit « lavage à 30 °C », tu peux harmoniser ?
- Scafell Jacket : tu as écrit « imperméable », mais c’est une veste déperlante, pas imperméable (ça peut nous valoir des retours)
- Haweswater 28 : le titre est coupé dans le fichier, il manque « 28 L ».

Le reste est nickel, merci !

Camille
""",
        quote=dict(when="2027-03-26 17:31", lang="fr", body="""
Bonjour Camille,

Voici le lot 2 (30 fiches) dans le fichier d'export. Après celui du lot 1, il reste un tour de corrections sur les fiches produits.

Bon week-end,
Margaux
"""),
        verdict="revision", deliverable="products",
        note="Corrections requested on the delivered second batch of product descriptions (care wording, one adjective, a truncated title); products includes 2 rounds and 1 is used, so this is the second, still included.",
    ),
    dict(
        key="tr-pages-over", contract=K, lang="en", style="gmail", sender="tom",
        when="2027-03-10 17:46", subject="Re: Updated French pages",
        state={"glossary": 0, "site-pages": 1, "products": 0},
        body="""
Hi Margaux,

Sorry to come back on the pages again – genuinely the last time. Our MD read the French Sustainability page over the weekend (with a dictionary, bless him) and feels the recycled-down paragraph has become more technical than the English. Could you make it a bit more conversational? And on Our Story, the headline « Nés dans les fells » reads a bit flat to him, so something punchier would be great.

Thanks for bearing with us,
Tom
""",
        quote=dict(when="2027-03-04 10:05", body="""
Hi Tom,

Here are the pages with Élodie's four changes. That was the included round on the website pages; any further changes would be billed as an extra round.

Best,
Margaux
"""),
        verdict="revision_over_limit", deliverable="site-pages",
        note="New changes to two delivered website pages (tone of a paragraph, a headline); the single round included for site-pages is already used. 'Genuinely the last time' does not change that.",
    ),
    dict(
        key="tr-glossary-softshell", contract=K, lang="en", style="thunderbird", sender="ecom",
        when="2027-02-10 13:27", subject="Glossary – softshell entries",
        state={"glossary": 0},
        body="""
Hello Margaux,

Priya here from the e-commerce team (Tom's away this week).

We've realised the glossary has 'softshell' as « veste softshell coupe-vent », but our French retailers all just say « softshell » and that's what people search for on the site. Could you change that entry, and the two related ones (softshell trousers, softshell gloves), so they're plain « softshell » plus the product type? We know the glossary was signed off last week, sorry.

Thanks,
""",
        verdict="revision_over_limit", deliverable="glossary",
        note="Change request on three entries of the already validated glossary, whose contract line includes no revision round (revisions = 0): over the limit at the first request.",
    ),
    dict(
        key="tr-distributor-agreement", contract=K, lang="en", style="gmail", sender="tom",
        when="2027-03-15 12:10", subject="Documents for our new French distributor",
        state={"glossary": 0, "site-pages": 1, "products": 1},
        body="""
Hi Margaux,

Quick one. We've agreed heads of terms with a distributor in Annecy (Alpes Équipement) who'll supply about forty independent shops. Before they sign, their lawyer wants everything in French: the distribution agreement itself (18 pages) and the two-page warranty booklet that goes into every jacket pocket.

Could you take these on over the next fortnight? Happy to send the Word files today.

Best,
Tom
""",
        verdict="out_of_scope",
        note="Translating a distribution agreement and a warranty booklet: contracts, agreements and warranty documents are explicitly excluded ('Legal and certified translation'), though none of the exclusion keywords is used.",
    ),
    dict(
        key="tr-five-more-products", contract=K, lang="en", style="gmail_plain", sender="tom",
        when="2027-03-18 15:33", subject="Re: Batch 2 source file",
        state={"glossary": 0, "site-pages": 1, "products": 1},
        body="""
Hi Margaux,

Hope batch 2 is going smoothly. Small change of plan from the buying team: they've added five more products to the French spring range at the last minute – the Ullswater fleece in two weights, the Rydal beanie, and the Kentmere kids' jacket in two sizes. Could you fold them into batch 2 so everything lands together on the 26th? Camille will add the rows to the export this afternoon.

Thanks,
Tom
""",
        quote=dict(when="2027-03-08 16:40", body="""
Thanks Camille, file received. 30 descriptions, due on 26 March as planned.

Margaux
""", sig=False),
        verdict="out_of_scope", deliverable="products",
        note="Five extra product descriptions on top of the 60 contracted (products, quantity 60): more units than sold, priced by the 'Additional product description' rate. The delivery date itself is unchanged.",
    ),
    dict(
        key="tr-borrowdale-voice", contract=K, lang="en", style="gmail_plain", sender="tom",
        when="2027-03-12 11:58", subject="Re: Batch 1 – product descriptions",
        state={"glossary": 0, "site-pages": 1, "products": 0},
        body="""
Hi Margaux,

Been reading batch 1 properly now. Nothing's wrong as such, the French is clearly good, but a few people here feel the Borrowdale range reads like a translation rather than like us. In English those blurbs have jokes about Lakeland weather and a bit of swagger; in French they've come out rather sensible.

Is there anything you can do with them? I honestly don't know whether that's a few tweaks on your side or a proper rewrite.

Tom
""",
        quote=dict(when="2027-03-05 09:12", body="""
Hi Tom,

Batch 1 (30 descriptions) is in the shared folder. Two rounds of changes are included on the product descriptions across both batches.

Margaux
""", sig=False),
        verdict="unclear",
        note="Two readings: adjusting the tone of the delivered translations is a revision (products has 2 rounds, none used → revision); recreating the jokes and 'swagger' as new French copy is original writing, excluded under 'Copywriting and SEO' (→ out_of_scope). Tom himself does not know which he wants.",
    ),
    dict(
        key="tr-returns-policy-change", contract=K, lang="fr", style="gmail", sender="camille",
        when="2027-02-26 16:04", subject="Page Livraison et retours – nouvelle politique",
        state={"glossary": 0, "site-pages": 0},
        body="""
Bonjour Margaux,

Petite chose sur la page Livraison et retours que tu nous as livrée la semaine dernière : la direction vient de changer notre politique. Les retours passent de 30 à 60 jours, ils deviennent gratuits pour la France, et on ajoute le retrait gratuit à la boutique de Keswick (même si je doute que beaucoup de Français y passent !).

Le texte anglais a été mis à jour ce matin sur Shopify. Est-ce que tu pourrais refléter tout ça dans la version française ?

Merci !
Camille
""",
        verdict="unclear",
        note="Two readings: updating a few figures on the delivered Delivery & Returns page is a change to a contracted deliverable (site-pages, 1 round left → revision); translating new English text written after delivery is additional translation beyond the contracted pages (→ out_of_scope). How much source text changed is not said.",
    ),
    dict(
        key="tr-invoice-po", contract=K, lang="en", style="outlook", sender="accounts",
        charset="utf-8", cte="quoted-printable",
        when="2027-03-12 10:31", subject="Invoice MBT-2027-004 – PO number missing",
        state={"glossary": 0, "site-pages": 1, "products": 0},
        body="""
Dear Margaux,

Thank you for invoice MBT-2027-004 for the first batch of product descriptions (£1,350.00).

Our finance system can only process supplier invoices that carry a purchase order number. Could you please reissue it with PO FO-5531 and our VAT number (GB 284 1173 90)? Once received, it will go into the payment run on 19 March.

Kind regards,
""",
        verdict="not_a_request",
        note="Accounts asks for an invoice to be reissued with a PO number: an invoice question, not a request for translation work, even though it names the product descriptions.",
    ),
    dict(
        key="tr-camille-ooo", contract=K, lang="fr", style="autoreply", sender="camille",
        when="2027-04-05 09:02", subject="Réponse automatique : Emails de lancement FR – n° 2",
        state={"glossary": 0, "site-pages": 1, "products": 2, "emails": 0},
        quote=dict(when="2027-04-05 09:01", body="unused"),
        body="""
Bonjour,

Je suis en congé jusqu'au vendredi 16 avril inclus, avec un accès très limité à mes e-mails. Pour toute question urgente concernant le site français ou les traductions, merci d'écrire à ecommerce@fellside-outdoor.co.uk, qui fera suivre.

I'm on leave until Friday 16 April. For anything urgent, please contact ecommerce@fellside-outdoor.co.uk.

Camille Roux
Chargée e-commerce France – Fellside Outdoor Ltd
""",
        verdict="not_a_request",
        note="Out-of-office auto-reply (Auto-Submitted: auto-replied) triggered by the delivery of the second launch email; no request.",
    ),
]
