"""Know your rights at the border: questions and answers (the search demo's reference page)."""

from ..pages import DemoPage
from ..stream import link
from ..text import T, p


def qa(question, answer):
    return {"title": question, "body": p(answer)}


def know_your_rights(ctx):
    return {
        "search_description": T(
            "Plain answers about asking for asylum at the border: the credible fear interview, "
            "detention, and where to find free legal help.",
            "Respuestas claras sobre cómo pedir asilo en la frontera: la entrevista de miedo "
            "creíble, la detención y dónde encontrar ayuda legal gratuita.",
        ),
        "intro": T(
            "What happens after someone asks for protection at the border, and what they are "
            "entitled to at each step.",
            "Qué pasa después de pedir protección en la frontera y a qué se tiene derecho en "
            "cada paso.",
        ),
        "body": [
            (
                "accordion",
                {
                    "heading": T("Questions and answers", "Preguntas y respuestas"),
                    "items": [
                        qa(
                            T(
                                "What is a credible fear interview?",
                                "¿Qué es la entrevista de miedo creíble?",
                            ),
                            T(
                                "It is the first screening for many people who ask for asylum "
                                "at the border. An asylum officer asks why the person fears "
                                "going back; if there is a significant possibility that they "
                                "qualify for protection, their case goes to an immigration "
                                "judge.",
                                "Es la primera evaluación para muchas personas que piden asilo "
                                "en la frontera. Un oficial de asilo pregunta por qué la persona "
                                "teme regresar; si hay una posibilidad significativa de que "
                                "califique para la protección, su caso pasa a un juez de "
                                "inmigración.",
                            ),
                        ),
                        qa(
                            T(
                                "Can I bring someone to the interview?",
                                "¿Puedo llevar a alguien a la entrevista?",
                            ),
                            T(
                                "You may have a lawyer or another trusted person with you, in "
                                "the room or by phone, and you can ask for an interpreter in "
                                "your own language at no cost.",
                                "Puedes estar acompañado por un abogado u otra persona de "
                                "confianza, en la sala o por teléfono, y pedir sin costo un "
                                "intérprete en tu propio idioma.",
                            ),
                        ),
                        qa(
                            T(
                                "What if I am held in detention?",
                                "¿Y si me mantienen en detención?",
                            ),
                            T(
                                "You keep the right to ask for asylum. Write down the names of "
                                "officers and the dates of every interview, and ask for the "
                                "list of free legal service providers that every detention "
                                "centre must post.",
                                "Conservas el derecho a pedir asilo. Anota los nombres de los "
                                "oficiales y las fechas de cada entrevista, y pide la lista de "
                                "servicios legales gratuitos que todo centro de detención debe "
                                "tener a la vista.",
                            ),
                        ),
                    ],
                },
            ),
            (
                "text",
                p(
                    T(
                        "Groups that run know-your-rights sessions can print these answers from "
                        "our campaign toolkit, with posters and leaflets in both languages.",
                        "Los grupos que dan talleres sobre derechos pueden imprimir estas "
                        "respuestas desde nuestra caja de herramientas de campaña, con carteles "
                        "y folletos en ambos idiomas.",
                    )
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": T("Need help now?", "¿Necesitas ayuda ahora?"),
                    "text": p(
                        T(
                            "Our partners answer questions about asylum and detention.",
                            "Nuestras organizaciones aliadas responden preguntas sobre asilo "
                            "y detención.",
                        )
                    ),
                    "link": link(
                        T("Find a partner near you", "Encuentra una organización cercana"),
                        page=ctx.page("who-we-are"),
                    ),
                    "style": "secondary",
                },
            ),
        ],
    }


KNOW_YOUR_RIGHTS = DemoPage(
    key="know-your-rights",
    model="home.StandardPage",
    parent="home",
    title=T("Know your rights at the border", "Conoce tus derechos en la frontera"),
    slug=T("know-your-rights", "conoce-tus-derechos"),
    content=know_your_rights,
)
