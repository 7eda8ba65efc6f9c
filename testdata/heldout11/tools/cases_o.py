"""Contract O: Léa Vuilleumier x Fondation du Musée des Glaciers (museum audio-guide scriptwriter, adult and family
tours plus app texts, French contract, CHF, Valais; the audio-guide producer and the scientific adviser write in English)."""
from mailgen import Msg, Quote, Person, Attachment
import attachments as att
from people import *

K = "vuilleumier-glaciers-audioguide"

Q_ADULTES_V1 = Quote(LEA, (2027, 3, 12, 17, 30, 0), to=[NADIA], subject="Parcours adultes : stations 1 à 8",
                     body="""\
Bonjour Nadia,

Voici les premières versions des stations 1 à 8 du parcours adultes (entre 260 et 295 mots chacune). J'ai suivi l'ordre de la salle, de la maquette du glacier d'Orny jusqu'à la vitrine des cristalliers.

Deux tours de révision sont prévus : le mieux est de regrouper les remarques de l'équipe dans un seul message.

Léa""")

Q_ADULTES_FINAL = Quote(LEA, (2027, 4, 29, 16, 10, 0), to=[NADIA, ANNA], subject="Parcours adultes : version finale",
                        body="""\
Bonjour Nadia, dear Anna,

Voici la version finale des 16 stations du parcours adultes, avec les corrections de votre deuxième tour. Les deux tours de révision prévus sont donc utilisés ; le fichier est prêt pour Sonorama.

Léa""")

Q_FAMILLES = Quote(LEA, (2027, 4, 2, 11, 0, 0), to=[CLAIRE], subject="Parcours familles : Firmin est prêt",
                   body="""\
Bonjour Claire,

Voici les 8 stations du parcours familles, racontées par Firmin le bouquetin. Chaque station dure environ 90 secondes et se termine par une petite question aux enfants.

Un tour de révision est prévu pour ce parcours.

Léa""")

Q_APPLI = Quote(LEA, (2027, 5, 12, 10, 25, 0), to=[CLAIRE, HANNAH], subject="Textes courts de l'application",
                body="""\
Bonjour Claire, hello Hannah,

Voici les 16 textes courts de l'application, un par station du parcours adultes, entre 48 et 60 mots.

Léa""")

CASES = []


def case(**kw):
    CASES.append(kw)


# o001 -------------------------------------------------------------------------
case(id="o001", contract=K, lang="fr", verdict="in_scope", deliverable="adultes", state={},
     note="Nadia envoie la liste des objets, le plan des stations et les notes des conservateurs, et demande quand arriveront les premières stations : des éléments du client et une question de calendrier ; l'ouverture, l'altitude et les dates historiques sont du contexte.",
     msg=Msg("o001", NADIA, [LEA], (2027, 1, 26, 9, 48, 15), "Audioguide : documentation et plan des stations", """\
Bonjour Léa,

Merci encore pour votre visite de jeudi. Comme convenu, vous trouverez ci-joint :

- la liste des 212 objets exposés, avec les numéros d'inventaire
- le plan des 16 stations du parcours adultes et des 8 stations du parcours familles
- les notes des conservateurs, dont le dossier sur la crue glaciaire de 1818 et les photographies de 1911

Pour rappel, l'exposition ouvre le 3 juillet et le musée est à 1 350 m : les groupes scolaires montent en car postal, ce qui explique des stations familles plutôt courtes.

Pourriez-vous me dire quand nous pourrons lire les premières stations du parcours adultes ? Le comité scientifique se réunit le 18 mars.

Avec mes meilleures salutations,
Nadia Bonvin""", attachments=[Attachment("Plan_stations_audioguide_v2.png", "image/png", att.png(16, 12, (120, 160, 190)))]))

# o002 -------------------------------------------------------------------------
case(id="o002", contract=K, lang="en", verdict="in_scope", deliverable="adultes", state={"adultes": 1, "familles": 0},
     note="The audio-guide producer asks when the final adult scripts will be ready and in which file format, to plan her studio sessions: a question about contracted work; the studio dates are hers, not a new deadline.",
     msg=Msg("o002", HANNAH, [LEA], (2027, 4, 6, 14, 20, 33), "Musée des Glaciers - script handover", """\
Dear Léa,

I'm the project manager at Sonorama Guides, we're producing the audio guide and the app for the Musée des Glaciers. Nadia gave me your address.

We've booked the recording studio in Sion for 7 to 11 June, with two actors. To prepare the casting, could you tell me when the final scripts of the adult tour will be ready, and whether you'll send them as Word files? Our editors work from .docx with one station per page.

Nothing else needed from you for now, I'll be in touch about the app texts later.

Best regards,
Hannah""", cc=[NADIA]))

# o003 -------------------------------------------------------------------------
case(id="o003", contract=K, lang="fr", verdict="revision", deliverable="adultes", state={"adultes": 0},
     note="Nadia regroupe les remarques de l'équipe sur les stations 1 à 8 (une station trop technique, une photo à citer, une station à raccourcir) : premier des deux tours du parcours adultes.",
     msg=Msg("o003", NADIA, [LEA], (2027, 3, 19, 15, 2, 47), "RE: Parcours adultes : stations 1 à 8", """\
Bonjour Léa,

Le comité scientifique a lu les huit stations hier : ils sont enchantés, surtout par la station des cristalliers. Voici nos remarques, regroupées :

- station 3 (la formation de la glace) : trop technique pour le grand public, on perd les visiteurs à « métamorphisme de la neige ». Pouvez-vous simplifier ?
- station 5 : il faudrait citer la photographie de 1911 du glacier de Saleina, elle est juste en face du visiteur
- station 8 : elle dépasse 2 minutes 30 à la lecture, pourriez-vous la raccourcir d'une trentaine de mots ?

Merci d'avance,
Nadia""", quote=Q_ADULTES_V1))

# o004 -------------------------------------------------------------------------
case(id="o004", contract=K, lang="fr", verdict="revision", deliverable="familles", state={"adultes": 1, "familles": 0},
     note="Claire demande que Firmin tutoie les enfants, qu'une blague soit changée et qu'une question soit plus simple dans les scripts familles : le seul tour prévu pour ce parcours, pas encore utilisé.",
     msg=Msg("o004", CLAIRE, [LEA], (2027, 4, 7, 10, 14, 2), "Re: Parcours familles : Firmin est prêt", """\
Bonjour Léa,

J'ai testé Firmin avec une classe de 4e primaire d'Orsières mardi : ils ont adoré, surtout la station des marmottes. Quelques retours de la médiation :

1. Firmin vouvoie les enfants, ça fait un peu distant. Pourrait-il les tutoyer dans les 8 stations ?
2. La blague sur le « bouquetin qui a froid aux cornes » (station 4) n'a fait rire personne. Une autre idée ?
3. Station 7 : la question finale sur les moraines est trop difficile pour les 7-8 ans.

Merci !
Claire""", quote=Q_FAMILLES))

# o005 -------------------------------------------------------------------------
case(id="o005", contract=K, lang="en", verdict="revision_over_limit", deliverable="adultes", state={"adultes": 2, "familles": 1},
     note="After the final adult scripts that used both included rounds, the scientific adviser asks to change the dating of a moraine and the wording of two stations: a third round of changes to the adult tour.",
     msg=Msg("o005", ANNA, [LEA], (2027, 5, 3, 8, 37, 19), "Re: Parcours adultes : version finale", """\
Dear Léa,

Apologies for the late reading, I was on fieldwork in Greenland until last week.

The scripts are excellent. Two things I would still like to change before the recording:

- station 12 dates the frontal moraine to "about 1850". Our latest dating puts it at 1855 to 1860, so please say "around 1860".
- in stations 14 and 15, "the glacier is dying" is too dramatic for a museum. Could you rephrase it as "the glacier is retreating fast", and add one sentence on the 2022 record melt in station 15?

Thank you, and sorry for the extra work.

Best wishes,
Anna""", cc=[NADIA], quote=Q_ADULTES_FINAL))

# o006 -------------------------------------------------------------------------
case(id="o006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="textes-appli",
     state={"adultes": 2, "familles": 1, "textes-appli": 0},
     note="Claire demande de raccourcir les 16 textes de l'application livrés et d'en changer les titres, un livrable sans tour de révision : hors limite dès la première demande.",
     msg=Msg("o006", CLAIRE, [LEA], (2027, 5, 17, 13, 51, 40), "Re: Textes courts de l'application", """\
Bonjour Léa,

Sonorama a intégré vos textes dans l'application de test, et sur un téléphone ils débordent de l'écran. Pourriez-vous :

- les ramener tous à 45 mots au maximum ?
- remplacer les titres « Station 1 », « Station 2 », etc. par des titres parlants (« La maquette du glacier », « Les cristalliers »…) ?

Hannah aimerait les avoir pour la version test du 25 mai.

Merci beaucoup,
Claire""", cc=[HANNAH], quote=Q_APPLI))

# o007 -------------------------------------------------------------------------
case(id="o007", contract=K, lang="fr", verdict="out_of_scope", deliverable="familles", state={"adultes": 2, "familles": 1},
     note="Le directeur demande à l'autrice de prêter elle-même sa voix à Firmin au studio : l'enregistrement des scripts, que le contrat exclut, demandé comme un service amical.",
     msg=Msg("o007", PIERREYVES, [LEA], (2027, 5, 6, 19, 3, 12), "Firmin", """\
Chère Léa,

Je repense à notre réunion de mardi : quand vous nous avez lu la station des marmottes avec la voix de Firmin, toute la salle riait. Personne ne fera mieux que vous.

Est-ce que vous accepteriez d'enregistrer vous-même les 8 stations du parcours familles au studio de Sion, en juin ? Hannah pourrait vous caler une demi-journée le 9 ou le 10.

Amicalement,
Pierre-Yves""", sig=""))

# o008 -------------------------------------------------------------------------
case(id="o008", contract=K, lang="fr", verdict="out_of_scope", deliverable="adultes", state={"adultes": 1, "familles": 1},
     note="Nadia confirme un détail puis demande deux stations adultes de plus pour une nouvelle vitrine, soit 18 pour les 16 vendues : des unités en plus (tarif : station supplémentaire), la demande la plus grave l'emporte.",
     msg=Msg("o008", NADIA, [LEA], (2027, 4, 14, 11, 9, 56), "Nouvelle vitrine et stations 9 à 16", """\
Bonjour Léa,

Tout d'abord, oui : vous pouvez citer le carnet du guide Maurice Crettex dans la station 11, la famille a donné son accord.

Ensuite une bonne nouvelle : la famille Darbellay nous a donné sa collection d'instruments de mesure (un théodolite de 1890, des jalons et un carnet de relevés), et nous ouvrons une vitrine supplémentaire entre la salle 2 et la salle 3. Il nous faudrait deux stations de plus dans le parcours adultes, ce qui en ferait 18. Je vous envoie les notes de la conservatrice d'ici vendredi.

Belle journée,
Nadia""", attachments=[Attachment("Collection_Darbellay_photos.png", "image/png", att.png(12, 12, (150, 130, 100)))]))

# o009 -------------------------------------------------------------------------
case(id="o009", contract=K, lang="en", verdict="out_of_scope", deliverable="familles", state={"adultes": 2, "familles": 1},
     note="The audio-guide producer asks the writer to do the English version of the family tour herself because the translator dropped out: a translation, which the contract excludes.",
     msg=Msg("o009", HANNAH, [LEA], (2027, 5, 10, 16, 44, 8), "English family tour", """\
Dear Léa,

A small emergency on our side: the translator who was doing the English versions has pulled out for health reasons.

The adult tour is already in English, but the family tour isn't. As Firmin is your character and the jokes are yours, would you be able to write the English version of the 8 family stations? It doesn't have to be a word-for-word translation, it can be adapted. We'd need it by 31 May for the English recording day.

Many thanks,
Hannah""", cc=[NADIA]))

# o010 -------------------------------------------------------------------------
case(id="o010", contract=K, lang="fr", verdict="unclear", deliverable="adultes", state={"adultes": 1, "familles": 0},
     note="Le directeur veut la station de la grotte de glace « plus immersive » avec des bruits de glace et peut-être un témoignage d'ancien guide : réécriture de la station (révision, un tour restant) ou habillage sonore et entretien à recueillir et écrire (exclu ou nouveau travail).",
     msg=Msg("o010", PIERREYVES, [LEA], (2027, 4, 20, 21, 16, 44), "Station 9", """\
Bonsoir Léa,

J'ai relu la station 9 (la grotte de glace) dans le train. Le texte est juste, mais j'aimerais quelque chose de plus immersif : qu'on entende la glace craquer, l'eau qui coule, et pourquoi pas le témoignage d'un ancien guide qui a connu la grotte dans les années 1970. Le vieux Jules Formaz a 91 ans et il a toute sa tête.

Qu'en pensez-vous ? On en parle quand vous voulez.

Pierre-Yves""", sig="Envoyé de mon iPhone"))

# o011 -------------------------------------------------------------------------
case(id="o011", contract=K, lang="en", verdict="not_a_request", state={"adultes": 2, "familles": 1, "textes-appli": 0},
     note="The audio-guide producer's out-of-office auto-reply, which mentions the scripts and the app but asks for no work.",
     msg=Msg("o011", HANNAH, [LEA], (2027, 5, 14, 7, 12, 0), "Automatic reply: Re: Textes courts de l'application", """\
Thank you for your email. I'm out of the office until Monday 24 May with no access to email.

For the Musée des Glaciers audio guide (scripts, recording schedule, app), please contact my colleague Jonas Meier at jonas.meier@sonoramaguides.com or +41 44 555 09 70.

Hannah Weller
Sonorama Guides""", client="plain", sig="",
             extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

# o012 -------------------------------------------------------------------------
case(id="o012", contract=K, lang="fr", verdict="not_a_request", state={},
     note="Nadia donne l'heure, le lieu et l'accès de la visite des réserves avec l'autrice (car postal, chaussures chaudes) : logistique de rendez-vous, aucune demande de travail.",
     msg=Msg("o012", NADIA, [LEA], (2027, 2, 2, 16, 33, 21), "Visite des réserves jeudi", """\
Bonjour Léa,

C'est noté pour jeudi 11 février à 14 h. Nous nous retrouverons devant l'entrée des réserves, à côté de la caserne des pompiers d'Orsières (et non au musée).

Si vous venez en train, le car postal de 13 h 12 depuis la gare d'Orsières vous dépose à l'arrêt « Les Arlaches », à cinq minutes à pied. Prenez des chaussures chaudes : les réserves ne sont pas chauffées et il y fait environ 8 degrés.

À jeudi,
Nadia""", sig_after_quote=False))
