"""The take-action pages: a petition with five asks and a sign-on letter with six demands."""

from django.apps import apps
from django.utils import timezone

from ..pages import DemoPage
from ..stream import link
from ..text import R, T, p
from .campaigns import demand


def petition(ctx):
    return {
        "kind": "petition",
        "search_description": T(
            "Sign our petition asking the President to stop sending people back to danger and "
            "to restore a fair chance to ask for protection at the border.",
            "Firma nuestra petición al Presidente para que deje de devolver a las personas al "
            "peligro y restablezca una oportunidad justa de pedir protección en la frontera.",
        ),
        "intro": T(
            "People arriving at the southern border after fleeing violence are being turned "
            "away without a hearing. Add your name and we will deliver the letter below.",
            "Personas que llegan a la frontera sur huyendo de la violencia son rechazadas sin "
            "ser escuchadas. Suma tu nombre y entregaremos la carta que aparece abajo.",
        ),
        "hero_image": ctx.image("open-doors"),
        "hero_image_alt": T(
            "Three arched doorways standing open onto warm light.",
            "Tres puertas en arco abiertas hacia una luz cálida.",
        ),
        "recipients": T("The President of the United States", "El Presidente de Estados Unidos"),
        "letter": p(
            T(
                "Mr. President, asking for protection is a right recognised in our own law and "
                "in international law. Today, people who reach our southern border, many of "
                "them survivors of disasters and political violence, are sent back without "
                "the hearing that right promises.",
                "Señor Presidente: pedir protección es un derecho reconocido en nuestras "
                "propias leyes y en el derecho internacional. Hoy, las personas que llegan a "
                "nuestra frontera sur, muchas de ellas sobrevivientes de desastres y violencia "
                "política, son devueltas sin la audiencia que ese derecho promete.",
            ),
            T(
                "You promised a humane approach to immigration and a commitment to racial "
                "justice. We ask you to keep both promises.",
                "Usted prometió un enfoque humano de la migración y un compromiso con la "
                "justicia racial. Le pedimos que cumpla ambas promesas.",
            ),
        ),
        "goal": 5000,
        "offline_count": 1200,
        "ask_comment": True,
        "consent_text": T(
            "Email me about this campaign and other ways to support people seeking asylum.",
            "Envíenme correos sobre esta campaña y otras formas de apoyar a quienes buscan asilo.",
        ),
        "thank_you_heading": T("Thank you for adding your name", "Gracias por sumar tu nombre"),
        "thank_you_text": R(
            "<p>Your signature is counted. Every name makes the letter harder to ignore: "
            "please ask two friends to sign too.</p>",
            "<p>Tu firma ya cuenta. Cada nombre hace más difícil ignorar la carta: pide a dos "
            "personas más que también firmen.</p>",
        ),
        "next_action": [
            (
                "link",
                link(
                    T("Add your name to the families' letter", "Suma tu nombre a la carta"),
                    ctx.page("sign-on-letter"),
                ),
            )
        ],
        "body": [
            (
                "demands",
                {
                    "heading": T("Five things we ask", "Cinco cosas que pedimos"),
                    "demands": [
                        demand(
                            "Stop every deportation to Haiti and every policy that blocks people "
                            "from asking for protection at the border.",
                            "Detener toda deportación a Haití y toda política que impida pedir "
                            "protección en la frontera.",
                        ),
                        demand(
                            "End summary expulsions for everyone and reopen asylum at the border, "
                            "ports of entry included.",
                            "Poner fin a las expulsiones sumarias para todas las personas y "
                            "reabrir el asilo en la frontera, incluidos los puertos de entrada.",
                        ),
                        demand(
                            "End the programme that makes people wait in Mexico for their case.",
                            "Terminar el programa que obliga a esperar en México la resolución "
                            "del caso.",
                        ),
                        demand(
                            "Build an asylum system that is fair and protects everyone's rights.",
                            "Construir un sistema de asilo justo que proteja los derechos de "
                            "todas las personas.",
                        ),
                        demand(
                            "Treat migration as a humanitarian matter, not a threat.",
                            "Tratar la migración como un asunto humanitario, no como una amenaza.",
                        ),
                    ],
                },
            ),
        ],
    }


# Public officials the families' letter goes to (fictional names; the offices are real).
DECISION_MAKERS = [
    ("Avery Collins", "president", ""),
    ("Jordan Reyes", "vice_president", ""),
    ("Maria Delgado", "senator", "TX"),
    ("Thomas Whitfield", "senator", "TX"),
    ("Rosa Acevedo", "representative", "TX"),
    ("Daniel Okafor", "senator", "CA"),
    ("Helen Park", "senator", "CA"),
    ("Luis Cardenas", "senator", "AZ"),
    ("Grace Tsosie", "senator", "NM"),
]


def decision_makers():
    model = apps.get_model("campaigns", "DecisionMaker")
    return [
        model.objects.get_or_create(name=name, role=role, state=state)[0]
        for name, role, state in DECISION_MAKERS
    ]


def sign_on_letter(ctx):
    return {
        "kind": "targeted",
        "targets": [("decision_maker", maker.pk) for maker in decision_makers()],
        "search_description": T(
            "Families waiting at the border wrote to the incoming administration with six "
            "demands. Add your name to their letter before inauguration day.",
            "Familias que esperan en la frontera escribieron al nuevo gobierno con seis "
            "exigencias. Suma tu nombre a su carta antes del día de la toma de posesión.",
        ),
        "intro": T(
            "Thousands of families have waited more than a year at the border for an answer "
            "to their asylum claims. They wrote to the incoming President and Vice President; "
            "your members of Congress will receive the same message.",
            "Miles de familias llevan más de un año esperando en la frontera una respuesta a "
            "sus solicitudes de asilo. Escribieron al nuevo Presidente y a la nueva "
            "Vicepresidenta; tus representantes en el Congreso recibirán el mismo mensaje.",
        ),
        "hero_image": ctx.image("circles-of-welcome"),
        "hero_image_alt": T(
            "Overlapping circles in teal, sand and clay, like people around a table.",
            "Círculos superpuestos en verde azulado, arena y arcilla, como personas alrededor "
            "de una mesa.",
        ),
        "recipients": T(
            "The incoming President and Vice President; your Senators and Representative",
            "El nuevo Presidente y la nueva Vicepresidenta; tus senadores y tu representante",
        ),
        "letter": p(
            T(
                "We write on behalf of families who have waited for more than a year at the "
                "border. The wait has harmed the men, women and children living it. When you "
                "take office, we ask you to respect their right to asylum in six ways.",
                "Escribimos en nombre de familias que llevan más de un año esperando en la "
                "frontera. La espera ha dañado a los hombres, mujeres, niñas y niños que la "
                "viven. Cuando asuman el cargo, les pedimos respetar su derecho al asilo de seis "
                "maneras.",
            ),
            T(
                "We hope for your answer within your first hundred days.",
                "Esperamos su respuesta dentro de sus primeros cien días.",
            ),
        ),
        "goal": 1000,
        "offline_count": 0,
        "ask_comment": False,
        "consent_text": T(
            "Keep me informed about this letter and related actions by email.",
            "Mantenerme informado por correo sobre esta carta y acciones relacionadas.",
        ),
        "thank_you_heading": T("Your name is on the letter", "Tu nombre está en la carta"),
        "thank_you_text": R(
            "<p>We will deliver the letter before inauguration day.</p>",
            "<p>Entregaremos la carta antes del día de la toma de posesión.</p>",
        ),
        "next_action": [],
        "body": [
            (
                "demands",
                {
                    "heading": T("Six demands", "Seis exigencias"),
                    "demands": [
                        demand(
                            "Reopen the border to people seeking asylum and end expulsions made "
                            "in the name of public health.",
                            "Reabrir la frontera a quienes buscan asilo y terminar las "
                            "expulsiones hechas en nombre de la salud pública.",
                        ),
                        demand(
                            "End the programme that makes people wait in Mexico, and let them "
                            "pursue their cases in freedom, without detention or ankle monitors.",
                            "Terminar el programa que obliga a esperar en México y permitir "
                            "seguir el caso en libertad, sin detención ni grilletes "
                            "electrónicos.",
                        ),
                        demand(
                            "Abolish the waitlist to apply and hire more trained asylum officers.",
                            "Eliminar la lista de espera para solicitar y contratar a más "
                            "oficiales de asilo capacitados.",
                        ),
                        demand(
                            "End family separation and reunite separated families now.",
                            "Terminar la separación familiar y reunir ya a las familias separadas.",
                        ),
                        demand(
                            "Guarantee a lawyer for everyone seeking asylum.",
                            "Garantizar un abogado a toda persona que pide asilo.",
                        ),
                        demand(
                            "Protect the right to ask for asylum of those most at risk, such as "
                            "pregnant women and children travelling alone.",
                            "Proteger el derecho a pedir asilo de quienes corren más riesgo, "
                            "como mujeres embarazadas y niños que viajan solos.",
                        ),
                    ],
                },
            ),
        ],
    }


SIGN_ON_LETTER = DemoPage(
    key="sign-on-letter",
    model="campaigns.ActionPage",
    parent="rebuild-asylum",
    title=T("Join the families' letter", "Súmate a la carta de las familias"),
    slug=T("families-letter", "carta-de-las-familias"),
    content=sign_on_letter,
)

PETITION = DemoPage(
    key="petition",
    model="campaigns.ActionPage",
    parent="home",
    title=T(
        "Welcome people seeking asylum with dignity", "Recibir con dignidad a quienes piden asilo"
    ),
    slug=T("petition", "peticion"),
    content=petition,
)


ORGANISATIONS = [
    ("Casa de Acogida Norte", "Tijuana", "MX"),
    ("Desert Legal Collective", "Tucson", "US"),
    ("Red Fronteriza de Albergues", "Ciudad Juárez", "MX"),
    ("Valley Welcome Project", "McAllen", "US"),
    ("Puentes de Fe", "Nogales", "MX"),
    ("Sonora Family Defenders", "Hermosillo", "MX"),
    ("Rio Grande Immigrant Council", "El Paso", "US"),
    ("Coastal Asylum Clinic", "San Diego", "US"),
]


def coalition_letter(ctx):
    return {
        "kind": "organisations",
        "search_description": T(
            "97 organisations from Mexico and the United States signed a joint letter for "
            "humane border policies. Add your organisation.",
            "97 organizaciones de México y Estados Unidos firmaron una carta conjunta por "
            "políticas fronterizas humanas. Suma a tu organización.",
        ),
        "intro": T(
            "Shelters, legal clinics, faith groups and community organisations from both "
            "countries wrote together to the two governments. Organisations can still sign.",
            "Albergues, clínicas legales, grupos de fe y organizaciones comunitarias de ambos "
            "países escribieron juntos a los dos gobiernos. Las organizaciones aún pueden firmar.",
        ),
        "hero_image": ctx.image("coalition-network"),
        "hero_image_alt": T(
            "Dots joined by thin lines into a wide network.",
            "Puntos unidos por líneas finas en una amplia red.",
        ),
        "recipients": T(
            "The governments of Mexico and the United States",
            "Los gobiernos de México y Estados Unidos",
        ),
        "letter": p(
            T(
                "We, organisations working on both sides of the border, ask both governments "
                "to treat people on the move as people: to protect the right to ask for "
                "asylum, to end expulsions and detention as the default, and to work with the "
                "communities that already welcome them.",
                "Nosotras, organizaciones que trabajamos a ambos lados de la frontera, pedimos a "
                "los dos gobiernos tratar a las personas migrantes como personas: proteger el "
                "derecho a pedir asilo, terminar con las expulsiones y con la detención como "
                "norma, y trabajar con las comunidades que ya las acogen.",
            ),
        ),
        "goal": 100,
        "offline_count": 97 - len(ORGANISATIONS),
        "ask_comment": False,
        "consent_text": T(
            "Our contact person may receive email about this letter.",
            "Nuestra persona de contacto puede recibir correos sobre esta carta.",
        ),
        "thank_you_heading": T("Thank you for signing on", "Gracias por firmar"),
        "thank_you_text": R(
            "<p>Your organisation will appear on the list once our team has checked it.</p>",
            "<p>Tu organización aparecerá en la lista cuando nuestro equipo la haya revisado.</p>",
        ),
        "next_action": [],
        "body": [],
    }


COALITION_LETTER = DemoPage(
    key="coalition-letter",
    model="campaigns.ActionPage",
    parent="who-we-are",
    title=T("The binational letter", "La carta binacional"),
    slug=T("binational-letter", "carta-binacional"),
    content=coalition_letter,
)


def add_signatories():
    """The coalition letter's approved signatory organisations (fictional)."""
    model = apps.get_model("campaigns", "OrganisationSignature")
    page = (
        apps.get_model("wagtailcore", "Page")
        .objects.filter(
            translation_key=COALITION_LETTER.translation_key, locale__language_code="en"
        )
        .first()
    )
    if page is None:
        return
    for i, (name, city, country) in enumerate(ORGANISATIONS):
        model.objects.get_or_create(
            page_key=page.translation_key,
            contact_email=f"contact{i + 1}@example.org",
            defaults={
                "action_page_id": page.pk,
                "language": "en",
                "organisation": name,
                "city": city,
                "country": country,
                "contact_name": "Demo contact",
                "approved": True,
                "confirmed_at": timezone.now(),
                "confirm_id": None,
            },
        )
