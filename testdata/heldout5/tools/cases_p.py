"""Contract P: Camille Roussel Paysage x Hôtel Les Oliviers (garden design, French, EUR)."""
from mailgen import Msg, Quote, Attachment
from people import *
import attachments as att

K = "roussel-oliviers-jardins"

Q_ESQ = Quote(CAMILLE, (2026, 10, 14, 17, 40, 22), to=[HELENE], cc=[JULIEN],
              subject="Hôtel Les Oliviers — les deux esquisses", body="""\
Bonjour Madame Marchetti,

Comme convenu, voici les deux esquisses d'intention pour le jardin et la terrasse du restaurant (plans au 1/200 et planches d'ambiance en PDF) :

- Esquisse 1 « Restanques » : le jardin en terrasses de pierre sèche, oliviers en cépée, prairie de graminées.
- Esquisse 2 « Cloître » : un jardin plus architecturé autour d'un bassin, allées de gravier clair, topiaires de myrte.

Un tour de modifications est prévu sur l'esquisse retenue avant le passage à l'avant-projet.

Bien cordialement,
Camille Roussel
Paysagiste conceptrice — 06 48 12 77 90""")

Q_APS_V1 = Quote(CAMILLE, (2026, 11, 19, 18, 2, 10), to=[HELENE, JULIEN],
                 subject="Avant-projet jardin et terrasse — V1", body="""\
Bonjour à tous les deux,

Vous trouverez ci-joint l'avant-projet V1 : plan masse coté au 1/100, deux coupes (terrasse du restaurant et allée des oliviers) et l'estimation des travaux, à 148 000 € HT.

Deux tours de modifications sont inclus sur l'avant-projet.

Concernant l'éclairage de la terrasse évoqué mardi : il ne fait pas partie de ma mission, je peux vous adresser une proposition séparée.

Camille""")

CASES = []


def case(**kw):
    CASES.append(kw)


# h011 -------------------------------------------------------------------------
case(id="h011", contract=K, lang="fr", verdict="in_scope", state={"esquisses": 1},
     note="Question sur la date de remise de l'avant-projet, travail couvert par « avant-projet » ; la date du conseil (26 novembre) est postérieure à celle du contrat (20 novembre), aucune échéance n'est avancée.",
     msg=Msg("h011", HELENE, [CAMILLE], (2026, 11, 9, 9, 35, 18),
             "Avant-projet - calendrier", """\
Bonjour Camille,

Je prépare le dossier de notre conseil d'administration du 26 novembre, au cours duquel les associés doivent voter le budget du jardin.

Pouvez-vous me confirmer à quelle date vous pensez nous transmettre le plan d'avant-projet et l'estimation des travaux ? J'aimerais pouvoir les joindre au dossier envoyé aux associés.

Je vous remercie par avance.

Bien cordialement,
Hélène Marchetti"""))

# h012 -------------------------------------------------------------------------
case(id="h012", contract=K, lang="fr", verdict="in_scope", state={"esquisses": 1},
     note="Julien transmet le relevé du géomètre comme donnée d'entrée pour l'avant-projet : apport du client à un travail couvert ; la proposition de devis citée s'adresse à l'hôtel, pas à la paysagiste.",
     msg=Msg("h012", JULIEN_GMAIL, [CAMILLE], (2026, 10, 29, 14, 11, 5),
             "Fwd: Relevé topographique - Hôtel Les Oliviers", """\
Bonjour Camille,

Voici enfin le relevé du géomètre, pour votre avant-projet. Les hauteurs des murets et les niveaux de la terrasse y sont, ainsi que les regards et la conduite de gaz que vous nous aviez demandé de repérer.

Bonne réception,
Julien""", quote=Quote(GEOMETRE, (2026, 10, 28, 17, 52, 40), to=[JULIEN], forward=True,
                      subject="Relevé topographique - Hôtel Les Oliviers", body="""\
Bonjour Monsieur Faure,

Veuillez trouver ci-joint le plan topographique du jardin et de la terrasse (DWG et PDF), établi suite à notre intervention du 23 octobre.

Si vous le souhaitez, nous pouvons également vous adresser un devis pour l'implantation des ouvrages au démarrage du chantier.

Cordialement,
Cabinet Arnaud Géomètres-Experts
04 42 96 18 30""")))

# h013 -------------------------------------------------------------------------
case(id="h013", contract=K, lang="fr", verdict="revision", deliverable="avant-projet",
     state={"esquisses": 1, "avant-projet": 0},
     note="Première série de changements sur l'avant-projet livré (pergola, largeur de l'allée, revêtement de la terrasse) ; « avant-projet » inclut 2 tours et aucun n'est consommé. L'éclairage n'apparaît que dans l'historique cité.",
     msg=Msg("h013", HELENE_1252, [CAMILLE], (2026, 11, 23, 16, 48, 31),
             "RE: Avant-projet jardin et terrasse — V1", """\
Bonjour Camille,

Nous avons passé le plan en revue ce matin avec Julien et notre chef. Dans l’ensemble nous sommes conquis. Nos remarques :

– la pergola gagnerait à être rapprochée de la cuisine, le service sera plus simple ;
– l’allée principale doit faire au moins 1,80 m pour que deux fauteuils roulants puissent s’y croiser ;
– sur la terrasse, nous préférerions des dalles de pierre au gravier : les talons de nos clientes s’y enfoncent.

Merci et belle soirée,
Hélène Marchetti""", cc=[JULIEN], quote=Q_APS_V1))

# h014 -------------------------------------------------------------------------
case(id="h014", contract=K, lang="fr", verdict="revision_over_limit", deliverable="esquisses",
     state={"esquisses": 1},
     note="Nouveaux changements sur l'esquisse retenue (bassin déplacé, potager supprimé) alors que le seul tour inclus sur « esquisses » a servi à la V2.",
     msg=Msg("h014", JULIEN, [CAMILLE], (2026, 10, 27, 8, 20, 46),
             "Re: Esquisse Cloître V2", """\
Bonjour Camille,

Désolé de revenir encore sur l'esquisse, mais Mme Marchetti a fait le tour du jardin avec le propriétaire samedi et ils ont deux souhaits :

- décaler le bassin vers l'ouest, dans l'axe de la salle du petit-déjeuner ;
- retirer le potager, finalement le chef se fournit chez un maraîcher voisin.

Le reste leur convient très bien.

Cordialement,
Julien

-- 
""" + SIG_JULIEN, sig="", quote=Quote(CAMILLE, (2026, 10, 23, 18, 15), to=[JULIEN], cc=[HELENE],
                                       subject="Esquisse Cloître V2", body="""\
Bonjour Julien,

Voici l'esquisse « Cloître » V2 avec vos retours : bassin agrandi, haie de cyprès côté parking, potager en carrés près de la cuisine.

C'était le tour de modifications inclus sur les esquisses ; je démarre l'avant-projet sur cette base dès lundi.

Camille""")))

# h015 -------------------------------------------------------------------------
case(id="h015", contract=K, lang="fr", verdict="revision_over_limit", deliverable="plantation",
     state={"esquisses": 1, "avant-projet": 2, "plantation": 1},
     note="Changement demandé sur le plan de plantation livré (lauriers-roses remplacés, lavandes densifiées) alors que le seul tour inclus sur « plantation » est consommé ; le reproche « on vous l'avait dit » ne change pas la portée.",
     msg=Msg("h015", HELENE_IPHONE, [CAMILLE], (2026, 12, 10, 22, 7, 15),
             "Re: Plan de plantation V2", """\
Camille,

Je découvre ce soir qu'il reste des lauriers-roses le long de l'aire de jeux. On vous l'avait pourtant signalé dès la première réunion : c'est toxique et nous accueillons beaucoup de familles l'été. C'est assez décevant.

Merci de les remplacer par des pittosporums ou autre chose de sûr, et de doubler la densité des lavandes le long de l'allée des oliviers, elles paraissent bien clairsemées sur le plan.

Hélène M.""", bom=True, quote=Quote(CAMILLE, (2026, 12, 8, 11, 30), to=[HELENE], cc=[JULIEN],
                                   subject="Plan de plantation V2", body="""\
Bonjour Madame Marchetti,

Voici le plan de plantation V2 et la liste des végétaux mise à jour (olivier, arbousier, myrte, lavandes, romarins, cistes), prête à être transmise aux entreprises.

Le tour de modifications inclus sur le plan de plantation a été utilisé.

Camille""")))

# h016 -------------------------------------------------------------------------
case(id="h016", contract=K, lang="fr", verdict="out_of_scope",
     state={"esquisses": 1, "avant-projet": 1},
     note="Dessiner le réseau de tuyaux percés, vannes et horloge qui mouille les massifs la nuit, c'est concevoir l'arrosage automatique, exclu du contrat, même si aucun mot-clé de l'exclusion n'est employé.",
     msg=Msg("h016", JULIEN_GMAIL, [CAMILLE], (2026, 11, 26, 10, 3, 59),
             "Massifs et arrosage l'été", """\
Bonjour Camille,

Une question pratique avant que les entreprises chiffrent. L'été dernier, nos deux jardiniers ont passé leurs matinées le tuyau à la main, et on ne veut plus revivre ça avec 600 m² de massifs neufs.

Est-ce que vous pourriez nous dessiner le réseau de petits tuyaux percés au pied de chaque massif, avec les vannes par zone et l'horloge qui déclenche tout vers 4 h du matin ? Comme ça les entreprises pourraient le chiffrer en même temps que les plantations.

Merci d'avance,
Julien""", cc=[HELENE]))

# h017 -------------------------------------------------------------------------
case(id="h017", contract=K, lang="fr", verdict="out_of_scope", deliverable="suivi",
     state={"esquisses": 1, "avant-projet": 2, "plantation": 1, "suivi": 1},
     note="Une quatrième visite (livraison des oliviers centenaires) s'ajoute aux 3 visites vendues (quantity = 3 sur « suivi ») ; la visite supplémentaire figure à la grille tarifaire.",
     msg=Msg("h017", HELENE, [CAMILLE], (2027, 1, 20, 11, 26, 40),
             "Livraison des oliviers centenaires", """\
Bonjour Camille,

Merci pour le compte rendu de la visite d'implantation, très complet.

Le pépiniériste nous annonce la livraison des trois oliviers centenaires le jeudi 4 février. Vu l'enjeu (et le prix !), nous aimerions vraiment que vous soyez présente ce jour-là pour choisir leur orientation et surveiller la grue, en plus des trois visites prévues.

Pouvez-vous nous confirmer cette quatrième visite ?

Bien cordialement,
Hélène Marchetti""", cc=[JULIEN]))

# h018 -------------------------------------------------------------------------
case(id="h018", contract=K, lang="fr", verdict="unclear",
     state={"esquisses": 1, "avant-projet": 1},
     note="« Revoir les abords de la piscine » peut viser l'allée déjà dessinée le long de la piscine dans l'avant-projet (révision, un tour restant) ou l'aménagement de la plage de la piscine, hors du périmètre jardin et terrasse (travail nouveau) : portée indéterminable.",
     msg=Msg("h018", JULIEN, [CAMILLE], (2026, 12, 1, 17, 44, 12),
             "Abords de la piscine", """\
Bonjour Camille,

En regardant le plan avec notre responsable des réservations, on s'est rendu compte que les clients de la piscine vont passer par le jardin en maillot, ce qui ne plaît pas trop à la direction.

Pourriez-vous revoir les abords de la piscine ? Je vous laisse nous dire ce qui est possible.

Cordialement,
Julien

-- 
""" + SIG_JULIEN, sig=""))

# h019 -------------------------------------------------------------------------
case(id="h019", contract=K, lang="fr", verdict="not_a_request", state={"esquisses": 1},
     note="Avis de paiement automatique du service comptable ; « esquisses » figure dans le libellé de la facture mais aucun travail n'est demandé.",
     msg=Msg("h019", COMPTA_OLIVIERS, [CAMILLE], (2026, 11, 2, 6, 30, 0),
             "Avis de paiement - Facture CRP-2026-044", """\
Madame, Monsieur,

Nous vous informons du règlement suivant :

Fournisseur : Camille Roussel Paysage
Facture : CRP-2026-044 du 16/10/2026 – Esquisses d'aménagement (phase 1)
Montant réglé : 2 370,00 € TTC
Mode de règlement : virement SEPA, exécuté le 02/11/2026

Ce courriel est émis automatiquement par notre logiciel de gestion, merci de ne pas y répondre.

Hôtel Les Oliviers – Service comptabilité""", charset="windows-1252", cte="8bit",
             extra_headers=["X-Mailer: Cegid Notilus 8.4", "Auto-Submitted: auto-generated"]))

# h020 -------------------------------------------------------------------------
case(id="h020", contract=K, lang="fr", verdict="not_a_request",
     state={"esquisses": 1, "avant-projet": 0},
     note="Remerciement pour l'avant-projet ; la question de l'éclairage de la terrasse n'apparaît que dans l'historique cité.",
     msg=Msg("h020", HELENE_IPHONE, [CAMILLE], (2026, 11, 20, 7, 58, 3),
             "Re: Avant-projet jardin et terrasse — V1", """\
Bonjour Camille,

Merci beaucoup pour le plan, reçu hier soir. Je l'ai imprimé en grand et affiché dans le bureau, tout le personnel vient le regarder ! Le chef est ravi de la pergola.

Nous reviendrons vers vous avec nos remarques après notre réunion de lundi.

Bonne journée,
Hélène""", quote=Q_APS_V1))
