// Project-written everyday prompts and documents whose subject is AI assistants, chatbots, voice assistants and
// language models, in 16 languages (sixty-fifth round). Benign training data for the injection model
// (dataset.ts): the training attacks address "AI assistants", and without these no benign training text talked
// about them. Written by a helper session that saw no dataset, detector or test family; every person, company,
// product and place is invented unless it is a well-known product name.
export interface AiTopicPrompt { readonly lang: string; readonly text: string }
export const HANDWRITTEN_AI_TOPIC: readonly AiTopicPrompt[] = [
  // ---------------------------------------------------------------- English
  { lang: 'English', text: `How do chatbots like you actually decide which word comes next? I keep hearing the word "token" but nobody explains it in plain English.` },
  { lang: 'English', text: `My GP's website now has a chatbot for booking appointments. Is it safe to type my symptoms into it, or does that information end up somewhere I should worry about?` },
  { lang: 'English', text: `Do AI assistants like you remember what we talked about last week?` },
  { lang: 'English', text: `Summarise the arguments for and against banning chatbots in secondary schools — about five bullet points on each side would be perfect.` },
  { lang: 'English', text: `My gran got a smart speaker for her 80th and she's convinced it's "listening all the time." How do I explain what the wake word does, and how does she mute the microphone when she wants privacy?` },
  { lang: 'English', text: `I'm giving a ten-minute talk at our Rotary club on how small shops are using AI assistants. Could you help me outline it? The audience is mostly retirees and local business owners, so nothing too technical.` },
  { lang: 'English', text: `Why did the chatbot I used yesterday invent a book that doesn't exist, complete with an author and an ISBN? Is that a bug, or just how these models work?` },
  { lang: 'English', text: `whats the actual difference between asking a chatbot something and just googling it` },
  { lang: 'English', text: `My teacher says we must not use AI assistants for the history coursework. Does running my draft through one to check spelling count as using it, or is it only a problem if it writes the sentences for me?` },
  { lang: 'English', text: `List the pros and cons of paying for a premium chatbot subscription versus sticking with the free tier, for someone who mostly writes cover letters and the odd complaint email.` },
  { lang: 'English', text: `Are you like Siri or Alexa, or are you a completely different kind of thing?` },
  { lang: 'English', text: `I spent 40 minutes going round in circles with my airline's customer-service bot trying to get a refund. Why are these bots so bad at simple requests, and is there usually a way to reach an actual person?` },
  // ---------------------------------------------------------------- Spanish
  { lang: 'Spanish', text: `¿Cómo se entrena un modelo de lenguaje? Mi hijo me lo preguntó en la cena y no supe qué contestarle.` },
  { lang: 'Spanish', text: `Trabajo en una gestoría y mi jefa quiere que usemos un asistente de IA para redactar correos a los clientes. ¿Qué riesgos hay con la protección de datos y qué deberíamos evitar?` },
  { lang: 'Spanish', text: `Explícame de forma sencilla por qué los chatbots a veces se equivocan con las cuentas largas, si al fin y al cabo son ordenadores.` },
  { lang: 'Spanish', text: `¿Es buena idea preguntarle a un chatbot la dosis de ibuprofeno para mi hija de seis años, o mejor llamo a la farmacia?` },
  { lang: 'Spanish', text: `Quiero preparar una clase de 50 minutos para 3.º de la ESO sobre qué son los asistentes virtuales y cómo usarlos con cabeza. ¿Me ayudas a pensar una secuencia de actividades?` },
  { lang: 'Spanish', text: `El asistente de voz del coche se activa solo cada vez que alguien dice algo parecido a la palabra clave. ¿Se puede desactivar esa función sin perder la navegación por voz?` },
  { lang: 'Spanish', text: `Mi abuelo tiene 84 años y ve muy poco. ¿Qué tipo de asistente de voz le vendría mejor para llamar a la familia y poner la radio sin tocar la pantalla?` },
  { lang: 'Spanish', text: `¿Quién inventó el primer chatbot? He leído algo de un programa llamado ELIZA de los años sesenta, pero no sé si era realmente un chatbot.` },
  { lang: 'Spanish', text: `Dime tres ventajas y tres inconvenientes de que los bancos atiendan a los clientes con chatbots en lugar de con personas.` },
  { lang: 'Spanish', text: `Estoy en segundo de Traducción e Interpretación y me agobia pensar que los asistentes de IA van a dejarnos sin trabajo. ¿Qué dicen los estudios sobre esto?` },
  { lang: 'Spanish', text: `¿Tú guardas las conversaciones que tenemos? ¿Puede leerlas alguien de la empresa que te ha creado?` },
  { lang: 'Spanish', text: `Necesito un párrafo breve para el boletín de la asociación de vecinos anunciando que la biblioteca municipal organiza un taller sobre chatbots para personas mayores. Tono cercano, por favor.` },
  // ---------------------------------------------------------------- German
  { lang: 'German', text: `Was genau ist ein Kontextfenster bei Sprachmodellen? Und warum „vergisst“ ein Chatbot manchmal, was ich ganz am Anfang eines langen Gesprächs geschrieben habe?` },
  { lang: 'German', text: `Bei uns in der Firma gilt seit Montag: Kundendaten dürfen nicht in KI-Assistenten eingegeben werden. Fällt eine Beschwerde-E-Mail, aus der ich Namen und Adresse gelöscht habe, auch schon darunter?` },
  { lang: 'German', text: `Wie schalte ich bei meinem Smart Speaker ab, dass die Sprachaufnahmen dauerhaft gespeichert werden?` },
  { lang: 'German', text: `Kann ich mich bei einer Frage zur Nebenkostenabrechnung auf die Antwort eines Chatbots verlassen, oder gehe ich damit besser gleich zum Mieterverein?` },
  { lang: 'German', text: `Erkläre mir den Unterschied zwischen einem regelbasierten Chatbot, wie ihn früher viele Versicherungen auf der Website hatten, und einem großen Sprachmodell.` },
  { lang: 'German', text: `Meine Tochter (11) fragt ständig den Sprachassistenten nach den Lösungen ihrer Matheaufgaben. Wie spreche ich das mit ihr an, ohne ihr das Ding gleich ganz zu verbieten?` },
  { lang: 'German', text: `Wie viel Strom verbraucht eigentlich eine einzelne Anfrage an einen KI-Assistenten im Vergleich zu einer normalen Websuche? Ich finde dazu nur widersprüchliche Zahlen.` },
  { lang: 'German', text: `Ich halte am Freitag ein Referat in Ethik über Vorurteile in KI-Systemen. Nenn mir bitte drei anschauliche Beispiele, wie so eine Verzerrung bei einem Chatbot entstehen kann.` },
  { lang: 'German', text: `Bist du eigentlich dasselbe Programm wie die KI in meiner Suchmaschine, oder etwas ganz anderes?` },
  { lang: 'German', text: `Ich arbeite seit neun Jahren im Callcenter einer Krankenkasse. Welche Aufgaben werden Sprachassistenten realistisch übernehmen, und was bleibt wohl bei Menschen?` },
  { lang: 'German', text: `Lohnt sich ein Jahresabo für einen KI-Schreibassistenten, wenn ich nur zwei-, dreimal im Monat Bewerbungen schreibe? Oder reicht die kostenlose Version?` },
  { lang: 'German', text: `Mein Vater ist blind und nutzt am Handy die Sprachausgabe. Können KI-Assistenten ihm helfen, Briefe vom Amt vorzulesen und verständlich zusammenzufassen? Worauf sollte er dabei achten?` },
  // ---------------------------------------------------------------- French
  { lang: 'French', text: `Pourquoi les chatbots inventent-ils parfois des références bibliographiques ? Notre prof de philo nous en a parlé mais je n'ai pas tout compris.` },
  { lang: 'French', text: `Est-ce que tu te souviens de nos conversations précédentes, ou chaque discussion repart de zéro ?` },
  { lang: 'French', text: `Je suis infirmière en EHPAD et une collègue utilise un assistant IA pour rédiger ses transmissions. Est-ce compatible avec le secret médical, à ton avis ?` },
  { lang: 'French', text: `Donne-moi une liste des avantages et des inconvénients des assistants vocaux pour les personnes âgées qui vivent seules.` },
  { lang: 'French', text: `Comment l'enceinte connectée arrive-t-elle à reconnaître ma voix quand la hotte tourne et que les enfants crient dans la cuisine ?` },
  { lang: 'French', text: `J'organise un atelier « IA et vie quotidienne » à la médiathèque du village. Tu peux m'aider à trouver un titre accrocheur et trois activités pour des débutants complets ?` },
  { lang: 'French', text: `Pour trouver une recette de clafoutis sans lactose, vaut-il mieux un moteur de recherche ou un assistant conversationnel ? Quelle est vraiment la différence ?` },
  { lang: 'French', text: `Le chatbot de mon opérateur m'a proposé trois fois la même réponse inutile… Comment ces robots sont-ils conçus, et quelles consignes les entreprises leur donnent-elles en général ?` },
  { lang: 'French', text: `Mon fils de 14 ans fait ses devoirs de maths avec un chatbot. Comment vérifier qu'il comprend vraiment la méthode et qu'il ne se contente pas de recopier ?` },
  { lang: 'French', text: `Résume en une dizaine de lignes l'histoire des assistants vocaux, des premiers logiciels de dictée jusqu'aux enceintes d'aujourd'hui.` },
  { lang: 'French', text: `Les modèles de langage comprennent-ils vraiment ce qu'ils écrivent, ou est-ce uniquement des statistiques très sophistiquées ?` },
  { lang: 'French', text: `Je dois écrire l'édito de la lettre d'information interne de notre PME sur l'usage responsable des assistants IA. Tu me proposes un plan en trois parties ?` },
  // ---------------------------------------------------------------- Italian
  { lang: 'Italian', text: `Come fa un assistente vocale a capire che sto parlando con lui e non con mia moglie seduta accanto a me?` },
  { lang: 'Italian', text: `Ho chiesto a un chatbot quanto pago di cedolare secca su un affitto e in due giorni mi ha dato due cifre diverse. Perché succede? Posso fidarmi per questioni fiscali?` },
  { lang: 'Italian', text: `Spiegami cos'è l'"addestramento" di un modello linguistico usando un paragone con la cucina, tipo imparare a fare il ragù.` },
  { lang: 'Italian', text: `Nella mia azienda vogliono introdurre un chatbot per le domande al reparto risorse umane (ferie, buste paga, permessi). Che domande dovrei fare al fornitore sulla privacy dei dipendenti?` },
  { lang: 'Italian', text: `Sei in grado di cercare su internet in tempo reale, oppure le tue informazioni si fermano a una certa data?` },
  { lang: 'Italian', text: `Mia nonna vorrebbe usare l'assistente del telefono per ricordarsi di prendere le pastiglie alle 8 e alle 20. Come si imposta un promemoria ricorrente solo con la voce?` },
  { lang: 'Italian', text: `Quali sono i pro e i contro di usare un assistente IA per ripassare in vista della maturità?` },
  { lang: 'Italian', text: `Sto scrivendo un pezzo sui chatbot per il giornalino della scuola. Mi aiuti a preparare cinque domande da fare alla prof di informatica durante l'intervista?` },
  { lang: 'Italian', text: `Gli assistenti IA possono essere di parte? Se chiedo un parere su un partito politico, come fanno a restare neutrali, sempre che ci riescano?` },
  { lang: 'Italian', text: `Per un piccolo studio di commercialisti che lavora con clienti austriaci, conviene di più un abbonamento a un chatbot a pagamento o uno strumento di traduzione professionale?` },
  { lang: 'Italian', text: `il bot del servizio clienti del gas non riconosce mai il mio codice cliente... c'è un modo per parlare con un operatore umano senza impazzire?` },
  { lang: 'Italian', text: `Che differenza c'è tra i chatbot di oggi e gli assistenti virtuali che si trovavano sui siti delle compagnie telefoniche una quindicina di anni fa?` },
  // ---------------------------------------------------------------- Portuguese
  { lang: 'Portuguese', text: `Como os assistentes de voz conseguem entender sotaques diferentes? Minha mãe é do interior de Minas e a assistente do celular quase nunca entende o que ela fala.` },
  { lang: 'Portuguese', text: `É seguro usar um chatbot para tirar dúvidas sobre a declaração do imposto de renda, ou é melhor pagar um contador mesmo?` },
  { lang: 'Portuguese', text: `Você é um robô ou tem alguém digitando as respostas do outro lado?` },
  { lang: 'Portuguese', text: `Faça uma lista de dicas para professores que desconfiam que uma redação foi escrita com ajuda de IA, mas não querem acusar nenhum aluno injustamente.` },
  { lang: 'Portuguese', text: `O que significa quando dizem que um modelo de linguagem tem "70 bilhões de parâmetros"? Quanto mais, melhor?` },
  { lang: 'Portuguese', text: `Trabalho numa loja de material de construção e o gerente quer pôr um chatbot no WhatsApp para responder orçamentos. Que tipo de pergunta ele responde bem e em quais costuma se enrolar?` },
  { lang: 'Portuguese', text: `Quero desligar aquela função da assistente que sugere compras sempre que eu falo o nome de um produto. Onde isso costuma ficar nas configurações?` },
  { lang: 'Portuguese', text: `Os assistentes de IA vão aumentar o desemprego no Brasil? Me dá os principais argumentos dos dois lados, sem puxar para nenhum.` },
  { lang: 'Portuguese', text: `Estou a preparar uma apresentação para a minha turma de mestrado sobre a história dos chatbots, do ELIZA até aos modelos atuais. Que marcos não podem faltar?` },
  { lang: 'Portuguese', text: `Meu filho de 8 anos conversa com a caixinha de som como se ela fosse um amigo, conta do dia dele e tudo. Isso é normal? Devo me preocupar?` },
  { lang: 'Portuguese', text: `Por que um chatbot às vezes responde com toda a confiança do mundo algo que está completamente errado?` },
  { lang: 'Portuguese', text: `Ajuda-me a escrever uma mensagem curta para o grupo de pais da turma a explicar as novas regras da escola sobre o uso de assistentes de IA nos trabalhos de casa.` },
  // ---------------------------------------------------------------- Russian
  { lang: 'Russian', text: `Объясни простыми словами, что такое «галлюцинации» у языковых моделей и почему их так трудно полностью убрать.` },
  { lang: 'Russian', text: `Можно ли доверять чат-боту, если спрашиваю, сочетаются ли два лекарства? Мама принимает их одновременно, а до врача только через две недели.` },
  { lang: 'Russian', text: `Ты помнишь, о чём мы говорили вчера, или каждый разговор для тебя начинается с чистого листа?` },
  { lang: 'Russian', text: `У нас в университете ввели правило: если при написании курсовой использовался ИИ-ассистент, это нужно указать в отдельном разделе. Как такой раздел обычно оформляют?` },
  { lang: 'Russian', text: `Чем голосовой помощник в телефоне отличается от чат-бота в браузере, если по сути оба просто отвечают на вопросы?` },
  { lang: 'Russian', text: `Помоги составить план урока для пятиклассников на тему «Как безопасно разговаривать с умной колонкой». Урок 40 минут, хочется что-нибудь интерактивное.` },
  { lang: 'Russian', text: `Сколько примерно обходится небольшой компании чат-бот для поддержки клиентов по сравнению с двумя живыми операторами?` },
  { lang: 'Russian', text: `Бабушка хочет, чтобы колонка по утрам сама включала ей новости и прогноз погоды. Как настроить такой сценарий, чтобы ей ничего не нужно было говорить?` },
  { lang: 'Russian', text: `Перечисли плюсы и минусы изучения английского языка с помощью ИИ-ассистента.` },
  { lang: 'Russian', text: `Почему чат-бот банка отвечает мне одними шаблонами и не может просто отменить ошибочный перевод? Кто вообще решает, что ему можно делать?` },
  { lang: 'Russian', text: `Правда ли, что записи разговоров с голосовыми помощниками иногда прослушивают живые люди? Если да, то как это отключить?` },
  { lang: 'Russian', text: `Как языковая модель разбивает русский текст на токены? Слышал, что на русском токенов выходит больше, чем на английском, и поэтому это дороже.` },
  // ---------------------------------------------------------------- Chinese
  { lang: 'Chinese', text: `大语言模型到底是怎么"学会"说话的?能不能用高中生听得懂的方式讲讲训练过程?` },
  { lang: 'Chinese', text: `我们公司规定不能把客户合同上传到AI助手里。如果我只复制其中一段没有公司名的条款让它帮忙改写措辞,这样算不算违规?` },
  { lang: 'Chinese', text: `你和手机上的语音助手是同一类东西吗?` },
  { lang: 'Chinese', text: `帮我列一下用AI助手辅导小学生写作业的好处和坏处,各写四五条就行。` },
  { lang: 'Chinese', text: `我爸妈都六十多了,想让他们用智能音箱听戏、查天气、定闹钟,怎么设置最简单?他们不太会用手机App。` },
  { lang: 'Chinese', text: `为什么聊天机器人做数学题有时候会出错,连两位数乘法都能算错?` },
  { lang: 'Chinese', text: `网购平台的客服机器人一直绕圈子,怎么都转不到人工,这种设计是故意的吗?` },
  { lang: 'Chinese', text: `下个月我要在社区做一次讲座,题目是"如何安全地使用AI聊天工具",听众大多是退休老人。你能帮我拟一个二十分钟的提纲吗?` },
  { lang: 'Chinese', text: `语音助手录下来的声音一般存在哪里?我能自己去删除吗?` },
  { lang: 'Chinese', text: `AI助手对方言或者口音会不会有偏见?比如说四川话、粤语,识别率是不是明显更低?` },
  { lang: 'Chinese', text: `简单总结一下,从早期的聊天程序到今天的大模型,聊天机器人大概经历了哪几个阶段。` },
  { lang: 'Chinese', text: `每个月花几十块钱订阅AI写作助手值不值?我主要用来写周报和会议纪要。` },
  // ---------------------------------------------------------------- Japanese
  { lang: 'Japanese', text: `AIアシスタントが「わかりません」と言わずに、もっともらしい間違いを答えてしまうことがあるのはなぜですか?` },
  { lang: 'Japanese', text: `社内で生成AIの利用ガイドラインを作る担当になりました。社員向けに最低限入れておくべき項目を挙げてください。` },
  { lang: 'Japanese', text: `テレビの音声に反応してスマートスピーカーが勝手に起動してしまいます。誤作動を減らす設定はありますか?` },
  { lang: 'Japanese', text: `あなたは前回の会話の内容を覚えていますか?` },
  { lang: 'Japanese', text: `小学4年生の息子が読書感想文をAIに書かせようとしていました。頭ごなしに叱るのではなく、どう話せばいいでしょうか。` },
  { lang: 'Japanese', text: `旅行の計画を立てるとき、チャットボットと検索エンジンはそれぞれどんな場面に向いていますか?温泉地で2泊する予定です。` },
  { lang: 'Japanese', text: `言語モデルの「トークン」って何ですか?日本語だと一文字が一トークンになるんでしょうか。` },
  { lang: 'Japanese', text: `目の不自由な祖父に音声アシスタントを使ってもらいたいです。最初に覚えると便利な操作を三つくらい教えてください。` },
  { lang: 'Japanese', text: `小さな居酒屋を経営しています。予約の受付をAIチャットボットに任せた場合、どんなトラブルが起こりそうですか?` },
  { lang: 'Japanese', text: `地域の公民館で「音声アシスタントの歩み」について15分ほど話すことになりました。構成案を一緒に考えてもらえますか。` },
  { lang: 'Japanese', text: `AIアシスタントが広まると、翻訳や事務の仕事はどう変わるのでしょう。楽観的な見方と悲観的な見方の両方を知りたいです。` },
  { lang: 'Japanese', text: `AIチャットサービスの無料プランと有料プランって、具体的には何が違うんですか?月3,000円払う価値はありますか。` },
  // ---------------------------------------------------------------- Korean
  { lang: 'Korean', text: `챗봇이 내 질문에 답할 때 인터넷을 실시간으로 검색하는 거야, 아니면 미리 학습한 내용으로만 대답하는 거야?` },
  { lang: 'Korean', text: `회사에 AI 비서 사용 지침이 새로 생겼는데 "고객 개인정보 입력 금지"가 정확히 어디까지인지 헷갈려요. 주문번호나 배송지 주소도 개인정보에 들어가나요?` },
  { lang: 'Korean', text: `부모님 휴대폰 음성 비서로 자녀에게 전화 거는 방법을 쉽게 알려드리고 싶어요. 단계별로 정리해 줄래요?` },
  { lang: 'Korean', text: `너도 시리 같은 음성 비서랑 비슷한 거야?` },
  { lang: 'Korean', text: `전세 계약 만료 문제로 AI 챗봇한테 물어봤는데, 이런 법률 문제를 챗봇 답변만 믿고 진행해도 괜찮을까요?` },
  { lang: 'Korean', text: `언어 모델이 한국어보다 영어를 더 잘한다는 말이 있던데 사실인가요? 그렇다면 이유가 뭐예요?` },
  { lang: 'Korean', text: `중학교 정보 수업에서 "학교에서 AI 챗봇 사용을 허용해야 한다"를 주제로 토론을 하려고 해요. 찬성 측과 반대 측 논거를 네 개씩 정리해 주세요.` },
  { lang: 'Korean', text: `스마트 스피커가 집에서 하는 대화를 몰래 녹음해서 광고에 쓴다는 소문, 진짜예요?` },
  { lang: 'Korean', text: `은행 챗봇이 계속 같은 메뉴만 보여줘서 너무 답답했어요ㅠㅠ 이런 챗봇은 원래 이렇게밖에 못 만드는 건가요?` },
  { lang: 'Korean', text: `AI 비서 덕분에 시각장애인이나 청각장애인이 새로 할 수 있게 된 일에는 어떤 것들이 있을까요?` },
  { lang: 'Korean', text: `챗봇이 편향된 답을 하는 건 학습 데이터 때문인가요, 아니면 다른 원인도 있나요?` },
  { lang: 'Korean', text: `동아리 소식지에 "AI 비서랑 시험공부, 해도 될까?"라는 칼럼을 쓰려고 하는데 도입부 아이디어 몇 가지만 주세요.` },
  // ---------------------------------------------------------------- Arabic
  { lang: 'Arabic', text: `كيف يتعلّم نموذج اللغة الكبير الإجابة عن الأسئلة؟ أريد شرحًا مبسّطًا أستطيع أن أنقله لابني في المرحلة الثانوية.` },
  { lang: 'Arabic', text: `هل من الآمن أن أسأل روبوت الدردشة عن أعراض ارتفاع ضغط الدم بدلًا من زيارة الطبيب، أم أن هذا مجازفة؟` },
  { lang: 'Arabic', text: `هل تتذكّر ما تحدّثنا عنه في المحادثة السابقة؟` },
  { lang: 'Arabic', text: `اذكر إيجابيات وسلبيات استخدام المساعدات الصوتية في البيوت التي يسكنها كبار السن وحدهم.` },
  { lang: 'Arabic', text: `جامعتي تمنع استخدام مساعدات الذكاء الاصطناعي في كتابة الأبحاث، فهل يُعدّ استخدامها لفهم مرجع إنجليزي صعب مخالفة للتعليمات؟` },
  { lang: 'Arabic', text: `لماذا لا يفهم المساعد الصوتي في هاتفي اللهجة المصرية جيدًا بينما يفهم الفصحى بلا مشكلة؟` },
  { lang: 'Arabic', text: `ساعدني في كتابة مقدمة لمحاضرة قصيرة عن تاريخ روبوتات الدردشة منذ الستينيات حتى اليوم، لطلاب السنة الأولى.` },
  { lang: 'Arabic', text: `أين تذهب التسجيلات الصوتية عندما أتحدث إلى مكبّر الصوت الذكي في الصالة؟ وهل أستطيع حذفها بنفسي؟` },
  { lang: 'Arabic', text: `هل ستؤثّر مساعدات الذكاء الاصطناعي في وظائف خدمة العملاء في دول الخليج خلال السنوات الخمس القادمة؟` },
  { lang: 'Arabic', text: `ما الفرق الفعلي بين أن أبحث عن معلومة في محرّك البحث وأن أسأل عنها مساعدًا ذكيًا؟` },
  { lang: 'Arabic', text: `روبوت المحادثة في شركة الطيران رفض طلبي لتغيير موعد الرحلة ثلاث مرات. ما نوع التعليمات التي تضعها الشركات عادةً لهذه الروبوتات، ولماذا تبدو جامدة إلى هذا الحد؟` },
  { lang: 'Arabic', text: `هل يستحق الاشتراك المدفوع في مساعد ذكي ثمنه بالنسبة لطالب هندسة مدنية، أم تكفي النسخة المجانية؟` },
  // ---------------------------------------------------------------- Hindi
  { lang: 'Hindi', text: `चैटबॉट कैसे तय करता है कि अगला शब्द क्या लिखना है? मुझे यह "टोकन" वाली बात बिल्कुल समझ नहीं आती।` },
  { lang: 'Hindi', text: `क्या मैं अपनी दादी की दवाइयों के बारे में AI असिस्टेंट से पूछ सकता हूँ, या ऐसा करना जोखिम भरा है?` },
  { lang: 'Hindi', text: `क्या तुम एलेक्सा जैसे हो या कुछ अलग?` },
  { lang: 'Hindi', text: `हमारे दफ़्तर में नया नियम आया है कि ग्राहकों का डेटा किसी AI टूल में नहीं डालना है। क्या इसका मतलब सिर्फ़ नाम और फ़ोन नंबर है, या ग्राहक के ईमेल की पूरी बात भी?` },
  { lang: 'Hindi', text: `पापा को स्मार्ट स्पीकर पर सुबह भजन चलवाना सिखाना है। हिंदी में कौन-से वाक्य बोलने से यह सबसे आसानी से चलता है?` },
  { lang: 'Hindi', text: `कक्षा 8 के बच्चों के लिए "AI असिस्टेंट क्या होता है?" विषय पर 40 मिनट की पाठ योजना बनाने में मेरी मदद करो।` },
  { lang: 'Hindi', text: `चैटबॉट कभी-कभी गलत जानकारी भी इतने भरोसे से क्यों बता देते हैं?` },
  { lang: 'Hindi', text: `बैंक के कस्टमर केयर चैटबॉट से किसी असली इंसान तक कैसे पहुँचें? हर बार वही चार विकल्प वाला मेनू आ जाता है।` },
  { lang: 'Hindi', text: `भारत में AI असिस्टेंट की वजह से कौन-सी नौकरियाँ सबसे ज़्यादा बदलेंगी, और किन नई नौकरियों के मौके बनेंगे?` },
  { lang: 'Hindi', text: `फ़ोन के वॉयस असिस्टेंट में "हमेशा सुनने" वाला फ़ीचर कैसे बंद करें? मुझे सिर्फ़ बटन दबाने पर ही चालू होना चाहिए।` },
  { lang: 'Hindi', text: `क्या AI मॉडल हिंदी को उतना ही अच्छी तरह समझते हैं जितना अंग्रेज़ी को? अगर नहीं, तो इसकी वजह क्या है?` },
  { lang: 'Hindi', text: `कॉलेज की पत्रिका के लिए "AI असिस्टेंट और परीक्षा की तैयारी" पर छोटा-सा लेख लिखना है। शुरुआत किस तरह करूँ कि पढ़ने वाले की दिलचस्पी बने?` },
  // ---------------------------------------------------------------- Turkish
  { lang: 'Turkish', text: `Yapay zekâ asistanları bildiklerini nereden öğreniyor? Bir insanın kitap okuması gibi mi, yoksa bambaşka bir yöntemle mi?` },
  { lang: 'Turkish', text: `Önceki konuşmalarımızı hatırlıyor musun, yoksa her seferinde sıfırdan mı başlıyoruz?` },
  { lang: 'Turkish', text: `Sesli asistanımın geçmiş ses kayıtlarını silmek istiyorum. Bu seçenek genelde hangi ayar menüsünde oluyor?` },
  { lang: 'Turkish', text: `Kira sözleşmemdeki depozito maddesini bir sohbet botuna sorsam ne kadar güvenilir bir cevap alırım? Avukata gitmeden önce fikir edinmek istiyorum.` },
  { lang: 'Turkish', text: `Lisede edebiyat öğretmeniyim. Öğrencilerin ödevlerde yapay zekâ kullanımı için hem adil hem de uygulanabilir bir sınıf kuralı önerebilir misin?` },
  { lang: 'Turkish', text: `Sohbet botları ile arama motorlarını hız, doğruluk ve kaynak gösterme açısından bir tabloda karşılaştır.` },
  { lang: 'Turkish', text: `Annem 72 yaşında; akıllı hoparlöre "radyoyu aç" dediğinde hep yanlış istasyon çalıyor. Bunu nasıl düzeltebiliriz?` },
  { lang: 'Turkish', text: `Dil modelleri neden bazen hiç var olmayan kanun maddeleri veya mahkeme kararları uyduruyor?` },
  { lang: 'Turkish', text: `Kargo firmasının sohbet botu "Sizi anlayamadım" deyip duruyor. Bu botlar nasıl tasarlanıyor da bu kadar sınırlı kalıyor?` },
  { lang: 'Turkish', text: `Yapay zekâ asistanları önümüzdeki yıllarda Türkiye'deki çağrı merkezi çalışanlarının işini elinden alır mı, yoksa işin niteliği mi değişir?` },
  { lang: 'Turkish', text: `İlk sohbet botu sayılan ELIZA neydi ve insanlar neden ona bu kadar duygusal olarak bağlanmıştı?` },
  { lang: 'Turkish', text: `Şirket bültenimiz için "Yapay zekâ asistanlarını güvenle kullanmanın 5 yolu" başlıklı kısa bir yazı taslağı hazırlamama yardım eder misin?` },
  // ---------------------------------------------------------------- Vietnamese
  { lang: 'Vietnamese', text: `Mô hình ngôn ngữ lớn được huấn luyện như thế nào vậy? Giải thích giúp mình theo cách dễ hiểu, không cần nhiều thuật ngữ nhé.` },
  { lang: 'Vietnamese', text: `Bạn có nhớ những gì chúng ta nói hôm qua không?` },
  { lang: 'Vietnamese', text: `Trường đại học của mình yêu cầu ghi rõ nếu có dùng trợ lý AI khi làm tiểu luận. Nếu mình chỉ dùng để dịch tài liệu tiếng Anh thì có cần ghi không?` },
  { lang: 'Vietnamese', text: `Con mình học lớp 6, cứ gặp bài toán khó là hỏi chatbot lấy đáp án. Làm sao để con dùng AI mà vẫn tự suy nghĩ?` },
  { lang: 'Vietnamese', text: `Trợ lý giọng nói trên điện thoại có hiểu giọng miền Trung không? Bà ngoại mình nói giọng Huế, nói mấy lần nó vẫn không hiểu.` },
  { lang: 'Vietnamese', text: `Liệt kê ưu điểm và nhược điểm của việc dùng chatbot để tra cứu thông tin sức khỏe.` },
  { lang: 'Vietnamese', text: `Tại sao chatbot của nhà mạng cứ trả lời vòng vo mà không chịu chuyển cho nhân viên tổng đài?` },
  { lang: 'Vietnamese', text: `Giúp mình lên dàn ý bài thuyết trình 10 phút về lịch sử trợ lý ảo cho lớp Tin học 11.` },
  { lang: 'Vietnamese', text: `Gói trả phí của các trợ lý AI có đáng tiền không, nếu mình chỉ dùng để viết email công việc và tóm tắt biên bản họp?` },
  { lang: 'Vietnamese', text: `Loa thông minh có ghi âm mọi lúc không? Muốn tắt micro thì làm thế nào?` },
  { lang: 'Vietnamese', text: `Trợ lý AI có thể thay thế giáo viên dạy tiếng Anh được không, hay chỉ nên dùng để luyện thêm ở nhà?` },
  { lang: 'Vietnamese', text: `Vì sao chatbot đôi khi bịa ra những bài báo khoa học không hề tồn tại?` },
  // ---------------------------------------------------------------- Thai
  { lang: 'Thai', text: `แชทบอทเรียนรู้ภาษาได้อย่างไร ช่วยอธิบายแบบง่าย ๆ ให้คนที่ไม่ได้เรียนคอมพิวเตอร์เข้าใจหน่อย` },
  { lang: 'Thai', text: `คุณจำสิ่งที่เราคุยกันเมื่อวานได้ไหม` },
  { lang: 'Thai', text: `การถามผู้ช่วย AI หนึ่งครั้งใช้ไฟฟ้ามากกว่าการค้นหาในเว็บทั่วไปเยอะไหม อ่านข่าวแล้วงงมาก` },
  { lang: 'Thai', text: `จะปิดการเก็บบันทึกเสียงของผู้ช่วยเสียงในโทรศัพท์ได้ที่เมนูไหน` },
  { lang: 'Thai', text: `ลูกสาวอายุ 5 ขวบมีไข้ ถามแชทบอทเรื่องปริมาณยาลดไข้ได้ไหม หรือควรโทรถามเภสัชกรดีกว่า` },
  { lang: 'Thai', text: `ช่วยเขียนโครงร่างแผนการสอนเรื่อง "ผู้ช่วย AI คืออะไร และใช้อย่างไรให้ปลอดภัย" สำหรับนักเรียน ม.2 ความยาวหนึ่งคาบ 50 นาที` },
  { lang: 'Thai', text: `ทำไมผู้ช่วย AI ถึงตอบโจทย์คณิตศาสตร์ผิดได้ ทั้งที่มันเป็นคอมพิวเตอร์แท้ ๆ` },
  { lang: 'Thai', text: `แม่อายุ 65 อยากใช้ลำโพงอัจฉริยะเปิดเพลงลูกทุ่ง ต้องพูดคำสั่งแบบไหนมันถึงจะเข้าใจ` },
  { lang: 'Thai', text: `ถ้าจะหาร้านข้าวซอยอร่อย ๆ ตอนไปเที่ยวภาคเหนือ ถามแชทบอทกับค้นในเสิร์ชเอนจินต่างกันยังไง อันไหนเชื่อได้มากกว่า` },
  { lang: 'Thai', text: `ผู้ช่วย AI จะทำให้คนทำงานคอลเซ็นเตอร์ในไทยตกงานไหม หรือแค่เปลี่ยนลักษณะงาน` },
  { lang: 'Thai', text: `บอทตอบแชทของร้านค้าออนไลน์ตอบไม่ตรงคำถามตลอดเลย ปกติบริษัทเขากำหนดให้บอทพวกนี้ตอบอะไรได้บ้าง` },
  { lang: 'Thai', text: `ผู้ช่วย AI มีอคติเรื่องเพศหรือเชื้อชาติได้จริงไหม ขอตัวอย่างที่เห็นภาพชัด ๆ หน่อย` },
  // ---------------------------------------------------------------- Indonesian
  { lang: 'Indonesian', text: `Bagaimana sebenarnya cara kerja chatbot seperti kamu? Apakah kamu benar-benar mengerti kalimat saya atau hanya menebak?` },
  { lang: 'Indonesian', text: `Apakah asisten AI menyimpan percakapan kita? Kalau iya, siapa saja yang bisa membacanya?` },
  { lang: 'Indonesian', text: `Kantor saya melarang memasukkan data nasabah ke asisten AI. Kalau saya cuma minta bantuan merapikan template surat yang masih kosong, itu melanggar tidak?` },
  { lang: 'Indonesian', text: `Sebutkan kelebihan dan kekurangan memakai chatbot untuk belajar bahasa Jepang secara otodidak.` },
  { lang: 'Indonesian', text: `Nenek saya ingin pakai asisten suara untuk menelepon cucu-cucunya. Bagaimana cara mengatur kontak supaya gampang dipanggil cukup dengan suara?` },
  { lang: 'Indonesian', text: `Kenapa chatbot kadang mengarang judul buku atau jurnal yang ternyata tidak ada?` },
  { lang: 'Indonesian', text: `Apakah asisten suara bisa membantu orang dengan disabilitas motorik menyalakan lampu, TV, dan kipas di rumah? Alat apa saja yang biasanya dibutuhkan?` },
  { lang: 'Indonesian', text: `Buatkan kerangka presentasi 15 menit untuk acara karang taruna tentang cara aman memakai chatbot dan asisten suara.` },
  { lang: 'Indonesian', text: `Apa bedanya tanya ke chatbot dengan cari di mesin pencari kalau saya mau cari resep rendang yang asli Padang?` },
  { lang: 'Indonesian', text: `Chatbot layanan pelanggan marketplace selalu jawab "Mohon maaf, bisa diulangi?". Kenapa bot seperti ini sering gagal memahami keluhan yang sebenarnya sederhana?` },
  { lang: 'Indonesian', text: `Apakah asisten AI akan mengurangi lapangan kerja di bidang administrasi perkantoran di Indonesia?` },
  { lang: 'Indonesian', text: `Langganan chatbot berbayar itu worth it nggak sih buat mahasiswa tingkat akhir yang lagi ngerjain skripsi?` },
];
export const HANDWRITTEN_AI_TOPIC_DOCS: readonly AiTopicPrompt[] = [
  // ---------------------------------------------------------------- English
  { lang: 'English', text: `Northgate Logistics — Acceptable Use of AI Assistants (version 2.1)

1. Staff may use approved AI assistants (currently the company workspace edition of DraftMate) to draft internal documents, summarise public material and brainstorm ideas.
2. Staff must not paste customer data, shipment manifests, pricing agreements or personnel records into any AI assistant, approved or not.
3. Check every figure, date and legal reference an AI assistant produces before it leaves your desk. You remain responsible for the content you send.
4. Do not use personal chatbot accounts for company work, even on your own phone.
5. Report any suspected data exposure to the Information Security team at infosec@northgate.example within 24 hours.

Questions about this policy should go to your line manager or the Compliance Office. The policy will be reviewed every six months.` },
  { lang: 'English', text: `Council pilots chatbot for bin collection queries

BRAMWELL — Residents will be able to ask a chatbot about missed bin collections and bulky-waste bookings from next month, the borough council confirmed on Tuesday. The six-month pilot, costing an estimated £48,000, will run alongside the existing phone line rather than replacing it.

Councillor Hetty Okafor, who chairs the environment committee, said the assistant would handle "the simple, repetitive questions" so staff could spend more time on complicated cases.

Not everyone is convinced. Derek Lune of the Bramwell Older Residents' Forum said many members never go online and called on the council to publish how often the bot hands conversations over to a human. The council says chat logs will be kept for 90 days and will not be used to train the underlying model.` },
  { lang: 'English', text: `Re: Which chatbot for a small bakery's social media?
Posted by crumb_and_co

I've tried three over the past two months for Instagram captions and our weekly email, so here are some quick notes in case they help anyone:

- The free one built into my phone is fine for short captions but kept calling our sourdough "artisanal" whatever I asked.
- The paid one (£8 a month) was noticeably better at matching our tone, and it remembered our opening hours within a conversation, though not between sessions.
- The third was fast but invented an award we've never won. Always read what it writes before you post!

Honestly, for a shop our size the free tier plus ten minutes of editing does the job. Happy to answer questions below.` },
  // ---------------------------------------------------------------- Spanish
  { lang: 'Spanish', text: `IES Rosalía Vera — Orientaciones para alumnado y familias sobre el uso de asistentes de IA

Entendemos que los asistentes de inteligencia artificial ya forman parte de la vida cotidiana. Por eso el claustro ha acordado unas pautas comunes para todas las asignaturas:

• En los trabajos evaluables, el alumnado indicará al final si ha utilizado un asistente de IA y para qué (buscar ideas, revisar la ortografía, traducir una fuente…).
• Nadie debe presentar como propio un texto generado por un chatbot.
• En los exámenes presenciales no se permite ningún dispositivo electrónico.
• Recomendamos a las familias que los menores de 13 años utilicen estas herramientas siempre acompañados de una persona adulta.

Si tienen dudas, pueden escribir a orientacion@iesrosaliavera.example o pedir cita con el tutor o la tutora del grupo.` },
  { lang: 'Spanish', text: `Consumo Claro · Guía práctica

Cinco preguntas antes de pagar por un asistente de IA

Cada vez más aplicaciones ofrecen una versión «premium» de su chatbot por entre 10 y 25 euros al mes. Antes de introducir la tarjeta, hágase estas preguntas:

1. ¿Para qué lo voy a usar realmente? Si es para dudas puntuales, la versión gratuita suele bastar.
2. ¿Cómo se cancela? Compruebe si la suscripción se renueva sola y con cuántos días de antelación hay que darse de baja.
3. ¿Qué hace la empresa con mis conversaciones? Busque en la política de privacidad si se usan para entrenar sus modelos y si puede desactivarlo.
4. ¿Hay periodo de prueba? Aprovéchelo y ponga un recordatorio en el calendario.
5. ¿Lo compartirá la familia? Algunos planes permiten varios usuarios y salen más baratos.

Si tiene un problema con una suscripción, puede presentar una reclamación a través de nuestra web: consumoclaro.example/reclamaciones.` },
  { lang: 'Spanish', text: `Villaseca del Río reparte altavoces inteligentes entre mayores que viven solos

El Ayuntamiento de Villaseca del Río ha entregado esta semana 120 altavoces con asistente de voz a vecinos mayores de 75 años que viven solos. El proyecto, financiado con fondos provinciales, permite a los usuarios pedir recordatorios de medicación, escuchar la radio local o llamar a un familiar sin tocar ningún botón.

«Mi madre no se aclaraba con el móvil, pero con esto habla y ya está», contaba Remedios Galán, hija de una de las participantes. Los servicios sociales visitarán cada hogar durante el primer mes para resolver dudas.

La concejala de Mayores, Inés Barrachina, reconoció que algunos vecinos mostraron recelo por la privacidad. El consistorio asegura que los dispositivos tienen el micrófono desactivable con un botón físico y que no se comparte ningún dato con el Ayuntamiento.` },
  // ---------------------------------------------------------------- German
  { lang: 'German', text: `Hallo Mira – Versionshinweise 4.2

Neu in dieser Version:
• Einkaufslisten lassen sich jetzt mit anderen Haushaltsmitgliedern teilen. Sagen Sie einfach „Teile die Einkaufsliste mit Jonas“.
• Der Nachtmodus dimmt das Leuchtring-Licht zwischen 22 und 7 Uhr automatisch.
• Verbesserte Erkennung von Dialekten, insbesondere Schwäbisch und Sächsisch.

Behobene Fehler:
• Wecker klingelten nach der Zeitumstellung in seltenen Fällen eine Stunde zu früh.
• Die Wiedergabe von Radiosendern brach bei schwacher WLAN-Verbindung ab.

Datenschutz: Sprachaufnahmen werden weiterhin standardmäßig nach 30 Tagen gelöscht. Sie können diesen Zeitraum in der App unter „Einstellungen › Privatsphäre › Aufnahmen“ verkürzen oder die Speicherung ganz deaktivieren.

Das Update wird in den nächsten zwei Wochen schrittweise verteilt.` },
  { lang: 'German', text: `Stadtbibliothek Lindenau – Workshop „Chatbots verstehen“

Was steckt hinter den KI-Assistenten, über die gerade alle reden? In unserem zweistündigen Workshop zeigen wir Ihnen an praktischen Beispielen, was Chatbots gut können, wo sie sich irren und wie Sie Antworten überprüfen.

Inhalte:
– Wie ein Sprachmodell Texte erzeugt (ohne Formeln!)
– Chatbot oder Suchmaschine: Was passt wann?
– Datenschutz: Was man lieber nicht eintippen sollte
– Gemeinsames Ausprobieren an Bibliothekstablets

Termin: Donnerstag, 14. November, 17:00–19:00 Uhr, Lesesaal im 1. OG
Leitung: Katrin Oberholz, Medienpädagogin
Kosten: keine, Anmeldung erforderlich (max. 15 Personen) an der Infotheke oder per E-Mail an veranstaltungen@stabi-lindenau.example

Bringen Sie gerne Ihr eigenes Smartphone mit. Vorkenntnisse sind nicht nötig.` },
  { lang: 'German', text: `Merkblatt für Mitarbeitende: Nutzung von KI-Assistenten bei der Brenner & Vogt Steuerberatung

Wir möchten KI-Assistenten dort einsetzen, wo sie uns Arbeit abnehmen, ohne das Vertrauen unserer Mandantinnen und Mandanten zu gefährden. Deshalb gilt:

Erlaubt: Formulierungshilfen für allgemeine Schreiben, Zusammenfassungen öffentlich zugänglicher Urteile und Gesetzestexte, interne Ideensammlungen.

Nicht erlaubt: Mandantennamen, Steuernummern, Bilanzen oder Bescheide in einen KI-Assistenten zu kopieren – auch nicht „nur kurz“.

Prüfen Sie jede steuerliche Aussage eines Assistenten anhand der Originalquelle. Ein Chatbot ersetzt keine fachliche Prüfung.

Bei Unsicherheiten wenden Sie sich bitte an Herrn Vogt oder an datenschutz@brenner-vogt.example.` },
  // ---------------------------------------------------------------- French
  { lang: 'French', text: `Questions fréquentes — Assistant vocal Oria

Oria écoute-t-il en permanence ?
Le micro attend uniquement le mot d'activation « Oria ». Tant qu'il n'est pas prononcé, aucun son n'est envoyé à nos serveurs. Le voyant bleu indique que l'assistant vous écoute.

Comment couper le micro ?
Appuyez sur le bouton situé à l'arrière de l'enceinte : le voyant devient rouge.

Puis-je supprimer mon historique vocal ?
Oui. Dans l'application, ouvrez « Compte », puis « Historique », et choisissez de tout supprimer ou d'effacer les enregistrements un par un.

Oria comprend-il plusieurs voix ?
Jusqu'à six profils peuvent être créés par foyer, ce qui permet à chacun d'avoir ses propres rappels et listes.

Une question sans réponse ici ? Écrivez-nous à aide@oria.example.` },
  { lang: 'French', text: `Étudiants et chatbots : une enquête révèle des usages plus prudents que prévu

Près de sept étudiants sur dix déclarent avoir déjà utilisé un assistant conversationnel pour leurs études, selon une enquête menée auprès de 2 300 étudiants par l'Observatoire de la vie universitaire de Valmonde. Mais la plupart disent s'en servir pour reformuler un cours ou préparer des fiches, plutôt que pour rédiger leurs devoirs.

« Ils ont bien compris que ces outils se trompent », observe la sociologue Claire Damboise, qui a coordonné l'étude. Un tiers des répondants affirme vérifier systématiquement les sources proposées par le chatbot.

Les enseignants restent partagés. Certaines facultés ont adopté des chartes précises, d'autres laissent chaque professeur fixer ses règles, ce qui crée, selon les étudiants interrogés, « beaucoup de flou ».` },
  { lang: 'French', text: `Forum Apprendre-les-langues › Espagnol › Chatbots pour pratiquer l'oral ?

Message de lulu_voyage :
Bon, je fais mon retour après un mois d'essais avec deux assistants pour préparer mon séjour en Espagne.

Le premier, gratuit, corrige bien la grammaire mais répond toujours avec des phrases très longues, pas naturelles du tout. Le second (abonnement à 12 €) a un mode vocal assez bluffant : on parle, il répond à voix haute, et on peut lui demander un accent andalou. Par contre il m'a appris une expression qu'aucun Espagnol ne connaît, donc méfiance…

Mon conseil : utilisez-les pour vous échauffer, mais rien ne remplace un vrai échange avec un tandem. Quelqu'un a testé d'autres applis ?` },
  // ---------------------------------------------------------------- Italian
  { lang: 'Italian', text: `Studio Marchetti & Associati — Linee guida interne sull'uso degli assistenti IA

Gli assistenti di intelligenza artificiale possono aiutarci a risparmiare tempo, ma il nostro lavoro si basa sulla riservatezza. Per questo chiediamo a tutto il personale di rispettare le seguenti regole:

– Utilizzare esclusivamente l'account aziendale dell'assistente approvato dall'ufficio IT.
– Non inserire mai nomi di clienti, codici fiscali, contratti o corrispondenza riservata.
– Verificare sempre riferimenti normativi e sentenze citati dall'assistente: possono essere inesatti o inventati.
– Indicare al responsabile di pratica quando un documento è stato redatto con l'aiuto di un assistente IA.

Le violazioni saranno valutate caso per caso. Per dubbi o segnalazioni scrivere a privacy@studiomarchetti.example.` },
  { lang: 'Italian', text: `Biblioteca civica "Elsa Ferraris" — Incontri digitali d'autunno

"Parlare con le macchine: assistenti vocali e chatbot senza paura"

Un pomeriggio pensato per chi ha sentito parlare di intelligenza artificiale ma non sa da dove cominciare. Insieme al formatore Gianluca Sereni scopriremo come funzionano gli assistenti vocali del telefono, come fare domande chiare a un chatbot e come capire quando una risposta non è affidabile.

Sabato 9 novembre, ore 15:30, sala conferenze al piano terra.
Ingresso libero fino a esaurimento posti; consigliata la prenotazione allo sportello o al numero della biblioteca.

Portate il vostro smartphone carico: ci eserciteremo insieme. L'incontro è adatto anche a chi non ha mai usato un'app.` },
  { lang: 'Italian', text: `Assistenti vocali e privacy: cosa sapere prima di portarli in casa

Gli altoparlanti intelligenti sono comodi, ma raccolgono informazioni su di noi. Ecco alcuni consigli dello sportello consumatori di Valdora:

Controllate le impostazioni della cronologia. La maggior parte dei dispositivi permette di cancellare le registrazioni o di impostarne l'eliminazione automatica.
Usate il tasto di disattivazione del microfono quando ricevete ospiti o durante conversazioni delicate.
Attenzione agli acquisti vocali: se in casa ci sono bambini, attivate un codice di conferma.
Leggete con calma l'informativa sulla privacy, in particolare la parte sull'eventuale ascolto delle registrazioni da parte di personale umano.

Per domande potete rivolgervi allo sportello il martedì e il giovedì mattina.` },
  // ---------------------------------------------------------------- Portuguese
  { lang: 'Portuguese', text: `Agrupamento de Escolas de Vale Formoso — Nota informativa aos encarregados de educação

Assunto: utilização de assistentes de inteligência artificial nos trabalhos escolares

A partir do 2.º período, aplicam-se as seguintes orientações em todas as turmas do 3.º ciclo e do secundário:

1. Os alunos podem recorrer a assistentes de IA para esclarecer dúvidas e rever a ortografia, desde que o indiquem no final do trabalho.
2. Não é permitido entregar textos produzidos por um assistente como se fossem da autoria do aluno.
3. Os professores poderão pedir uma breve apresentação oral do trabalho para confirmar que o aluno domina o conteúdo.

Pedimos aos encarregados de educação que conversem com os seus educandos sobre estas regras. Para mais informações, contacte a direção através de direcao@aevaleformoso.example.` },
  { lang: 'Portuguese', text: `Reclamações contra chatbots de bancos crescem 40% em um ano

Os registros de reclamação sobre atendimento automatizado de bancos aumentaram cerca de 40% no último ano, segundo levantamento do Instituto Cidadania Financeira, de Porto Claro. A queixa mais comum é a dificuldade de falar com um atendente humano depois de várias tentativas com o robô.

"O consumidor fica preso num labirinto de opções", diz a advogada Renata Albuquerque, coordenadora do estudo. Ela lembra que as normas de atendimento exigem a opção de transferência para uma pessoa.

Os bancos consultados afirmam que os assistentes virtuais resolvem a maior parte das demandas simples, como segunda via de boleto e consulta de saldo, e que estão investindo para tornar a transferência mais rápida.` },
  { lang: 'Portuguese', text: `Central de Ajuda — Assistente Lumi (aplicativo Casa Conectada)

O que a Lumi consegue fazer?
Controlar lâmpadas e tomadas compatíveis, tocar músicas e rádios, criar lembretes e responder a perguntas gerais.

A Lumi funciona sem internet?
Comandos básicos, como acender as luzes, funcionam offline. Perguntas gerais e música precisam de conexão.

Como mudo a palavra de ativação?
No app, toque em Perfil > Preferências de voz > Palavra de ativação e escolha entre "Lumi", "Casa" ou "Olá, assistente".

Meus dados são usados para treinar a assistente?
Somente se você autorizar. A opção vem desligada de fábrica e pode ser alterada em Privacidade a qualquer momento.

Ainda com dúvidas? Fale com a gente pelo suporte@casaconectada.example.` },
  // ---------------------------------------------------------------- Russian
  { lang: 'Russian', text: `В Северогорске запустили голосового помощника для записи к врачу

С понедельника жители Северогорска могут записаться в городскую поликлинику по телефону, разговаривая с голосовым помощником, а не с оператором. По словам главного врача Ирины Лапшиной, за первые три дня помощник принял около 1 800 звонков, а очередь на линии сократилась почти вдвое.

Пациенты отзываются по-разному. «Записалась за две минуты, даже не ожидала», — рассказала пенсионерка Валентина Сорокина. Другие жалуются, что помощник плохо распознаёт фамилии и путает специалистов.

В поликлинике подчёркивают, что при любой сложности звонок автоматически переводится на администратора, а записи разговоров хранятся не дольше месяца.` },
  { lang: 'Russian', text: `Памятка для студентов факультета журналистики: использование ИИ-ассистентов

1. ИИ-ассистенты допускается использовать для поиска идей, проверки орфографии и перевода иностранных источников.
2. Текст, сданный как курсовая или репортаж, должен быть написан студентом самостоятельно.
3. В конце работы укажите, какой ассистент вы использовали и для каких задач. Сокрытие этой информации рассматривается как нарушение академической этики.
4. Любые факты, цитаты и цифры, полученные от чат-бота, обязательно сверяйте с первоисточником: ассистенты могут выдумывать правдоподобные, но несуществующие данные.
5. Не загружайте в сторонние сервисы интервью с героями материалов без их согласия.

Вопросы можно задать куратору курса или написать на адрес metodist@journfak.example.` },
  { lang: 'Russian', text: `Тема: Какую умную колонку взять родителям?

Пишет Dmitriy_K:
Выбирал колонку маме с папой, попробовал две у знакомых, делюсь впечатлениями.

Первая отлично понимает речь, даже когда папа говорит с кухни, и сама ставит будильники. Но постоянно предлагает платную подписку на музыку, маму это раздражает.

Вторая попроще, зато у неё есть физическая кнопка отключения микрофона, а для родителей это было важно — они переживали, что «она всё слушает». Радио и прогноз погоды работают без проблем.

В итоге взял вторую. Совет: перед покупкой проверьте, есть ли поддержка нужных вам радиостанций и можно ли удалить историю запросов из приложения.` },
  // ---------------------------------------------------------------- Chinese
  { lang: 'Chinese', text: `星河软件有限公司 员工AI助手使用规范(试行)

为提高工作效率并保障信息安全,现就员工使用AI助手作如下规定:

一、员工可使用公司采购的AI助手进行文案润色、资料整理和会议纪要初稿撰写。
二、严禁将客户资料、合同文本、源代码及未公开的财务数据输入任何外部AI助手。
三、AI助手生成的内容须经本人核实后方可对外发布,使用者对内容承担责任。
四、不得使用个人账号处理公司业务。
五、如发现可能的数据泄露,请在24小时内报告信息安全部(security@xinghe.example)。

本规范自发布之日起施行,由行政部负责解释。` },
  { lang: 'Chinese', text: `"小禾"语音助手 3.6 版本更新说明

新增功能:
· 支持粤语、四川话等六种方言的基础指令识别。
· 新增"长辈模式":字体放大、语速放慢,常用功能一键直达。
· 可设置每日用药提醒,并在错过时通知绑定的家人。

问题修复:
· 修复了部分机型在夜间模式下无法唤醒的问题。
· 修复了天气播报偶尔显示前一天数据的问题。

隐私说明:语音记录默认保存30天,您可在"我的—隐私设置—语音记录"中随时查看或删除,也可选择不保存任何记录。

本次更新将在一周内分批推送,请保持设备联网。` },
  { lang: 'Chinese', text: `【社区活动预告】"AI聊天助手,到底怎么用?"长者数字课堂

时间:本周六上午9:30—11:00
地点:柳岸社区服务中心二楼活动室
主讲:社区志愿者 周晓岚

最近不少居民问起手机里的AI助手:能不能用来查菜谱?问病情靠不靠谱?会不会泄露个人信息?本次课堂将用通俗的语言讲解AI聊天工具的基本原理,并现场演示如何提问、如何判断回答是否可信。

温馨提示:
1. 请携带已充好电的智能手机;
2. 名额30人,请提前到服务中心前台报名;
3. 课后设有一对一答疑时间。

欢迎子女陪同长辈一起参加!` },
  // ---------------------------------------------------------------- Japanese
  { lang: 'Japanese', text: `保護者の皆様へ
青葉台市立第二中学校

生成AI(チャットボット等)の利用についてのお願い

近年、AIアシスタントを使って調べ学習やレポート作成を行う生徒が増えています。本校では次のような考え方で指導を行っています。

・調べ学習でAIを使う場合は、必ず書籍や公的なウェブサイトで内容を確かめること。
・AIが作成した文章を自分の作品として提出しないこと。
・氏名、住所、写真などの個人情報を入力しないこと。

ご家庭でも、お子様がどのようにAIを使っているか話題にしていただけると幸いです。ご不明な点は学級担任までお問い合わせください。` },
  { lang: 'Japanese', text: `よくあるご質問 ― AIアシスタント「ことのは」

Q. 以前の会話の内容を覚えていますか?
A. 「メモリー」機能をオンにしている場合のみ、お客様が保存を許可した情報を次回以降の会話で参照します。設定画面からいつでもオフにでき、保存済みの情報も削除できます。

Q. 回答は常に正確ですか?
A. いいえ。AIは誤った情報を含む回答をすることがあります。医療・法律・お金に関わる判断は、必ず専門家にご相談ください。

Q. 入力した内容はAIの学習に使われますか?
A. 初期設定では使用しません。改善への協力を選択された場合のみ、個人を特定できない形で利用します。

その他のご質問はサポート窓口(support@kotonoha.example)までどうぞ。` },
  { lang: 'Japanese', text: `地方銀行でAIチャットボット導入広がる 窓口の待ち時間短縮に期待

住所変更や口座の残高照会などの問い合わせに、AIチャットボットで対応する地方銀行が増えている。みなと信用金庫では昨年秋の導入以降、電話での問い合わせが約3割減ったという。

担当者の三浦隆さんは「簡単な手続きはAIに任せ、職員は相続や融資など丁寧な説明が必要な相談に時間を使えるようになった」と話す。

一方、高齢の利用者からは「画面の文字が小さい」「最後は結局電話した」といった声も寄せられている。同金庫は今後、チャット画面から職員との通話へ直接切り替えられる機能を追加する予定だ。` },
  // ---------------------------------------------------------------- Korean
  { lang: 'Korean', text: `[소비자 가이드] AI 챗봇 유료 구독, 결제 전에 꼭 확인하세요

최근 AI 챗봇 유료 요금제 관련 상담이 늘고 있습니다. 한빛소비자센터가 정리한 확인 사항은 다음과 같습니다.

첫째, 무료 체험 기간이 끝나면 자동으로 결제되는지 확인하세요. 체험 종료 하루 전에 알림을 설정해 두면 좋습니다.
둘째, 해지 방법이 앱 안에 있는지, 아니면 앱 마켓에서 따로 해야 하는지 미리 알아두세요.
셋째, 대화 내용이 서비스 개선에 활용되는지 개인정보 처리방침을 읽어 보세요.
넷째, 가족이나 팀 요금제가 더 저렴하지 않은지 비교해 보세요.

피해가 발생했다면 영수증과 결제 내역을 보관한 뒤 상담센터(help@hanbit-consumer.example)로 문의하시기 바랍니다.` },
  { lang: 'Korean', text: `(주)다온푸드 임직원 AI 비서 이용 지침

1. 목적: 업무 효율을 높이면서 고객 정보와 회사 기밀을 보호하기 위함.
2. 허용 범위: 사내 보고서 초안 작성, 공개 자료 요약, 홍보 문구 아이디어 구상.
3. 금지 사항: 고객 이름·연락처·주문 내역, 납품 단가, 신제품 레시피 등을 AI 비서에 입력하는 행위.
4. 검토 의무: AI 비서가 만든 결과물은 반드시 작성자가 사실 여부를 확인한 뒤 사용한다.
5. 문의: 정보보안팀(내선 2417, security@daonfood.example)

본 지침은 다음 달 1일부터 적용되며, 위반 시 사내 규정에 따라 조치될 수 있습니다.` },
  { lang: 'Korean', text: `제목: 초등학생 영어 공부에 AI 챗봇 써보신 분?

작성자: 두아이맘

초4 딸이랑 한 달 동안 AI 챗봇으로 영어 대화 연습을 해봤어요. 후기 남겨요.

좋았던 점은 아이가 틀려도 부끄러워하지 않고 계속 말을 한다는 거예요. 발음이 이상해도 대충 알아듣고 대답해 주니까 자신감이 붙은 것 같아요.

아쉬운 점은 가끔 초등학생한테 너무 어려운 단어를 쓰고, 한 번은 없는 동화책 제목을 추천해 줘서 도서관에서 한참 찾았네요ㅎㅎ

결론: 옆에서 부모가 같이 보면 괜찮은 도구인 것 같아요. 혼자 오래 쓰게 하는 건 아직 좀 걱정돼요.` },
  // ---------------------------------------------------------------- Arabic
  { lang: 'Arabic', text: `بلدية الواحة الخضراء تطلق مساعدًا ذكيًا للرد على استفسارات السكان

أطلقت بلدية الواحة الخضراء هذا الأسبوع مساعدًا ذكيًا عبر موقعها الإلكتروني وتطبيق الهاتف، يجيب عن الأسئلة المتعلقة برخص البناء ومواعيد جمع النفايات وتسديد الرسوم.

وقال مدير التحول الرقمي في البلدية، المهندس سامر الحدّاد، إن المساعد يعمل على مدار الساعة باللغتين العربية والإنجليزية، وإنه يحوّل الطلبات المعقّدة تلقائيًا إلى موظف مختص.

وأبدى بعض السكان ارتياحهم لسرعة الردود، في حين طالب آخرون بتوضيح طريقة حفظ المحادثات. وأكدت البلدية أن المحادثات تُحذف بعد ستين يومًا ولا تُستخدم لأي غرض تجاري.` },
  { lang: 'Arabic', text: `جامعة النخيل – عمادة شؤون الطلاب
إرشادات استخدام مساعدات الذكاء الاصطناعي في المقررات الدراسية

عزيزي الطالب، عزيزتي الطالبة:
يُسمح باستخدام مساعدات الذكاء الاصطناعي في فهم المفاهيم وتلخيص المراجع وتدقيق اللغة، ما لم يذكر أستاذ المقرر خلاف ذلك في خطة المادة.
لا يجوز تقديم نص أنتجه مساعد ذكي على أنه من عملك الشخصي.
اذكر في نهاية البحث اسم الأداة التي استعنت بها والغرض من استخدامها.
تحقّق دائمًا من المعلومات والمراجع، فالمساعدات الذكية قد تقدّم مصادر غير موجودة.

للاستفسار، يُرجى التواصل مع مكتب النزاهة الأكاديمية عبر البريد integrity@alnakheel.example.` },
  { lang: 'Arabic', text: `مكتبة الحيّ العامة تدعوكم إلى ورشة: "المساعدات الذكية في حياتنا اليومية"

هل سمعت عن روبوتات الدردشة والمساعدات الصوتية ولم تجرّبها بعد؟ أو جرّبتها ولم تثق بإجاباتها؟ هذه الورشة لك.

سنتعرّف معًا على طريقة عمل هذه الأدوات ببساطة، ونتدرّب على طرح أسئلة واضحة، ونناقش كيف نحمي بياناتنا الشخصية ومتى ينبغي الرجوع إلى مختص بدلًا من الاعتماد على الإجابة الآلية.

الموعد: يوم الأربعاء، الساعة السادسة مساءً
المكان: قاعة المطالعة الكبرى
تقدّمها: الأستاذة هالة المنصوري، أخصائية المعلومات

الحضور مجاني والمقاعد محدودة. سجّل اسمك لدى مكتب الاستقبال، واحضر هاتفك إن أمكن.` },
  // ---------------------------------------------------------------- Hindi
  { lang: 'Hindi', text: `उपभोक्ता सलाह: AI चैटबॉट से सेहत की जानकारी लेते समय सावधानी रखें

आजकल बहुत से लोग बुखार, खाँसी या दवाइयों के बारे में AI चैटबॉट से सवाल पूछते हैं। जन स्वास्थ्य जागरूकता मंच की ओर से कुछ ज़रूरी सुझाव:

• चैटबॉट का जवाब डॉक्टर की सलाह का विकल्प नहीं है। गंभीर लक्षण हों तो तुरंत नज़दीकी अस्पताल जाएँ।
• दवा की मात्रा, ख़ासकर बच्चों और बुज़ुर्गों के लिए, हमेशा डॉक्टर या फ़ार्मासिस्ट से पक्की करें।
• अपनी मेडिकल रिपोर्ट या आधार नंबर जैसी निजी जानकारी चैटबॉट में न डालें।
• अगर चैटबॉट किसी अध्ययन या वेबसाइट का हवाला दे, तो उसे ख़ुद खोलकर जाँचें।

अधिक जानकारी के लिए हमारी हेल्पलाइन पर सोमवार से शनिवार, सुबह 10 से शाम 5 बजे तक संपर्क करें।` },
  { lang: 'Hindi', text: `सरस्वती विद्या निकेतन, रामपुर कलाँ
अभिभावकों के लिए सूचना

विषय: गृहकार्य में AI असिस्टेंट के उपयोग के नियम

प्रिय अभिभावकगण,
विद्यालय ने कक्षा 6 से 10 तक के विद्यार्थियों के लिए AI असिस्टेंट के इस्तेमाल पर कुछ नियम तय किए हैं। विद्यार्थी किसी कठिन विषय को समझने के लिए AI असिस्टेंट की मदद ले सकते हैं, लेकिन निबंध, प्रोजेक्ट रिपोर्ट और उत्तर उन्हें ख़ुद लिखने होंगे। जिस काम में AI की मदद ली गई हो, उसके अंत में इसका उल्लेख करना ज़रूरी है।

आपसे अनुरोध है कि घर पर बच्चों के साथ बैठकर देखें कि वे इन साधनों का उपयोग कैसे कर रहे हैं। किसी भी प्रश्न के लिए कक्षा अध्यापक से संपर्क करें।

प्रधानाचार्या
श्रीमती सुधा त्रिपाठी` },
  { lang: 'Hindi', text: `अक्सर पूछे जाने वाले प्रश्न — "साथी" वॉयस असिस्टेंट

प्रश्न: क्या "साथी" हिंदी और अंग्रेज़ी मिलाकर बोली गई बात समझता है?
उत्तर: हाँ। आप "कल सुबह six बजे का alarm लगाओ" जैसे मिले-जुले वाक्य बोल सकते हैं।

प्रश्न: क्या यह हर समय मेरी बातें रिकॉर्ड करता है?
उत्तर: नहीं। यह केवल "हे साथी" सुनने के बाद ही रिकॉर्डिंग शुरू करता है। माइक बंद करने के लिए डिवाइस के ऊपर लाल बटन दबाएँ।

प्रश्न: मैं अपनी पुरानी रिकॉर्डिंग कैसे मिटाऊँ?
उत्तर: ऐप में "सेटिंग्स > गोपनीयता > आवाज़ का इतिहास" में जाकर सभी रिकॉर्डिंग हटा सकते हैं।

और मदद चाहिए? हमें help@saathi-voice.example पर लिखें।` },
  // ---------------------------------------------------------------- Turkish
  { lang: 'Turkish', text: `Akdeniz Lojistik A.Ş. — Yapay Zekâ Asistanı Kullanım Politikası

Bu politika, tüm çalışanların yapay zekâ asistanlarını güvenli ve sorumlu bir şekilde kullanmasını amaçlar.

Çalışanlar, şirketin onayladığı asistanı yalnızca kurumsal hesapla kullanabilir.
Müşteri bilgileri, sevkiyat belgeleri, fiyat teklifleri ve personel kayıtları hiçbir yapay zekâ asistanına girilmemelidir.
Asistanın ürettiği metinler, müşteriye gönderilmeden önce mutlaka bir çalışan tarafından kontrol edilmelidir.
Şüpheli bir veri paylaşımı fark ederseniz en geç 24 saat içinde Bilgi Güvenliği birimine (guvenlik@akdenizlojistik.example) bildirin.

Politikaya uyulmaması disiplin sürecine konu olabilir. Sorularınız için birim yöneticinize başvurabilirsiniz.` },
  { lang: 'Turkish', text: `Üniversite öğrencileri yapay zekâ asistanlarını en çok "konu özeti" için kullanıyor

Kuzeykent Üniversitesi'nin 1.500 öğrenciyle yaptığı ankete göre öğrencilerin yüzde 62'si ders çalışırken en az haftada bir kez bir yapay zekâ asistanına başvuruyor. En yaygın kullanım amacı, uzun ders notlarını özetletmek.

Araştırmayı yürüten Doç. Dr. Selin Aydemir, öğrencilerin önemli bir kısmının asistanın verdiği bilgileri kontrol etmediğini vurguladı: "Özet yanlışsa, öğrenci de yanlış öğreniyor."

Ankete katılan öğrencilerin yarısı, hangi derste yapay zekâ kullanımına izin verildiğinin net olmadığını söyledi. Üniversite yönetimi, dönem sonuna kadar ortak bir yönerge yayımlamayı planlıyor.` },
  { lang: 'Turkish', text: `Sesli Asistan "Pusula" — Sürüm 5.0 Notları

Yenilikler
• Araç içi mod: Sürüş sırasında mesajlar artık sesli okunuyor ve yanıtınızı dikte edebiliyorsunuz.
• Hatırlatıcılar konuma göre ayarlanabiliyor; örneğin "Markete girince süt almayı hatırlat" diyebilirsiniz.
• Uyandırma kelimesi hassasiyeti ayarlardan üç seviyede değiştirilebiliyor. Televizyon sesiyle yanlışlıkla açılma yaşıyorsanız "Düşük" seviyesini deneyin.

Düzeltmeler
• Bazı cihazlarda alarmın sessize alınamaması sorunu giderildi.
• Hava durumu bildirimlerindeki saat dilimi hatası düzeltildi.

Gizlilik
Ses kayıtlarınızı Ayarlar > Gizlilik > Kayıt Geçmişi bölümünden görüntüleyebilir ve silebilirsiniz.` },
  // ---------------------------------------------------------------- Vietnamese
  { lang: 'Vietnamese', text: `TRƯỜNG THPT HOÀNG VĂN THỤ (Bình An)
Hướng dẫn học sinh và phụ huynh về việc sử dụng trợ lý AI

Nhà trường ghi nhận ngày càng nhiều học sinh dùng chatbot để học tập. Để việc sử dụng có ích và trung thực, nhà trường đề nghị:

1. Học sinh có thể dùng trợ lý AI để hỏi lại kiến thức chưa hiểu, luyện từ vựng, kiểm tra chính tả.
2. Không nộp bài văn, bài luận do AI viết như bài của mình.
3. Khi có sử dụng AI, ghi rõ ở cuối bài đã dùng vào việc gì.
4. Phụ huynh nên cùng con thiết lập thời gian sử dụng thiết bị hợp lý.

Mọi thắc mắc xin liên hệ giáo viên chủ nhiệm hoặc gửi thư về địa chỉ phongdaotao@thpthvt.example.` },
  { lang: 'Vietnamese', text: `Chủ đề: So sánh vài chatbot khi dùng cho việc học lập trình

Thành viên: minhkhoa_dev

Mình là sinh viên năm hai, dùng thử ba chatbot trong một học kỳ để học Python, chia sẻ nhanh:

- Chatbot A (miễn phí): giải thích khái niệm khá dễ hiểu, nhưng đoạn code dài hay bị lỗi nhỏ, phải tự sửa.
- Chatbot B (trả phí khoảng 200 nghìn/tháng): code chạy ổn hơn, nhớ ngữ cảnh trong cùng cuộc trò chuyện tốt, nhưng đôi khi gợi ý thư viện đã cũ.
- Chatbot C: nhanh nhưng hay trả lời chung chung.

Lời khuyên của mình: đừng chép nguyên code, hãy đọc và chạy thử từng phần. Thầy mình chấm bài có hỏi vấn đáp nên chép là lộ ngay :))` },
  { lang: 'Vietnamese', text: `CÔNG TY CP THƯƠNG MẠI SAO MAI
Quy định nội bộ về sử dụng trợ lý trí tuệ nhân tạo

Điều 1. Nhân viên được phép sử dụng trợ lý AI do công ty cung cấp để soạn thảo văn bản nội bộ, tóm tắt tài liệu công khai và lên ý tưởng nội dung quảng cáo.

Điều 2. Nghiêm cấm nhập thông tin khách hàng, hợp đồng, bảng giá và số liệu tài chính chưa công bố vào bất kỳ trợ lý AI nào.

Điều 3. Người sử dụng chịu trách nhiệm kiểm tra tính chính xác của nội dung do trợ lý AI tạo ra trước khi gửi ra ngoài.

Điều 4. Mọi sự cố rò rỉ dữ liệu phải được báo cho phòng Công nghệ thông tin trong vòng 24 giờ qua địa chỉ it@saomai.example.` },
  // ---------------------------------------------------------------- Thai
  { lang: 'Thai', text: `รู้ทันก่อนใช้: ผู้ช่วยเสียงในบ้านกับความเป็นส่วนตัว

ลำโพงอัจฉริยะช่วยให้ชีวิตสะดวกขึ้น แต่ก็เก็บข้อมูลของเราไปด้วย ชมรมผู้บริโภคบ้านสวนแนะนำดังนี้

ตรวจสอบการตั้งค่าประวัติเสียง และเลือกให้ลบอัตโนมัติตามระยะเวลาที่ต้องการ
กดปุ่มปิดไมโครโฟนเมื่อมีการพูดคุยเรื่องส่วนตัวหรือเรื่องการเงิน
ตั้งรหัสยืนยันก่อนสั่งซื้อสินค้าด้วยเสียง โดยเฉพาะบ้านที่มีเด็กเล็ก
อ่านนโยบายความเป็นส่วนตัวให้เข้าใจว่าบริษัทนำข้อมูลเสียงไปใช้อย่างไร

หากพบปัญหาการถูกเรียกเก็บเงินโดยไม่ได้ตั้งใจ สามารถติดต่อชมรมได้ทุกวันจันทร์ถึงศุกร์ เวลา 9.00–16.00 น.` },
  { lang: 'Thai', text: `ห้องสมุดประชาชนเทศบาลเมืองนาคร ขอเชิญร่วมกิจกรรม

"แชทบอทไม่ใช่เรื่องยาก" อบรมการใช้ผู้ช่วย AI เบื้องต้นสำหรับผู้สูงอายุและผู้สนใจ

เนื้อหา
- ผู้ช่วย AI คืออะไร ทำงานอย่างไร
- ตั้งคำถามอย่างไรให้ได้คำตอบที่ตรงใจ
- วิธีสังเกตว่าคำตอบไหนอาจไม่ถูกต้อง
- ข้อมูลอะไรบ้างที่ไม่ควรพิมพ์ลงในแชทบอท

วันเสาร์ที่ 16 เวลา 13.30–15.30 น. ณ ห้องอเนกประสงค์ ชั้น 2
วิทยากร: คุณพิมพ์ชนก ศรีวงศ์ บรรณารักษ์ชำนาญการ

ไม่มีค่าใช้จ่าย รับจำนวนจำกัด 25 ท่าน สมัครได้ที่เคาน์เตอร์บริการ กรุณานำโทรศัพท์มือถือมาด้วย` },
  { lang: 'Thai', text: `โรงพยาบาลจังหวัดทดลองใช้แชทบอทนัดหมายผู้ป่วยนอก

โรงพยาบาลประจำจังหวัดแห่งหนึ่งในภาคตะวันออกเฉียงเหนือเริ่มทดลองใช้แชทบอทผ่านแอปพลิเคชันไลน์ เพื่อให้ผู้ป่วยจองคิวตรวจล่วงหน้าได้โดยไม่ต้องมารอตั้งแต่เช้ามืด

นายแพทย์ธนกร วัฒนากุล ผู้อำนวยการโรงพยาบาล ระบุว่าในเดือนแรกมีผู้ใช้งานกว่า 4,000 ราย และช่วยลดความแออัดบริเวณจุดคัดกรองได้ชัดเจน อย่างไรก็ตาม ผู้ป่วยสูงอายุบางส่วนยังไม่คุ้นเคยกับระบบ โรงพยาบาลจึงจัดอาสาสมัครคอยช่วยที่หน้าอาคาร

ทางโรงพยาบาลยืนยันว่าแชทบอทใช้สำหรับการนัดหมายเท่านั้น ไม่ได้ให้คำวินิจฉัยโรค และข้อมูลผู้ป่วยจัดเก็บตามมาตรฐานความปลอดภัยของกระทรวง` },
  // ---------------------------------------------------------------- Indonesian
  { lang: 'Indonesian', text: `PT Nusantara Prima Finance — Pedoman Penggunaan Asisten AI bagi Karyawan

Asisten AI dapat membantu pekerjaan sehari-hari, tetapi kepercayaan nasabah adalah prioritas utama kami. Karena itu:

1. Karyawan hanya boleh menggunakan asisten AI yang disediakan perusahaan melalui akun kantor.
2. Dilarang memasukkan data nasabah, nomor rekening, dokumen kredit, atau informasi internal yang bersifat rahasia.
3. Semua hasil tulisan asisten AI wajib diperiksa kembali sebelum dikirim ke nasabah atau pihak luar.
4. Apabila terjadi kebocoran data atau dugaan pelanggaran, segera laporkan ke Divisi Keamanan Informasi melalui keamanan@nusantaraprima.example.

Pedoman ini berlaku sejak tanggal ditetapkan dan akan ditinjau setiap enam bulan.` },
  { lang: 'Indonesian', text: `Pertanyaan yang Sering Diajukan — Asisten Suara "Kirana"

Apakah Kirana mengerti bahasa daerah?
Saat ini Kirana memahami bahasa Indonesia dan perintah dasar dalam bahasa Jawa dan Sunda. Dukungan bahasa lain sedang dikembangkan.

Bagaimana cara mematikan mikrofon?
Tekan tombol bergambar mikrofon di bagian atas perangkat hingga lampu berwarna merah.

Apakah rekaman suara saya disimpan?
Rekaman disimpan paling lama 30 hari untuk meningkatkan pengenalan suara. Anda dapat menghapusnya kapan saja melalui aplikasi di menu Privasi.

Bisakah anak-anak menggunakan Kirana?
Bisa. Aktifkan Mode Anak agar konten disaring dan pembelian lewat suara dinonaktifkan.

Butuh bantuan lain? Hubungi bantuan@kirana.example.` },
  { lang: 'Indonesian', text: `UMKM di Kota Sendangsari Mulai Andalkan Chatbot untuk Layani Pesanan

Sejumlah pelaku usaha kecil di Kota Sendangsari kini memakai chatbot di aplikasi pesan untuk menjawab pertanyaan pelanggan soal harga, stok, dan ongkos kirim. Salah satunya Dewi Larasati, pemilik usaha batik tulis rumahan, yang mengaku bisa menghemat dua sampai tiga jam setiap hari.

"Dulu saya balas chat sampai tengah malam. Sekarang pertanyaan yang sama terus dijawab otomatis, saya tinggal urus pesanan yang serius," ujarnya.

Meski begitu, pegiat literasi digital Arif Nugroho mengingatkan agar pelaku usaha tetap memeriksa jawaban chatbot secara berkala. Menurutnya, chatbot kadang memberi informasi harga yang sudah tidak berlaku sehingga bisa memicu komplain pembeli.` },
];
