"""Answers: the FAQ index, the asylum and detention FAQ, two know-your-rights guides, the shared
questions and topics they use, the "not legal advice" notice and a short audio recording.

General information written for the demo (figures with their dates from 2022 campaigns); the
phone numbers are fictional 555 numbers.
"""

import datetime
import io
import math
import struct
import wave

from ..pages import DemoDocument, DemoPage, DemoSnippet
from ..text import R, T, p

HOTLINE = "+1 555 010 0142"
DETENTION_LINE = "+1 555 010 0187"
REVIEWED = datetime.date(2026, 10, 5)
REVIEWER = T(
    "An immigration lawyer of the coalition's legal team",
    "Una abogada de inmigración del equipo legal de la coalición",
)


def answer(*paragraphs):
    return p(*paragraphs)


# Snippets -------------------------------------------------------------------------------------


def topic(key, en, es, order):
    return DemoSnippet(
        key=f"topic-{key}",
        model="faq.FAQTopic",
        content=lambda ctx: {"name": T(en, es), "sort_order": order},
    )


TOPICS = [
    topic("asylum", "Asylum", "Asilo", 10),
    topic("detention", "Detention", "Detención", 20),
    topic("alternatives", "Alternatives to detention", "Alternativas a la detención", 30),
    topic("family", "Family separation", "Separación familiar", 40),
]


def what_is_asylum(ctx):
    return {
        "question": T("What is asylum?", "¿Qué es el asilo?"),
        "anchor": "what-is-asylum",
        "answer": answer(
            T(
                "Asylum is the protection a country gives to someone who cannot go home "
                "because they fear serious harm there for who they are or what they believe: "
                "their race, religion, nationality, political opinion or a social group they "
                "belong to.",
                "El asilo es la protección que un país da a una persona que no puede volver a "
                "su país porque teme sufrir daños graves por quién es o por lo que cree: su "
                "raza, religión, nacionalidad, opinión política o un grupo social al que "
                "pertenece.",
            ),
            T(
                "A person granted asylum may stay, work, and later apply to live in the country "
                "permanently.",
                "Quien recibe asilo puede quedarse, trabajar y, más adelante, pedir la "
                "residencia permanente.",
            ),
        ),
        "sources": R(
            "<p>Refugee Convention of 1951 and its 1967 Protocol; US immigration law, "
            "section 208</p>",
            "<p>Convención sobre el Estatuto de los Refugiados de 1951 y su Protocolo de 1967; "
            "ley de inmigración de EE. UU., sección 208</p>",
        ),
    }


def can_i_be_detained(ctx):
    return {
        "question": T(
            "Can I be detained while my asylum case goes on?",
            "¿Me pueden detener mientras avanza mi caso de asilo?",
        ),
        "anchor": "can-i-be-detained",
        "answer": answer(
            T(
                "Yes. Immigration authorities may hold people who ask for asylum, especially "
                "right after they arrive. Detention is civil, not a punishment, and many people "
                "can ask to be released while their case continues.",
                "Sí. Las autoridades migratorias pueden detener a quienes piden asilo, sobre "
                "todo al llegar. La detención es civil, no un castigo, y muchas personas pueden "
                "pedir su liberación mientras sigue su caso.",
            ),
        ),
        "sources": R(
            "<p>US immigration law, section 235</p>",
            "<p>Ley de inmigración de EE. UU., sección 235</p>",
        ),
    }


def alternatives(ctx):
    return {
        "question": T(
            "What are 'alternatives to detention'?",
            "¿Qué son las «alternativas a la detención»?",
        ),
        "anchor": "alternatives-to-detention",
        "answer": answer(
            T(
                "The immigration agency's own programme of that name releases people under "
                "surveillance: ankle monitors, phone apps that check faces and locations, and "
                "frequent check-ins. On 4 July 2022 it watched 284,813 people and families.",
                "El programa de la agencia migratoria que lleva ese nombre libera a las "
                "personas bajo vigilancia: grilletes electrónicos, aplicaciones que revisan "
                "rostros y ubicaciones, y presentaciones frecuentes. El 4 de julio de 2022 "
                "vigilaba a 284,813 personas y familias.",
            ),
            T(
                "Community-based programmes are a real alternative: caseworkers, legal help and "
                "a place to stay, without surveillance.",
                "Los programas comunitarios son una alternativa real: acompañamiento, ayuda "
                "legal y un lugar donde quedarse, sin vigilancia.",
            ),
        ),
        "sources": R(
            "<p>Agency statistics, as of 4 July 2022</p>",
            "<p>Estadísticas de la agencia, al 4 de julio de 2022</p>",
        ),
    }


NOTICE_TEXT = R(
    "<p><b>This is general information, not legal advice.</b> Every case is different and "
    "laws change: talk to a lawyer or an accredited representative about yours. Many give free "
    "advice.</p>",
    "<p><b>Esta es información general, no asesoría legal.</b> Cada caso es distinto y las "
    "leyes cambian: habla de tu caso con un abogado o un representante acreditado. Muchos "
    "orientan gratis.</p>",
)

SNIPPETS = [
    *TOPICS,
    DemoSnippet("q-what-is-asylum", "faq.FAQQuestion", what_is_asylum),
    DemoSnippet("q-can-i-be-detained", "faq.FAQQuestion", can_i_be_detained),
    DemoSnippet("q-alternatives", "faq.FAQQuestion", alternatives),
    DemoSnippet(
        "legal-notice",
        "faq.LegalNotice",
        lambda ctx: {
            "name": T("Not legal advice", "No es asesoría legal"),
            "text": NOTICE_TEXT,
            "short_text": T(
                "General information, not legal advice. Talk to a lawyer about your case.",
                "Información general, no asesoría legal. Habla de tu caso con un abogado.",
            ),
        },
        setting=("faq.KnowYourRightsSettings", "legal_notice"),
    ),
]


# An audio recording: a short, quiet chime (a stand-in for a guide read aloud) -----------------


def chime():
    rate, seconds = 8000, 2
    frames = bytearray()
    for i in range(rate * seconds):
        t = i / rate
        level = math.sin(2 * math.pi * 440 * t) * math.exp(-2.5 * t) * 0.4
        frames += struct.pack("<h", int(level * 32767))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return "know-your-rights-audio.wav", buffer.getvalue()


DOCUMENTS = [DemoDocument("kyr-audio", "Demo: know your rights, read aloud", chime)]


# Pages ----------------------------------------------------------------------------------------


def answers_index(ctx):
    return {
        "intro": T(
            "Plain answers about asylum and detention, and guides to your rights that you can "
            "print, carry and read without a connection.",
            "Respuestas claras sobre el asilo y la detención, y guías de tus derechos que "
            "puedes imprimir, llevar contigo y leer sin conexión.",
        ),
        "search_description": T(
            "Questions and answers on asylum and immigration detention, and know-your-rights "
            "guides.",
            "Preguntas y respuestas sobre el asilo y la detención migratoria, y guías para "
            "conocer tus derechos.",
        ),
        "show_in_menus": True,
    }


def item(question, anchor, answer_text, sources=None):
    value = {"question": question, "anchor": anchor, "answer": answer_text}
    value["sources"] = sources or R("", "")
    return ("question", value)


def shared(ctx, key):
    return ("shared_question", ctx.snippet(key).pk)


def section(heading, anchor, intro, questions):
    return (
        "section",
        {"heading": heading, "anchor": anchor, "intro": intro, "questions": questions},
    )


def asylum_faqs(ctx):
    return {
        "topic": ctx.snippet("topic-asylum"),
        "last_reviewed": REVIEWED,
        "reviewed_by": REVIEWER,
        "intro": T(
            "What happens when you ask for protection, when you can be detained, and what "
            "can be done instead. Open a question to read its answer.",
            "Qué pasa cuando pides protección, cuándo te pueden detener y qué se puede hacer "
            "en su lugar. Abre una pregunta para leer la respuesta.",
        ),
        "search_description": T(
            "Answers to common questions on asking for asylum, immigration detention, "
            "alternatives to detention and family separation.",
            "Respuestas a preguntas frecuentes sobre cómo pedir asilo, la detención "
            "migratoria, las alternativas a la detención y la separación familiar.",
        ),
        "sections": [
            section(
                T("Asking for asylum", "Pedir asilo"),
                "asking-for-asylum",
                T("Who can ask, where and when.", "Quién puede pedirlo, dónde y cuándo."),
                [
                    shared(ctx, "q-what-is-asylum"),
                    item(
                        T("Who can ask for asylum?", "¿Quién puede pedir asilo?"),
                        "who-can-ask",
                        answer(
                            T(
                                "Anyone who is in the United States or arrives at its border "
                                "may ask, whatever their papers and however they arrived.",
                                "Cualquier persona que esté en Estados Unidos o llegue a su "
                                "frontera puede pedirlo, tenga o no papeles y haya llegado "
                                "como haya llegado.",
                            )
                        ),
                    ),
                    item(
                        T("Is there a deadline?", "¿Hay un plazo?"),
                        "deadline",
                        answer(
                            T(
                                "Usually you must apply within one year of arriving. Some "
                                "changes in your life or your country can allow a later "
                                "application; a lawyer can tell you whether one applies.",
                                "Por lo general hay que presentar la solicitud dentro del "
                                "año siguiente a la llegada. Algunos cambios en tu vida o en "
                                "tu país permiten presentarla después; un abogado puede "
                                "decirte si es tu caso.",
                            )
                        ),
                    ),
                    item(
                        T(
                            "Can I ask for asylum at the border?",
                            "¿Puedo pedir asilo en la frontera?",
                        ),
                        "at-the-border",
                        answer(
                            T(
                                "Yes. Tell the first officer you meet that you are afraid to "
                                "go back. Rules that capped daily claims or sent people back "
                                "to wait in Mexico kept many from being heard; we campaign to "
                                "end them for good.",
                                "Sí. Dile al primer agente que encuentres que tienes miedo de "
                                "volver. Las reglas que limitaban las solicitudes diarias o "
                                "devolvían a las personas a esperar en México impidieron que "
                                "muchas fueran escuchadas; luchamos para acabar con ellas "
                                "para siempre.",
                            )
                        ),
                    ),
                    item(
                        T(
                            "What is a credible fear interview?",
                            "¿Qué es la entrevista de miedo creíble?",
                        ),
                        "credible-fear-interview",
                        answer(
                            T(
                                "A first interview with an asylum officer, often while you are "
                                "detained, to decide whether your fear could win a full case. "
                                "You may have someone help you prepare, and you may ask for an "
                                "interpreter in your language.",
                                "Una primera entrevista con un oficial de asilo, muchas veces "
                                "durante la detención, para decidir si tu miedo podría ganar "
                                "un caso completo. Puedes tener ayuda para prepararte y pedir "
                                "un intérprete en tu idioma.",
                            )
                        ),
                    ),
                ],
            ),
            section(
                T("Detention", "Detención"),
                "detention",
                T("Your rights if you are held.", "Tus derechos si estás detenido."),
                [
                    shared(ctx, "q-can-i-be-detained"),
                    item(
                        T(
                            "How many people are held in immigration detention?",
                            "¿Cuántas personas están en detención migratoria?",
                        ),
                        "how-many",
                        answer(
                            T(
                                "On 11 July 2022 the immigration agency held 23,753 people.",
                                "El 11 de julio de 2022 la agencia migratoria tenía detenidas "
                                "a 23,753 personas.",
                            )
                        ),
                        R(
                            "<p>Agency statistics, as of 11 July 2022</p>",
                            "<p>Estadísticas de la agencia, al 11 de julio de 2022</p>",
                        ),
                    ),
                    item(
                        T("Can I ask to be released?", "¿Puedo pedir que me liberen?"),
                        "asking-for-release",
                        answer(
                            T(
                                "Often, yes: through parole or a bond hearing before a judge. "
                                "Letters from family and community, and an address where you "
                                "will live, make a request stronger.",
                                "Muchas veces sí: por medio de un permiso de libertad "
                                "condicional o de una audiencia de fianza ante un juez. Las "
                                "cartas de familiares y de la comunidad, y una dirección donde "
                                "vivirás, fortalecen la solicitud.",
                            )
                        ),
                    ),
                    item(
                        T("Do I have a right to a lawyer?", "¿Tengo derecho a un abogado?"),
                        "right-to-a-lawyer",
                        answer(
                            T(
                                "You have the right to be represented, but the government does "
                                "not pay for a lawyer. Ask for the list of free legal services "
                                "that every detention centre and court must have.",
                                "Tienes derecho a representación, pero el gobierno no paga el "
                                "abogado. Pide la lista de servicios legales gratuitos que "
                                "todo centro de detención y todo tribunal deben tener.",
                            )
                        ),
                    ),
                    item(
                        T("Can my family visit me?", "¿Mi familia puede visitarme?"),
                        "family-visits",
                        answer(
                            T(
                                "Yes, during visiting hours, with an identity document. "
                                "Visitors without papers should speak to a lawyer before they "
                                "go.",
                                "Sí, en horario de visita y con un documento de identidad. "
                                "Quien no tenga papeles debe hablar con un abogado antes de "
                                "ir.",
                            )
                        ),
                    ),
                ],
            ),
            section(
                T(
                    "Alternatives to detention and family separation",
                    "Alternativas a la detención y separación familiar",
                ),
                "alternatives-and-families",
                T("", ""),
                [
                    shared(ctx, "q-alternatives"),
                    item(
                        T(
                            "What is community-based welcome?",
                            "¿Qué es la acogida comunitaria?",
                        ),
                        "community-welcome",
                        R(
                            f"<p>Local groups meet people on release and walk with them through "
                            f"their case: housing, schools, clinics and court dates. Read more "
                            f'about <a linktype="page" id="{ctx.page("community-welcome").pk}">'
                            f"our welcome campaign</a>.</p>",
                            f"<p>Grupos locales reciben a las personas al salir y las acompañan "
                            f"durante su caso: vivienda, escuelas, clínicas y audiencias. Lee "
                            f'más sobre <a linktype="page" id="{ctx.page("community-welcome").pk}">'
                            f"nuestra campaña de acogida</a>.</p>",
                        ),
                    ),
                    item(
                        T(
                            "I was separated from my child. What can I do?",
                            "Me separaron de mi hijo o hija. ¿Qué puedo hacer?",
                        ),
                        "separated-from-my-child",
                        answer(
                            T(
                                "Write down your child's full name, date of birth and where "
                                "you were separated. Call the hotline below: lawyers can find "
                                "where your child is held and ask for you to be reunited.",
                                "Anota el nombre completo de tu hijo o hija, su fecha de "
                                "nacimiento y dónde los separaron. Llama a la línea de ayuda: "
                                "los abogados pueden averiguar dónde está y pedir que los "
                                "reúnan.",
                            )
                        ),
                    ),
                    item(
                        T(
                            "Does family detention still happen?",
                            "¿Sigue existiendo la detención de familias?",
                        ),
                        "family-detention",
                        answer(
                            T(
                                "In 2021 the last parents and children held together were "
                                "released, after years of pressure. We keep watch so that it "
                                "does not return.",
                                "En 2021 salieron las últimas madres, padres e hijos detenidos "
                                "juntos, tras años de presión. Seguimos vigilando para que no "
                                "vuelva.",
                            )
                        ),
                    ),
                ],
            ),
        ],
    }


def phrase(en_text, es_text, note=None):
    value = {"phrase": T(en_text, es_text), "english": en_text}
    value["note"] = note or T("", "")
    return value


def hotline(name, number, hours):
    return {"name": name, "number": number, "hours": hours}


HELPLINE = hotline(
    T("Know-your-rights hotline", "Línea de ayuda sobre tus derechos"),
    HOTLINE,
    T("Every day, 7 am to 10 pm", "Todos los días, de 7 a 22 h"),
)
DETENTION_HELPLINE = hotline(
    T("Detention and family hotline", "Línea para personas detenidas y familias"),
    DETENTION_LINE,
    T("Weekdays, 9 am to 6 pm", "De lunes a viernes, de 9 a 18 h"),
)
SILENT = phrase(
    "I want to remain silent.",
    "Quiero guardar silencio.",
    T("Say it once, then stop talking.", "Dilo una vez y deja de hablar."),
)
LAWYER = phrase("I want to speak to a lawyer.", "Quiero hablar con un abogado.")


def scenario(title, anchor, summary, do, dont, phrases=(), hotlines=()):
    return (
        "scenario",
        {
            "title": title,
            "anchor": anchor,
            "summary": summary,
            "do": list(do),
            "dont": list(dont),
            "phrases": list(phrases),
            "hotlines": list(hotlines),
        },
    )


def border_guide(ctx):
    return {
        "last_reviewed": REVIEWED,
        "reviewed_by": REVIEWER,
        "intro": T(
            "What to do and say at the border, at a checkpoint and in detention. Print the "
            "wallet card and keep it with your papers.",
            "Qué hacer y decir en la frontera, en un retén y en detención. Imprime la tarjeta "
            "y guárdala con tus papeles.",
        ),
        "search_description": T(
            "Your rights at the border, at immigration checkpoints and in detention.",
            "Tus derechos en la frontera, en los retenes migratorios y en detención.",
        ),
        "guide": [
            scenario(
                T("At the border", "En la frontera"),
                "at-the-border",
                T(
                    "You may ask for protection at the border, even without papers.",
                    "Puedes pedir protección en la frontera, aunque no tengas papeles.",
                ),
                [
                    T(
                        "Say clearly that you are afraid to go back.",
                        "Di claramente que tienes miedo de volver.",
                    ),
                    T(
                        "Ask for an interpreter if you need one.",
                        "Pide un intérprete si lo necesitas.",
                    ),
                    T(
                        "Keep copies of every paper you are given.",
                        "Guarda copia de todos los papeles que te den.",
                    ),
                ],
                [
                    T(
                        "Do not sign papers you do not understand.",
                        "No firmes papeles que no entiendas.",
                    ),
                    T(
                        "Do not lie or show false documents.",
                        "No mientas ni muestres documentos falsos.",
                    ),
                ],
                [
                    phrase(
                        "I am afraid to return to my country.", "Tengo miedo de volver a mi país."
                    )
                ],
            ),
            scenario(
                T("At a checkpoint", "En un retén"),
                "at-a-checkpoint",
                T(
                    "Officers may ask about your citizenship; you may stay silent.",
                    "Los agentes pueden preguntar por tu nacionalidad; puedes guardar silencio.",
                ),
                [
                    T(
                        "Stay calm and keep your hands where they can be seen.",
                        "Mantén la calma y las manos a la vista.",
                    ),
                    T("Ask whether you are free to go.", "Pregunta si puedes irte."),
                ],
                [
                    T("Do not run or resist.", "No corras ni te resistas."),
                    T(
                        "Do not agree to a search of your car or bag.",
                        "No aceptes que revisen tu carro o tu bolsa.",
                    ),
                ],
                [
                    SILENT,
                    phrase(
                        "I do not consent to a search.",
                        "No doy mi consentimiento para un registro.",
                    ),
                ],
            ),
            scenario(
                T("In detention", "En detención"),
                "in-detention",
                T(
                    "You have rights in detention, and people outside can help.",
                    "Tienes derechos en detención, y hay personas afuera que pueden ayudarte.",
                ),
                [
                    T(
                        "Learn your A-number by heart and give it to your family.",
                        "Apréndete tu número A y dáselo a tu familia.",
                    ),
                    T(
                        "Ask for the list of free legal services.",
                        "Pide la lista de servicios legales gratuitos.",
                    ),
                    T(
                        "Ask for medical care when you need it.",
                        "Pide atención médica cuando la necesites.",
                    ),
                ],
                [
                    T(
                        "Do not sign a voluntary departure or removal paper without a lawyer.",
                        "No firmes una salida voluntaria ni una deportación sin un abogado.",
                    ),
                ],
                [LAWYER],
                [DETENTION_HELPLINE],
            ),
            (
                "audio",
                {
                    "title": T("This guide, read aloud", "Esta guía, en audio"),
                    "audio": ctx.document("kyr-audio").pk,
                    "language": T("Spanish", "Español"),
                    "transcript": p(
                        T(
                            "You have rights whatever your papers say. At the border, say "
                            "that you are afraid to go back. At a checkpoint, you may stay "
                            "silent. In detention, ask for a lawyer and for the list of free "
                            "legal services.",
                            "Tienes derechos, digan lo que digan tus papeles. En la frontera, "
                            "di que tienes miedo de volver. En un retén, puedes guardar "
                            "silencio. En detención, pide un abogado y la lista de servicios "
                            "legales gratuitos.",
                        )
                    ),
                },
            ),
            (
                "hotlines",
                {
                    "heading": T("Call for help", "Pide ayuda"),
                    "hotlines": [HELPLINE, DETENTION_HELPLINE],
                },
            ),
        ],
        "card_heading": T("Know your rights", "Conoce tus derechos"),
        "card_rights": T(
            "You may ask for asylum at the border: say you are afraid to go back.\n"
            "You have the right to remain silent.\n"
            "Do not sign papers you do not understand.\n"
            "You may refuse a search of your car or bag.\n"
            "In detention, ask for a lawyer and the free legal services list.",
            "Puedes pedir asilo en la frontera: di que tienes miedo de volver.\n"
            "Tienes derecho a guardar silencio.\n"
            "No firmes papeles que no entiendas.\n"
            "Puedes negarte a que revisen tu carro o tu bolsa.\n"
            "En detención, pide un abogado y la lista de servicios legales gratuitos.",
        ),
        "card_hotline_name": T("Hotline", "Línea de ayuda"),
        "card_hotline_number": HOTLINE,
    }


def home_guide(ctx):
    return {
        "last_reviewed": datetime.date(2025, 11, 20),  # overdue: listed in Reports
        "reviewed_by": REVIEWER,
        "intro": T(
            "What to do if immigration officers come to your door, and how to prepare for court.",
            "Qué hacer si agentes de inmigración llegan a tu puerta y cómo prepararte para el "
            "tribunal.",
        ),
        "search_description": T(
            "Your rights at home and in immigration court.",
            "Tus derechos en casa y ante el tribunal de inmigración.",
        ),
        "guide": [
            scenario(
                T(
                    "If immigration officers come to your door",
                    "Si agentes de inmigración llegan a tu puerta",
                ),
                "at-your-door",
                T(
                    "You do not have to open the door unless they show a warrant signed by a "
                    "judge.",
                    "No tienes que abrir la puerta a menos que muestren una orden firmada por "
                    "un juez.",
                ),
                [
                    T(
                        "Keep the door closed and speak through it.",
                        "Mantén la puerta cerrada y habla a través de ella.",
                    ),
                    T(
                        "Ask them to slide any warrant under the door.",
                        "Pide que pasen la orden por debajo de la puerta.",
                    ),
                    T(
                        "Check that a judge signed it and that your name and address are right.",
                        "Revisa que la firme un juez y que tu nombre y dirección sean correctos.",
                    ),
                ],
                [
                    T(
                        "Do not open the door to look at a paper.",
                        "No abras la puerta para ver un papel.",
                    ),
                    T(
                        "Do not answer questions about where you were born.",
                        "No respondas preguntas sobre dónde naciste.",
                    ),
                ],
                [
                    phrase(
                        "I do not consent to your entry.",
                        "No doy mi consentimiento para que entren.",
                    ),
                    SILENT,
                ],
                [HELPLINE],
            ),
            scenario(
                T("In court", "En el tribunal"),
                "in-court",
                T(
                    "Going to every hearing protects your case.",
                    "Ir a cada audiencia protege tu caso.",
                ),
                [
                    T(
                        "Go to every hearing, on time, even if you have no lawyer yet.",
                        "Ve a cada audiencia, a tiempo, aunque todavía no tengas abogado.",
                    ),
                    T(
                        "Tell the court every time you move.",
                        "Avisa al tribunal cada vez que te mudes.",
                    ),
                    T(
                        "Ask the judge for more time to find a lawyer.",
                        "Pide al juez más tiempo para encontrar un abogado.",
                    ),
                ],
                [
                    T(
                        "Do not miss a hearing: you may be ordered deported.",
                        "No faltes a una audiencia: te pueden ordenar la deportación.",
                    )
                ],
                [
                    phrase(
                        "I need more time to find a lawyer.",
                        "Necesito más tiempo para encontrar un abogado.",
                    )
                ],
            ),
            ("hotlines", {"heading": T("Call for help", "Pide ayuda"), "hotlines": [HELPLINE]}),
        ],
        "card_heading": T("Know your rights", "Conoce tus derechos"),
        "card_rights": T(
            "Do not open the door without a warrant signed by a judge.\n"
            "You have the right to remain silent.\n"
            "You may refuse to let officers in or to be searched.\n"
            "Go to every court hearing and tell the court when you move.",
            "No abras la puerta sin una orden firmada por un juez.\n"
            "Tienes derecho a guardar silencio.\n"
            "Puedes negarte a que entren o a que te registren.\n"
            "Ve a cada audiencia y avisa al tribunal cuando te mudes.",
        ),
        "card_hotline_name": T("Hotline", "Línea de ayuda"),
        "card_hotline_number": HOTLINE,
    }


ANSWERS = DemoPage(
    key="answers",
    model="faq.FAQIndexPage",
    parent="home",
    title=T("Answers", "Respuestas"),
    slug=T("answers", "respuestas"),
    content=answers_index,
)

ASYLUM_FAQS = DemoPage(
    key="asylum-faqs",
    model="faq.FAQPage",
    parent="answers",
    title=T("Asylum & detention FAQs", "Preguntas frecuentes sobre asilo y detención"),
    slug=T("asylum-detention-faqs", "preguntas-asilo-detencion"),
    content=asylum_faqs,
)

BORDER_GUIDE = DemoPage(
    key="kyr-border",
    model="faq.KnowYourRightsPage",
    parent="answers",
    title=T(
        "Know your rights: at the border, at checkpoints and in detention",
        "Conoce tus derechos: en la frontera, en los retenes y en detención",
    ),
    slug=T("know-your-rights-border", "conoce-tus-derechos-frontera"),
    content=border_guide,
)

HOME_GUIDE = DemoPage(
    key="kyr-home",
    model="faq.KnowYourRightsPage",
    parent="answers",
    title=T(
        "Know your rights: at home and in court",
        "Conoce tus derechos: en casa y en el tribunal",
    ),
    slug=T("know-your-rights-home", "conoce-tus-derechos-casa"),
    content=home_guide,
)

PAGES = [ANSWERS, ASYLUM_FAQS, BORDER_GUIDE, HOME_GUIDE]
