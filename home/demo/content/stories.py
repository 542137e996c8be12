"""Share your story and news sign-up: the two form pages, and two stories that (in the demo)
staff approved with the tellers' permission and published, shown on a campaign page."""

from ..pages import DemoPage, DemoSnippet
from ..text import R, T, p


def story_form(ctx):
    return {
        "search_description": T(
            "Have you, or someone you love, asked for asylum in the United States? Tell us "
            "what happened. We publish nothing without your permission.",
            "¿Pediste asilo en Estados Unidos, tú o alguien a quien quieres? Cuéntanos qué "
            "pasó. No publicamos nada sin tu permiso.",
        ),
        "intro": T(
            "Decision makers hear about the border in numbers. Your words show what the "
            "numbers leave out. Tell us what happened to you or to someone you love.",
            "Quienes deciden oyen hablar de la frontera en cifras. Tus palabras muestran lo que "
            "las cifras dejan fuera. Cuéntanos qué te pasó a ti o a alguien a quien quieres.",
        ),
        "hero_image": ctx.image("circles-of-welcome"),
        "hero_image_alt": T(
            "Overlapping circles in teal, sand and clay, like people around a table.",
            "Círculos superpuestos en verde azulado, arena y arcilla, como personas alrededor "
            "de una mesa.",
        ),
        "consent_text": T(
            "I agree that Border Humanity keeps my story and the details I gave to read them, "
            "and publishes the story only in the way I chose above, after review.",
            "Acepto que Border Humanity guarde mi historia y los datos que di para leerlos, y "
            "que publique la historia solo de la forma que elegí arriba, después de revisarla.",
        ),
        "thank_you_heading": T("Thank you for trusting us", "Gracias por tu confianza"),
        "thank_you_text": R(
            "<p>Telling what happened takes courage. Your story helps us show what border "
            "policy does to real people.</p>",
            "<p>Contar lo que pasó requiere valor. Tu historia nos ayuda a mostrar lo que la "
            "política fronteriza hace a personas reales.</p>",
        ),
        "retention_months": 24,
        "body": [
            (
                "text",
                p(
                    T(
                        "Write in English or Spanish, as much or as little as you like. You "
                        "can stay anonymous. If you leave an email or a phone number, only our "
                        "team sees it, and only to ask before we use your story.",
                        "Escribe en español o en inglés, tanto o tan poco como quieras. Puedes "
                        "quedar en el anonimato. Si dejas un correo o un teléfono, solo lo ve "
                        "nuestro equipo, y solo para preguntarte antes de usar tu historia.",
                    ),
                ),
            ),
        ],
    }


def news_signup(ctx):
    return {
        "search_description": T(
            "Get Border Humanity's news and calls to action by email, in English or Spanish.",
            "Recibe por correo las noticias y llamados a la acción de Border Humanity, en "
            "español o en inglés.",
        ),
        "intro": T(
            "A short email when there is news from the border or something you can do. We "
            "ask you to confirm first, and you can leave with one click.",
            "Un correo breve cuando hay noticias de la frontera o algo que puedes hacer. "
            "Primero te pedimos confirmar, y puedes darte de baja con un clic.",
        ),
        "consent_text": T(
            "Send me Border Humanity's news and calls to action by email.",
            "Envíenme por correo las noticias y llamados a la acción de Border Humanity.",
        ),
        "thank_you_heading": T("Check your email", "Revisa tu correo"),
        "thank_you_text": R(
            "<p>One more step: open the link we sent you to confirm.</p>",
            "<p>Falta un paso: abre el enlace que te enviamos para confirmar.</p>",
        ),
        "body": [],
    }


STORY_FORM = DemoPage(
    key="share-your-story",
    model="campaigns.StoryFormPage",
    parent="home",
    title=T("Share your story", "Comparte tu historia"),
    slug=T("share-your-story", "comparte-tu-historia"),
    content=story_form,
)

NEWS_SIGNUP = DemoPage(
    key="news-signup",
    model="campaigns.SignupPage",
    parent="home",
    title=T("Get our news", "Recibe nuestras noticias"),
    slug=T("newsletter", "boletin"),
    content=news_signup,
)

WAITING_STORY = DemoSnippet(
    key="story/eleven-weeks",
    model="campaigns.Story",
    content=lambda ctx: {
        "title": T("Eleven weeks at the bridge", "Once semanas en el puente"),
        "text": T(
            "We slept near the bridge with my two daughters for eleven weeks, waiting for "
            "our number to be called. Every morning I asked the same question and every "
            "morning the answer was tomorrow. A volunteer brought blankets and a lawyer "
            "explained our rights in Spanish. Without them I would have given up.",
            "Dormimos cerca del puente con mis dos hijas durante once semanas, esperando que "
            "llamaran nuestro número. Cada mañana hacía la misma pregunta y cada mañana la "
            "respuesta era mañana. Una voluntaria trajo cobijas y una abogada nos explicó "
            "nuestros derechos en español. Sin ellas me habría rendido.",
        ),
        "attribution": "Marisol",
    },
)

WELCOME_STORY = DemoSnippet(
    key="story/a-room-of-our-own",
    model="campaigns.Story",
    content=lambda ctx: {
        "title": T("A neighbour opened her door", "Una vecina abrió su puerta"),
        "text": T(
            "When I was released I had a court date and nowhere to sleep. A family from a "
            "church in the city gave me a room for three months. They drove me to my "
            "hearing and sat with me in the waiting room. Today I work and I help other "
            "people who arrive the way I did.",
            "Cuando me liberaron tenía una fecha en la corte y ningún lugar donde dormir. Una "
            "familia de una iglesia de la ciudad me dio un cuarto durante tres meses. Me "
            "llevaron a mi audiencia y se sentaron conmigo en la sala de espera. Hoy trabajo "
            "y ayudo a otras personas que llegan como llegué yo.",
        ),
        "attribution": "",
    },
)


def stories_block(ctx):
    """The stories block a campaign page shows: the two published demo stories."""
    return (
        "stories",
        {
            "heading": T("In their own words", "En sus propias palabras"),
            "stories": [ctx.snippet(WAITING_STORY.key).pk, ctx.snippet(WELCOME_STORY.key).pk],
        },
    )
