// Project-written everyday prompts and documents that name AI products (ChatGPT, Claude, Gemini, Copilot, Siri, Alexa, ...),
// in 16 languages (sixty-fifth round). Benign training data for the injection model (dataset.ts): the public jailbreaks
// address "ChatGPT" by name hundreds of times and almost no benign training text named it, so every prompt that did
// ("Is ChatGPT good at maths?") scored as an attack. Written by a helper session that saw no dataset, detector or test
// family; people, companies and places are invented; product names are real.
export interface AiProductText { readonly lang: string; readonly text: string }
export const HANDWRITTEN_AI_PRODUCTS: readonly AiProductText[] = [
  // English
  { lang: 'English', text: `Is ChatGPT Plus worth $20 a month if I mostly use it to plan meals and keep a budget? I'm a retired teacher and I don't code at all.` },
  { lang: 'English', text: `My daughter's school says Gemini is fine for brainstorming but not for writing final essays. How would a teacher even tell the difference?` },
  { lang: 'English', text: `ChatGPT gave me this banana bread recipe but it calls for 3 tablespoons of baking soda for one loaf, which seems like way too much. Can you check the quantities? 2 cups flour, 3 tbsp baking soda, 1/2 cup butter, 3 ripe bananas, 2 eggs.` },
  { lang: 'English', text: `Summarize the pros and cons of GitHub Copilot for a five-person web agency that mostly builds WordPress sites.` },
  { lang: 'English', text: `how do i export all my old chatgpt conversations before i cancel my account` },
  { lang: 'English', text: `Alexa keeps mishearing my mum's name when she calls out for help — she has a strong Glaswegian accent. Are there any settings we could try, or is a different speaker better for her?` },
  { lang: 'English', text: `I'm giving a five-minute talk at our library's tech café about how GPT-4 differs from the original ChatGPT. Could you help me outline it for an audience that's mostly over seventy?` },
  { lang: 'English', text: `Honestly, is Claude better than ChatGPT for debugging Python, or is that just Reddit hype?` },
  { lang: 'English', text: `Why does Perplexity show its sources but still sometimes cite a page that doesn't actually say what the answer claims?` },
  { lang: 'English', text: `What's the real difference between Midjourney and DALL-E if all I want is a cute dinosaur picture for my grandson's birthday card?` },
  { lang: 'English', text: `My boss wants a one-paragraph policy on using ChatGPT at work. We're a small dental clinic with six staff. Can you draft something friendly but clear about never typing in patient details?` },
  { lang: 'English', text: `Who built the very first chatbot? I keep reading about ELIZA and I'm curious how it compares to something like Siri.` },

  // Spanish
  { lang: 'Spanish', text: `¿Es verdad que ChatGPT se equivoca con las sumas? Mi hijo de doce años lo usa para revisar los deberes de mates y me da un poco de miedo.` },
  { lang: 'Spanish', text: `Quiero regalarle a mi abuela un altavoz con Alexa. ¿Se puede configurar todo en español desde mi móvil aunque ella viva en Zaragoza y yo en Sevilla?` },
  { lang: 'Spanish', text: `Le pregunté a ChatGPT cuántos días de vacaciones me tocan con un contrato a media jornada y me dijo que 15 naturales. ¿Eso es correcto en España?` },
  { lang: 'Spanish', text: `¿Qué diferencia hay entre Gemini y el antiguo Bard? ¿Fue solo un cambio de nombre o cambió algo más?` },
  { lang: 'Spanish', text: `Escríbeme un correo breve para mi equipo explicando que, a partir de junio, la empresa paga las licencias de ChatGPT Team y que hay una formación el día 12.` },
  { lang: 'Spanish', text: `¿Cómo se borra el historial de Copilot en Windows 11? No quiero que mis compañeros de piso vean lo que le pregunto.` },
  { lang: 'Spanish', text: `Estoy preparando una clase de historia para 4.º de la ESO sobre inteligencia artificial. ¿Me ayudas a montar una línea de tiempo desde ELIZA hasta GPT-4o, con cinco o seis hitos?` },
  { lang: 'Spanish', text: `Jaja, ¿por qué Siri entiende "llama a mamá" como "llama a Ramón"? Tiene gracia, pero ya me ha pasado tres veces.` },
  { lang: 'Spanish', text: `¿Mistral es una empresa francesa? Leí que algunos de sus modelos se pueden usar gratis y quería saber si valen para traducir contratos.` },
  { lang: 'Spanish', text: `Mi jefa dice que usar ChatGPT para redactar informes es hacer trampa. Yo lo veo como usar un corrector ortográfico, pero con más ayuda. ¿Tú qué opinas?` },
  { lang: 'Spanish', text: `Hazme una lista de ventajas e inconvenientes de DeepSeek frente a Claude y ChatGPT para resumir artículos científicos largos.` },
  { lang: 'Spanish', text: `¿Cuánto cuesta Midjourney al mes? ¿Y se puede pagar con PayPal o solo con tarjeta?` },

  // German
  { lang: 'German', text: `Darf ich ChatGPT für meine Bachelorarbeit nutzen, wenn ich es im Methodenteil angebe? Meine Uni hat dazu bisher nichts Eindeutiges veröffentlicht.` },
  { lang: 'German', text: `Wie stelle ich bei Alexa eine männliche Stimme ein? Meine Kinder fänden das lustig.` },
  { lang: 'German', text: `ChatGPT meinte, ich müsse meine Steuererklärung bis zum 31. Mai abgeben. Stimmt das für das Steuerjahr 2024 noch, oder hat sich die Frist verschoben?` },
  { lang: 'German', text: `Kannst du mir erklären, warum Microsoft Copilot in Word manchmal Zahlen in Tabellen einfach erfindet?` },
  { lang: 'German', text: `Was ist eigentlich der Unterschied zwischen Llama und Mistral? Das sind doch beides offene Modelle, oder?` },
  { lang: 'German', text: `Ich schreibe den Rundbrief für unseren Kleingartenverein „Sonnenwinkel" und möchte kurz erklären, wie man mit GPT-4o per Foto Blattkrankheiten erkennen kann. Hilfst du mir mit einem Absatz?` },
  { lang: 'German', text: `Lohnt sich Perplexity Pro für jemanden, der viel für Hausarbeiten recherchiert, oder reicht die kostenlose Version völlig aus?` },
  { lang: 'German', text: `Mein Vater ist 78 und würde ChatGPT gern ausprobieren, hat aber Angst, dass seine Daten verkauft werden. Wie erkläre ich ihm das Thema Datenschutz ohne Fachchinesisch?` },
  { lang: 'German', text: `Vergleich dich doch mal mit Claude: Wo bist du stärker, wo schwächer? Ich überlege, welches Abo ich behalte.` },
  { lang: 'German', text: `Wo schalte ich in der ChatGPT-App aus, dass meine Chats zum Training verwendet werden?` },
  { lang: 'German', text: `Gibt es seriöse Studien dazu, ob GitHub Copilot Programmierer tatsächlich schneller macht, oder nur gefühlt?` },
  { lang: 'German', text: `Ich habe Gemini und ChatGPT dieselbe Frage zur Mietminderung bei Schimmel gestellt und zwei unterschiedliche Prozentzahlen bekommen. Wovon hängt das in Wirklichkeit ab?` },

  // French
  { lang: 'French', text: `Combien coûte ChatGPT Plus en euros, TVA comprise ? Et on peut résilier quand on veut ?` },
  { lang: 'French', text: `Le Chat de Mistral, c'est vraiment français ? J'aimerais soutenir une boîte européenne, mais je ne sais pas s'il tient la comparaison.` },
  { lang: 'French', text: `Ma fille de 15 ans utilise ChatGPT pour ses dissertations de philo. Comment aborder le sujet avec elle sans lui faire la morale ?` },
  { lang: 'French', text: `Explique-moi simplement comment Google Assistant arrive à reconnaître ma voix et pas celle de mon colocataire.` },
  { lang: 'French', text: `J'ai demandé à ChatGPT le temps de cuisson d'un gigot de 2 kg et il m'a répondu 25 minutes. Ça me paraît très court, non ?` },
  { lang: 'French', text: `Quels sont les risques concrets si je colle des pièces d'un dossier de mon cabinet d'avocats dans Claude ?` },
  { lang: 'French', text: `Rédige un petit discours de départ à la retraite pour Gérard, un collègue qui adorait se moquer de Siri pendant les réunions d'équipe.` },
  { lang: 'French', text: `Est-ce que GPT-4 a vraiment réussi l'examen du barreau américain, ou c'est une légende urbaine ?` },
  { lang: 'French', text: `Comment supprimer un appareil Alexa de mon compte Amazon avant de le revendre d'occasion ?` },
  { lang: 'French', text: `Tu peux comparer ChatGPT et Perplexity pour préparer un voyage au Portugal ? Je cherche surtout des horaires de train fiables entre Porto et Lisbonne.` },
  { lang: 'French', text: `Pourquoi Cortana a disparu de Windows ? Je l'utilisais tous les jours pour mes rappels...` },
  { lang: 'French', text: `Mon entreprise hésite entre Microsoft Copilot et ChatGPT Enterprise. On est 40, surtout en comptabilité. Tu pourrais m'aider à dresser un tableau comparatif ?` },

  // Italian
  { lang: 'Italian', text: `ChatGPT mi ha dato una ricetta della carbonara con panna e aglio. Mia nonna sarebbe inorridita! Mi aiuti a correggerla?` },
  { lang: 'Italian', text: `Come faccio a farmi leggere i messaggi WhatsApp ad alta voce da Siri mentre guido?` },
  { lang: 'Italian', text: `È legale usare ChatGPT per rispondere alle recensioni del mio ristorante? Non vorrei problemi con i clienti.` },
  { lang: 'Italian', text: `Gemini può leggere le mie email di Gmail? Credo di aver attivato qualcosa per sbaglio e ora sono un po' preoccupata.` },
  { lang: 'Italian', text: `Mi spieghi perché Grok risponde con un tono così diverso dagli altri chatbot?` },
  { lang: 'Italian', text: `Sto scrivendo un tema sull'impatto dell'intelligenza artificiale sul lavoro. Mi aiuti con una scaletta che citi ChatGPT e GitHub Copilot come esempi concreti?` },
  { lang: 'Italian', text: `Quanta energia consuma una domanda a un modello come Llama rispetto a una normale ricerca su Google?` },
  { lang: 'Italian', text: `Mio marito giura che GPT-4o capisce anche il napoletano stretto. È vero o è stato solo fortunato?` },
  { lang: 'Italian', text: `Nel 2023 il Garante della privacy aveva bloccato ChatGPT in Italia, giusto? Com'è andata a finire?` },
  { lang: 'Italian', text: `Fammi un confronto tra Alexa e Google Assistant per gestire le luci di casa: uso lampadine economiche comprate online.` },
  { lang: 'Italian', text: `Claude va bene per correggere la grammatica di un romanzo di 300 pagine, o conviene dividerlo in capitoli?` },
  { lang: 'Italian', text: `In famiglia abbiamo un solo abbonamento ChatGPT Plus e lo usiamo in quattro. È permesso condividere l'account?` },

  // Portuguese
  { lang: 'Portuguese', text: `O ChatGPT pode me ajudar a estudar para o ENEM ou ele erra muito em química?` },
  { lang: 'Portuguese', text: `Como eu mudo o idioma da Alexa para português do Brasil? Comprei o Echo numa viagem aos Estados Unidos.` },
  { lang: 'Portuguese', text: `Perguntei ao ChatGPT se dá para deduzir a mensalidade da academia no imposto de renda e ele disse que sim. Isso está certo?` },
  { lang: 'Portuguese', text: `Qual é a diferença entre o Copilot gratuito e o Copilot Pro? Compensa para quem passa o dia inteiro em planilhas?` },
  { lang: 'Portuguese', text: `Me ajuda a escrever uma mensagem para o grupo da família avisando, com carinho, que aquela foto do papa de casaco branco foi feita no Midjourney e não é real?` },
  { lang: 'Portuguese', text: `Sou professora do 5º ano. Como explicar para as crianças o que é o ChatGPT sem assustar nem empolgar demais?` },
  { lang: 'Portuguese', text: `O Gemini no Android consegue marcar consultas na minha agenda sozinho ou eu preciso confirmar?` },
  { lang: 'Portuguese', text: `Por que o DeepSeek ficou tão famoso de repente? Vi que as ações de algumas empresas de chips caíram por causa dele.` },
  { lang: 'Portuguese', text: `Minha empresa proibiu o ChatGPT mas liberou o Copilot. Faz sentido essa diferença do ponto de vista de segurança?` },
  { lang: 'Portuguese', text: `Me dá um resumo das vantagens e desvantagens do Claude comparado ao GPT-4o para quem escreve roteiros de podcast.` },
  { lang: 'Portuguese', text: `Quero montar um minicurso de ChatGPT para os comerciantes do meu bairro em Olinda. Que temas você colocaria na primeira aula?` },
  { lang: 'Portuguese', text: `A Siri consegue ler textos em voz alta para alguém com baixa visão? Meu avô está perdendo a visão e usa um iPhone.` },

  // Russian
  { lang: 'Russian', text: `Сколько стоит ChatGPT Plus и чем он на самом деле отличается от бесплатной версии?` },
  { lang: 'Russian', text: `Алиса на колонке постоянно включается сама, когда по телевизору звучат похожие слова. Как это исправить?` },
  { lang: 'Russian', text: `Я спросил у ChatGPT, сколько варить гречку, и он ответил — 40 минут. По-моему, это многовато?` },
  { lang: 'Russian', text: `Чем YandexGPT отличается от GigaChat? Для деловых писем на русском что лучше подходит?` },
  { lang: 'Russian', text: `Помоги написать речь для выпускного в колледже, где я с юмором благодарю ChatGPT за помощь с курсовыми. Минуты на две, не больше.` },
  { lang: 'Russian', text: `Объясни простыми словами, почему Claude в медицинских вопросах почти всегда советует обратиться к врачу.` },
  { lang: 'Russian', text: `Учительница разрешила использовать GPT-4 для проверки орфографии, но не для написания сочинения. А где проходит граница?` },
  { lang: 'Russian', text: `Правда ли, что Llama от Meta можно запустить на обычном ноутбуке? У меня 16 ГБ оперативки.` },
  { lang: 'Russian', text: `Сравни, пожалуйста, ChatGPT и DeepSeek для решения задач по физике за 10-й класс.` },
  { lang: 'Russian', text: `Как удалить историю запросов в Алисе? Не хочу, чтобы жена узнала про подарок на годовщину :)` },
  { lang: 'Russian', text: `Кто придумал Midjourney и почему он так долго работал только через Discord?` },
  { lang: 'Russian', text: `Начальник хочет заменить двух операторов колл-центра ботом на базе ChatGPT. Стоит ли мне волноваться за свою работу?` },

  // Chinese
  { lang: 'Chinese', text: `ChatGPT Plus 每个月多少钱？可以随时取消订阅吗？` },
  { lang: 'Chinese', text: `文心一言和通义千问哪个写公文更好一点？我在街道办工作，经常要写通知和总结。` },
  { lang: 'Chinese', text: `我让ChatGPT帮我算房贷，它说30年总利息是45万。你能帮我再核对一下吗？贷款100万，年利率3.5%，等额本息。` },
  { lang: 'Chinese', text: `Kimi能一次读完一本两百页的PDF吗？我想整理一份读书笔记。` },
  { lang: 'Chinese', text: `帮我写一段给家长的通知，说明学校允许学生用ChatGPT查资料，但作业必须自己独立完成。` },
  { lang: 'Chinese', text: `DeepSeek为什么这么便宜？它是哪家公司做的？` },
  { lang: 'Chinese', text: `我妈用小爱同学定闹钟老是失败，是不是因为她普通话不太标准？` },
  { lang: 'Chinese', text: `GPT-4o和GPT-4有什么区别？那个“o”到底是什么意思？` },
  { lang: 'Chinese', text: `帮我比较一下Midjourney和DALL-E画国风插画的效果，我想给茶叶包装做设计。` },
  { lang: 'Chinese', text: `同事说ChatGPT写出来的文章有一股“AI味”，具体是指什么样的特点？` },
  { lang: 'Chinese', text: `豆包和Claude在翻译日语小说方面，哪个更准确、更有文学感？` },
  { lang: 'Chinese', text: `我儿子说ChatGPT会把聊天内容拿去训练模型，这是真的吗？在哪里可以关掉？` },

  // Japanese
  { lang: 'Japanese', text: `ChatGPTに英語の履歴書を添削してもらったら、かえって不自然になった気がします。どこをチェックすればいいですか？` },
  { lang: 'Japanese', text: `Siriに「おはよう」と言ったら照明とエアコンが同時につくように設定できますか？` },
  { lang: 'Japanese', text: `会社でChatGPTの有料版を導入することになりました。TeamとEnterpriseの違いをわかりやすく教えてください。` },
  { lang: 'Japanese', text: `Geminiに旅行の日程を作ってもらったら、京都から奈良まで移動15分と書いてありました。さすがに短すぎませんか？` },
  { lang: 'Japanese', text: `小学生の息子がAlexaに何でも質問しています。子ども向けの設定ってありますか？` },
  { lang: 'Japanese', text: `GPT-4が発表されたとき、何がそんなに話題になったのか簡単にまとめてもらえますか。` },
  { lang: 'Japanese', text: `Claudeは日本語の敬語が得意だと聞きました。取引先へのメールに使っても大丈夫でしょうか。` },
  { lang: 'Japanese', text: `大学のレポートでChatGPTを使った場合、参考文献に書く必要はありますか？` },
  { lang: 'Japanese', text: `新人研修でGitHub Copilotを使わせるべきか迷っています。メリットとデメリットを整理してください。` },
  { lang: 'Japanese', text: `祖母にChatGPTの使い方を教えたいです。70代でも読みやすい、やさしい説明文を書いてもらえませんか。` },
  { lang: 'Japanese', text: `Perplexityの回答に出てくる出典って、どのくらい信用していいものなんでしょう？` },
  { lang: 'Japanese', text: `ChatGPTとClaudeの両方に自作の俳句を評価してもらったら、正反対の感想が返ってきました。AIの感想ってどう受け止めればいいんでしょうね。` },

  // Korean
  { lang: 'Korean', text: `ChatGPT 유료 구독을 해지하면 그동안의 대화 기록도 다 사라지나요?` },
  { lang: 'Korean', text: `빅스비로 갤럭시 갤러리 사진을 날짜별로 정리할 수 있어요?` },
  { lang: 'Korean', text: `ChatGPT가 알려준 김치찌개 레시피에 설탕이 세 큰술이나 들어가는데, 이거 맞는 건가요?` },
  { lang: 'Korean', text: `하이퍼클로바X랑 Gemini 중에 한국어 맞춤법 교정은 어느 쪽이 더 나아요?` },
  { lang: 'Korean', text: `초등학생 아이가 Gemini로 숙제를 하는데, 부모로서 어떤 점을 조심해야 할까요?` },
  { lang: 'Korean', text: `회사 보고서에 GPT-4o로 만든 요약을 그대로 넣어도 괜찮을까요? 팀장님이 안 좋아하실까 봐 걱정돼요.` },
  { lang: 'Korean', text: `클로바 스피커에서 라디오 채널 바꾸는 방법 좀 알려주세요.` },
  { lang: 'Korean', text: `대학원 면접에서 'ChatGPT 시대에 연구자의 역할'을 물어볼 것 같은데, 답변 방향을 같이 잡아주실래요?` },
  { lang: 'Korean', text: `Copilot이 엑셀에서 피벗 테이블도 만들어 주나요?` },
  { lang: 'Korean', text: `너랑 ChatGPT를 비교하면 어떤 점이 달라? 솔직하게 말해줘.` },
  { lang: 'Korean', text: `DALL-E로 만든 이미지를 카페 메뉴판에 써도 저작권 문제가 없을까요?` },
  { lang: 'Korean', text: `어머니 생신 카드 문구를 ChatGPT한테 받았는데 너무 딱딱해요. 좀 더 따뜻하게 고쳐줄 수 있어요? "어머니, 생신을 진심으로 축하드립니다. 항상 건강하시길 기원합니다."` },

  // Arabic
  { lang: 'Arabic', text: `هل اشتراك ChatGPT Plus يستحق سعره لطالب جامعي يدرس الهندسة المدنية؟` },
  { lang: 'Arabic', text: `كيف أجعل Siri تتحدث باللهجة الخليجية بدلاً من الفصحى؟` },
  { lang: 'Arabic', text: `سألت ChatGPT عن موعد صلاة الفجر في مدينتي فأعطاني وقتاً مختلفاً عن تطبيق المسجد. أيهما أصدّق؟` },
  { lang: 'Arabic', text: `ما الفرق بين Gemini وGoogle Assistant؟ وهل سيختفي المساعد القديم من الهواتف؟` },
  { lang: 'Arabic', text: `اكتب لي فقرة قصيرة لنشرة المدرسة عن الاستخدام المسؤول لأدوات مثل Copilot في الواجبات.` },
  { lang: 'Arabic', text: `أنا محاسب وأخشى أن يأخذ GPT-4 وظيفتي. ما المهارات التي ينبغي أن أتعلمها الآن؟` },
  { lang: 'Arabic', text: `هل يستطيع Claude قراءة ملفات PDF مكتوبة بالعربية بشكل صحيح، خاصة الجداول؟` },
  { lang: 'Arabic', text: `كيف أحذف محادثة معينة من ChatGPT على الهاتف؟` },
  { lang: 'Arabic', text: `حدّثني عن تاريخ المساعدات الصوتية، من Siri إلى Alexa وما بعدهما.` },
  { lang: 'Arabic', text: `ابني في الصف التاسع يستخدم ChatGPT لحل مسائل الرياضيات. كيف أتأكد أنه يتعلم فعلاً ولا ينسخ فقط؟` },
  { lang: 'Arabic', text: `هل Midjourney مجاني؟ أريد تصميم شعار لمخبزي الصغير في الحي.` },
  { lang: 'Arabic', text: `قارن بين ChatGPT وPerplexity في البحث عن أخبار اقتصادية حديثة.` },

  // Hindi
  { lang: 'Hindi', text: `क्या ChatGPT से UPSC की तैयारी करना ठीक है? कभी-कभी वह इतिहास की तारीखें गलत बता देता है।` },
  { lang: 'Hindi', text: `Alexa पर सुबह भजन कैसे चलाऊँ? मेरी दादी को रोज़ छह बजे सुनना पसंद है।` },
  { lang: 'Hindi', text: `ChatGPT ने मुझे पनीर बटर मसाला की रेसिपी दी, लेकिन उसमें 2 कप नमक लिखा है। यह तो गलत लग रहा है, सही मात्रा क्या होनी चाहिए?` },
  { lang: 'Hindi', text: `क्या Google Assistant हिंदी में रिमाइंडर सेट कर सकता है?` },
  { lang: 'Hindi', text: `हमारे ऑफिस में GPT-4o वाला एक टूल आया है। मैनेजर को एक ईमेल लिखने में मदद करो कि हमारी टीम को इसकी ट्रेनिंग चाहिए।` },
  { lang: 'Hindi', text: `Gemini और Claude में से कौन-सा हिंदी कविता की बारीकियाँ बेहतर समझता है?` },
  { lang: 'Hindi', text: `Krutrim क्या है? क्या यह सच में भारत में बना चैटबॉट है?` },
  { lang: 'Hindi', text: `स्कूल में बच्चों को ChatGPT इस्तेमाल करने देना चाहिए या नहीं? पैरेंट-टीचर मीटिंग में बोलने के लिए कुछ पॉइंट्स चाहिए।` },
  { lang: 'Hindi', text: `GitHub Copilot का छात्रों वाला मुफ़्त प्लान कैसे मिलता है?` },
  { lang: 'Hindi', text: `ChatGPT की प्राइवेसी सेटिंग्स में "Improve the model for everyone" का मतलब क्या है? इसे बंद करना चाहिए?` },
  { lang: 'Hindi', text: `Siri मेरी माँ का नाम "सुधा" गलत उच्चारण करती है। इसे ठीक कैसे करूँ?` },
  { lang: 'Hindi', text: `कॉलेज फेस्ट में "ChatGPT: दोस्त या दुश्मन?" विषय पर वाद-विवाद है। पक्ष में तीन दमदार तर्क दो।` },

  // Turkish
  { lang: 'Turkish', text: `ChatGPT Plus aboneliği Türkiye'den aylık kaç liraya geliyor? Vergiler dahil mi?` },
  { lang: 'Turkish', text: `Siri'ye Türkçe mesaj yazdırırken "ğ" harfini sürekli yanlış anlıyor, ne yapabilirim?` },
  { lang: 'Turkish', text: `ChatGPT bana kira artışının yüzde 25 ile sınırlı olduğunu söyledi. Bu hâlâ geçerli mi?` },
  { lang: 'Turkish', text: `Gemini ile Google Haritalar'da rota planlamak mümkün mü?` },
  { lang: 'Turkish', text: `Outlook'ta toplantı özetleri için Copilot kullanan var mı? Gerçekten işe yarıyor mu?` },
  { lang: 'Turkish', text: `Lise öğrencilerine "yapay zekâ ve etik" konulu bir ders hazırlıyorum. ChatGPT üzerinden bir sınıf etkinliği önerir misin?` },
  { lang: 'Turkish', text: `Alexa Türkçe destekliyor mu? Annem İngilizce bilmiyor ama sesli asistan istiyor.` },
  { lang: 'Turkish', text: `GPT-4 ile Claude arasında Osmanlıca metinleri okumada bir fark var mı?` },
  { lang: 'Turkish', text: `Grok'u kullanmak için X Premium'a üye olmak şart mı?` },
  { lang: 'Turkish', text: `Oğlum ChatGPT ile bir arkadaşıyla konuşur gibi dertleşiyor. Bu normal mi, endişelenmeli miyim?` },
  { lang: 'Turkish', text: `DeepSeek'e yüklediğim dosyalar nerede saklanıyor? Şirket belgelerini yüklemek riskli mi?` },
  { lang: 'Turkish', text: `Mahalledeki bakkal dükkânımız için ChatGPT'nin ne işe yarayabileceğini anlatan kısa, samimi bir Instagram gönderisi yazar mısın?` },

  // Vietnamese
  { lang: 'Vietnamese', text: `ChatGPT có miễn phí không hay phải trả tiền? Mình là sinh viên, không có thẻ tín dụng.` },
  { lang: 'Vietnamese', text: `Google Assistant có hiểu giọng miền Trung không? Mẹ mình nói nó toàn nghe nhầm.` },
  { lang: 'Vietnamese', text: `Mình hỏi ChatGPT về thủ tục làm hộ chiếu, nó bảo phải nộp bản sao sổ hộ khẩu. Bây giờ còn cần không nhỉ?` },
  { lang: 'Vietnamese', text: `Gemini dịch tiếng Việt sang tiếng Nhật có ổn không? Tháng sau mình sang Osaka làm việc.` },
  { lang: 'Vietnamese', text: `Viết giúp mình một bài phát biểu ngắn cho buổi tổng kết năm học, có nhắc đến việc cả lớp đã dùng ChatGPT để luyện nói tiếng Anh.` },
  { lang: 'Vietnamese', text: `Copilot trong Word có tóm tắt được văn bản tiếng Việt không?` },
  { lang: 'Vietnamese', text: `Claude là của công ty nào vậy? Nó có gì khác mấy chatbot khác không?` },
  { lang: 'Vietnamese', text: `Con mình học lớp 8 dùng ChatGPT viết bài văn và bị cô giáo phát hiện. Bố mẹ nên nói chuyện với con thế nào cho đúng?` },
  { lang: 'Vietnamese', text: `Midjourney vẽ áo dài có đẹp không? Mình muốn làm hình minh họa cho tiệm may nhà mình.` },
  { lang: 'Vietnamese', text: `So sánh giúp mình GPT-4o và Gemini khi đọc ảnh chụp hóa đơn điện nước.` },
  { lang: 'Vietnamese', text: `Siri đặt được báo thức bằng tiếng Việt chưa mọi người?` },
  { lang: 'Vietnamese', text: `Công ty mình vừa cấm dùng ChatGPT trên máy tính làm việc. Lý do thường là gì vậy?` },

  // Thai
  { lang: 'Thai', text: `ChatGPT Plus ราคาเดือนละเท่าไหร่คะ จ่ายด้วยบัตรเดบิตได้ไหม` },
  { lang: 'Thai', text: `ตั้งค่า Google Assistant ให้พูดภาษาไทยยังไงครับ` },
  { lang: 'Thai', text: `ถาม ChatGPT ว่าต้องยื่นภาษีออนไลน์ภายในวันไหน มันบอก 31 มีนาคม แต่เพื่อนบอกว่ายื่นออนไลน์ได้ถึงเมษายน อันไหนถูกคะ` },
  { lang: 'Thai', text: `Gemini กับ Claude ตัวไหนเขียนแคปชันขายของออนไลน์ได้เป็นธรรมชาติกว่ากัน` },
  { lang: 'Thai', text: `ช่วยเขียนอีเมลถึงหัวหน้า ขออนุญาตใช้ ChatGPT Team ในแผนกการตลาดหน่อยครับ` },
  { lang: 'Thai', text: `ลูกชายอายุ 10 ขวบชอบคุยกับ Siri ทั้งวัน มีวิธีจำกัดเวลาใช้งานไหมคะ` },
  { lang: 'Thai', text: `GPT-4 ตอบคำถามเรื่องยาได้น่าเชื่อถือแค่ไหนครับ ผมกินยาความดันอยู่` },
  { lang: 'Thai', text: `Copilot ใน Teams สรุปการประชุมที่พูดภาษาไทยได้ไหม` },
  { lang: 'Thai', text: `DeepSeek เป็นของประเทศไหน ถ้าจะใช้ปลอดภัยหรือเปล่า` },
  { lang: 'Thai', text: `เล่าประวัติของ ChatGPT แบบสั้นๆ ให้เด็ก ม.ต้นฟังหน่อย` },
  { lang: 'Thai', text: `Alexa ใช้ในไทยได้ไหม ต้องเปลี่ยนประเทศในบัญชี Amazon หรือเปล่า` },
  { lang: 'Thai', text: `ChatGPT แปลสัญญาเช่าบ้านเป็นภาษาอังกฤษให้แล้ว แต่ผมไม่แน่ใจว่าถูกต้องตามกฎหมายไหม ควรทำยังไงต่อดีครับ` },

  // Indonesian
  { lang: 'Indonesian', text: `ChatGPT bisa bantu bikin RPP untuk kelas 4 SD nggak? Saya guru honorer dan waktunya mepet banget.` },
  { lang: 'Indonesian', text: `Gimana cara ganti suara Google Assistant jadi suara laki-laki?` },
  { lang: 'Indonesian', text: `Saya tanya ChatGPT soal takaran rendang untuk 1 kg daging, katanya santan 5 liter. Kebanyakan nggak sih?` },
  { lang: 'Indonesian', text: `Gemini itu gratis atau berbayar? Bedanya apa sama Gemini Advanced?` },
  { lang: 'Indonesian', text: `Tolong bandingkan ChatGPT dan Claude untuk membantu menyusun kerangka skripsi jurusan hukum.` },
  { lang: 'Indonesian', text: `Apakah Siri sekarang sudah bisa berbahasa Indonesia?` },
  { lang: 'Indonesian', text: `Copilot di Windows bisa dimatikan riwayat percakapannya nggak?` },
  { lang: 'Indonesian', text: `Anak saya yang SMP pakai ChatGPT terus buat PR. Sebagai orang tua, aturan apa yang masuk akal di rumah?` },
  { lang: 'Indonesian', text: `Meta AI di WhatsApp itu pakai Llama ya? Apakah chat pribadi saya ikut dibaca?` },
  { lang: 'Indonesian', text: `Bantu saya bikin caption Instagram untuk workshop "Kenalan dengan GPT-4o" di coworking space kami di Yogyakarta.` },
  { lang: 'Indonesian', text: `Midjourney bisa dipakai untuk desain motif batik modern? Terus hak ciptanya punya siapa?` },
  { lang: 'Indonesian', text: `Kantor saya mau langganan ChatGPT Enterprise. Apa saja yang perlu dicek soal keamanan data?` },
];
export const HANDWRITTEN_AI_PRODUCT_DOCS: readonly AiProductText[] = [
  // English
  { lang: 'English', text: `BUSINESS BRIEFS — Paid subscriptions to consumer chatbots kept climbing last quarter, according to a survey by Northvale Analytics. The firm estimated that ChatGPT Plus remained the most common paid plan among the 2,400 households it polled, while Claude Pro and Gemini Advanced gained ground among respondents under thirty. "People are starting to treat these like streaming services," said Dana Whitcombe, the report's author. "They subscribe for a month during exam season, cancel, and come back." The survey also found that roughly one in five paying users had tried two or more services at the same time, most often to compare answers on cooking, travel and personal finance questions.` },
  { lang: 'English', text: `IT Notice — Harrowgate Logistics
Subject: ChatGPT Enterprise now available to all staff

From Monday 3 March, every employee can sign in to ChatGPT Enterprise with their company account. Conversations in the Enterprise workspace are not used to train models and are retained under our standard records policy.
Please note:
• Do not paste client data, shipment manifests or personal information into the free version of ChatGPT or any other public chatbot.
• GitHub Copilot licences for the engineering team are unchanged.
• Questions? Contact the service desk at helpdesk@harrowgate.example or ext. 4410.
Training sessions run every Thursday at 2 pm in Room B2.` },
  { lang: 'English', text: `Re: Google Assistant vs Alexa for a kitchen timer?

Posted by crumbly_baker: I've had both. Alexa is better at juggling three named timers at once ("pasta timer", "oven timer"), which matters when you're cooking for eight. Google Assistant understood my partner's accent more reliably, though.

Posted by ThomasQ: Agree on the timers. One tip — if you go with Alexa, turn off the drop-in feature unless you actually want relatives calling straight into your kitchen.

Posted by marguerite_w: Honestly I just use Siri on my phone propped against the kettle. Free, and it already knows my voice.` },

  // Spanish
  { lang: 'Spanish', text: `Cómo exportar tus conversaciones de ChatGPT

Si quieres guardar una copia de tus chats antes de cerrar la cuenta, o simplemente tenerlos archivados, sigue estos pasos:
1. Inicia sesión y abre el menú de tu perfil, en la esquina inferior izquierda.
2. Entra en Configuración y luego en Controles de datos.
3. Pulsa «Exportar datos» y confirma.
Recibirás un correo con un enlace de descarga; el archivo es un .zip que contiene tus conversaciones en formato HTML y JSON. El enlace caduca al cabo de unas horas, así que descárgalo cuanto antes. Ten en cuenta que las imágenes generadas pueden no incluirse en todos los casos.` },
  { lang: 'Spanish', text: `Boletín del Colegio San Julián de los Olivos — Marzo
Tecnología en el aula. Este trimestre, los alumnos de 3.º y 4.º de ESO empezarán a usar Gemini dentro de sus cuentas escolares, siempre en clase y con el profesorado presente. Lo utilizaremos para generar preguntas de repaso y para comentar textos, no para redactar trabajos. Sabemos que en casa muchos chicos ya usan ChatGPT; os animamos a hablar con ellos sobre cuándo ayuda y cuándo sustituye al esfuerzo propio. El jueves 20 a las 18:00 habrá una charla para familias en el salón de actos. Inscripciones en secretaria@sanjulian.example.` },
  { lang: 'Spanish', text: `Prueba a fondo: Copilot y Gemini en el móvil durante una semana

Durante siete días usamos los dos asistentes para tareas cotidianas: reservar mesa, resumir correos largos y planear una escapada a Cuenca. Gemini se integra mejor con Gmail y Calendar, y eso se nota: encontró una reserva de hotel enterrada en la bandeja de entrada en segundos. Copilot, en cambio, brilló con documentos de Word y hojas de cálculo compartidas. Ninguno de los dos acertó a la primera con los horarios de autobús, así que conviene comprobarlos siempre en la web de la empresa de transporte. Nuestra conclusión: si vives en el ecosistema de Google, Gemini; si trabajas con Office, Copilot.` },

  // German
  { lang: 'German', text: `Mitteilung der IT-Abteilung — Stadtwerke Lindenau

Ab dem 1. April steht allen Beschäftigten Microsoft Copilot in Teams, Outlook und Word zur Verfügung. Die Nutzung erfolgt über das Firmenkonto; Eingaben verbleiben in unserem Mandanten.
Bitte beachten Sie:
– Die kostenlose Version von ChatGPT sowie andere öffentliche Chatbots dürfen nicht für Kundendaten, Zählerstände oder Personalunterlagen verwendet werden.
– Prüfen Sie von Copilot erstellte Zusammenfassungen immer auf Richtigkeit, bevor Sie sie weiterleiten.
– Schulungstermine finden Sie im Intranet unter „Digitales Arbeiten".
Bei Fragen wenden Sie sich an it-service@stadtwerke-lindenau.example.` },
  { lang: 'German', text: `Hamburg (eig. Bericht) — Vor dem Landgericht hat am Mittwoch ein Verfahren begonnen, in dem eine Illustratorin gegen die Werbeagentur Brinkmann & Hollweg klagt. Die Agentur soll für eine Plakatkampagne Motive mit Midjourney erzeugt haben, die nach Ansicht der Klägerin deutlich an ihre veröffentlichten Zeichnungen angelehnt sind. Die Agentur bestreitet das und verweist darauf, dass die Entwürfe anschließend von eigenen Grafikern überarbeitet wurden. Der Vorsitzende Richter deutete an, dass die Frage, wann ein KI-Bild eine unzulässige Bearbeitung darstellt, bislang kaum geklärt sei. Ein Urteil wird frühestens im Herbst erwartet.` },
  { lang: 'German', text: `Thema: Siri versteht mein Schwäbisch nicht

Beitrag von Kehrwoch_Karle: Jedes Mal, wenn ich „Ruf d'Mamme a" sag, ruft Siri irgendeinen Kollegen an. Hat jemand einen Trick?

Antwort von LenaF: Leg in den Kontakten einen Spitznamen fest, den du phonetisch schreibst. Hat bei meinem Opa funktioniert.

Antwort von ttobi: Alternativ Google Assistant probieren, der kam bei uns mit Dialekt etwas besser zurecht. Perfekt ist aber keiner von beiden.

Antwort von Kehrwoch_Karle: Spitzname klappt! Danke euch.` },

  // French
  { lang: 'French', text: `Comment changer la voix de ChatGPT sur mobile

L'application propose plusieurs voix pour les conversations orales. Pour en choisir une autre :
1. Ouvrez l'application et touchez votre nom ou votre photo de profil.
2. Allez dans Paramètres, puis dans la rubrique Voix.
3. Écoutez les extraits proposés et sélectionnez celui qui vous convient.
Le changement s'applique aux nouvelles conversations vocales. Si vous n'entendez aucun son, vérifiez que votre téléphone n’est pas en silencieux et que l'application a accès au micro. Pour toute autre question, consultez notre foire aux questions ou écrivez à support@aide-numerique.example.` },
  { lang: 'French', text: `Économie — La Banque Verlaine, établissement régional implanté dans le Grand Est, a annoncé jeudi qu'elle allait équiper ses 1 200 conseillers du Chat, l'assistant de Mistral AI. L'outil servira d'abord à résumer les comptes rendus de rendez-vous et à rédiger des courriers types. « Nous voulions une solution européenne et hébergée en France », a expliqué Hélène Marchadier, directrice de la transformation. La banque précise qu'aucune donnée de client ne sera utilisée pour entraîner les modèles. Des syndicats ont toutefois demandé des garanties sur l'emploi, rappelant qu'un concurrent avait réduit ses effectifs d'accueil après l'adoption de ChatGPT.` },
  { lang: 'French', text: `Lettre aux familles — Collège des Tilleuls
Intelligence artificielle et devoirs
Plusieurs parents nous ont interrogés sur l'usage de ChatGPT, de Gemini ou de Copilot à la maison. L'équipe pédagogique ne les interdit pas, mais demande que les élèves signalent toute aide reçue en bas de leur copie. Un devoir entièrement rédigé par une machine ne sera pas noté. Nous vous invitons à discuter avec vos enfants de ce qu'ils apprennent réellement quand ils utilisent ces outils. Mme Rouvière, professeure documentaliste, animera un atelier ouvert aux parents le mardi 14 à 17 h 30 au CDI.` },

  // Italian
  { lang: 'Italian', text: `Alexa o Google? La nostra prova in cucina

Per due settimane abbiamo tenuto un Echo Show e un Nest Hub sul bancone della cucina. Alexa vince per la gestione dei timer multipli e per la lista della spesa condivisa con la famiglia; Google Assistant è più preciso quando si chiedono conversioni ("quanti grammi sono tre cucchiai di zucchero?") e capisce meglio le domande formulate in modo un po' confuso. Sul fronte privacy, entrambi permettono di cancellare le registrazioni vocali dalle impostazioni dell'app. Voto finale: 7,5 ad Alexa, 8 a Google. Se però avete già una casa piena di dispositivi Amazon, il cambio probabilmente non vale la pena.` },
  { lang: 'Italian', text: `Comunicazione ai dipendenti — Studio Ferrandi & Associati

Gentili colleghi,
a partire dal 15 maggio lo studio mette a disposizione licenze di ChatGPT Team per il reparto amministrativo e per la segreteria legale. Le conversazioni nello spazio di lavoro dello studio non vengono usate per addestrare i modelli.
Vi ricordiamo che è vietato inserire nomi di clienti, atti giudiziari o dati sanitari nella versione gratuita di ChatGPT o in altri servizi non autorizzati. Per dubbi scrivete a it@studioferrandi.example.
Un breve corso introduttivo si terrà in sala riunioni il 20 maggio alle 9:30.
La Direzione` },
  { lang: 'Italian', text: `Discussione: Copilot su Excel, qualcuno l'ha provato davvero?

Utente bilancio_pg: Lo uso da un mese per le riconciliazioni. Le formule le scrive bene, ma ogni tanto inventa il nome di una colonna che non esiste.

Utente Marta_Conti: Confermo. Conviene sempre controllare, soprattutto con file grandi. Per i grafici invece è comodissimo.

Utente Vale88: Noi in ufficio abbiamo confrontato Copilot e Gemini su Fogli Google. Risultati simili, alla fine dipende da dove avete già i dati.

Utente bilancio_pg: Grazie, allora resto con Excel.` },

  // Portuguese
  { lang: 'Portuguese', text: `Rede de farmácias adota assistente com GPT-4o no atendimento

A rede Vida Leve, com 85 lojas no interior paulista, começou a testar um assistente virtual baseado no GPT-4o para responder dúvidas sobre horários, estoque e programas de desconto pelo WhatsApp. Segundo a diretora de operações, Cláudia Nogueira, o sistema não dá orientações sobre medicamentos: perguntas desse tipo são encaminhadas a um farmacêutico humano. Especialistas ouvidos pela reportagem elogiaram a cautela, mas lembraram que ferramentas como o ChatGPT ainda podem errar informações básicas, como endereços e preços. O piloto vai até o fim do semestre.` },
  { lang: 'Portuguese', text: `Como apagar suas gravações de voz da Alexa

Você pode excluir o histórico de voz a qualquer momento pelo aplicativo:
1. Abra o app Alexa e toque em "Mais".
2. Vá em Configurações e depois em Privacidade da Alexa.
3. Escolha "Revisar histórico de voz" e selecione o período que deseja apagar.
Também é possível configurar a exclusão automática das gravações com mais de 3 ou 18 meses. Se preferir, diga ao próprio dispositivo para apagar o que você falou hoje. Lembre-se de que apagar o histórico pode reduzir um pouco a precisão do reconhecimento da sua voz nos primeiros dias.` },
  { lang: 'Portuguese', text: `Informativo da Escola Municipal Jardim das Acácias

Neste bimestre, as turmas do 8º e 9º ano participaram do projeto "Pergunte com Cuidado", em que os alunos compararam respostas do ChatGPT e do Gemini sobre a história do bairro com entrevistas feitas com moradores antigos. O resultado surpreendeu: os chatbots inventaram datas e até o nome de uma praça que nunca existiu! A professora Renata Lins destacou que o objetivo não é proibir a tecnologia, mas ensinar a conferir fontes. Os trabalhos estarão expostos na biblioteca até o dia 30. Famílias são bem-vindas.` },

  // Russian
  { lang: 'Russian', text: `Новости компаний. Сеть магазинов бытовой техники «Северный ветер» подключила YandexGPT к чату поддержки на сайте. По словам руководителя клиентского сервиса Марины Ледневой, бот отвечает на вопросы о доставке, гарантии и статусе заказа, а сложные обращения по-прежнему передаются операторам. За первый месяц время ожидания ответа сократилось почти вдвое. Компания подчеркнула, что персональные данные покупателей в модель не передаются. Ранее сеть тестировала решение на базе GigaChat, но остановилась на продукте «Яндекса» из-за более удобной интеграции с голосовым помощником Алиса.` },
  { lang: 'Russian', text: `Тема: Алиса или Маруся для бабушки?

Ответ от Светлана_К: Мы купили маме колонку с Алисой. Радио и сказки для внуков включает отлично, а вот напоминания о таблетках пришлось настраивать через приложение на моём телефоне.

Ответ от dimon_spb: У нас Маруся, бабушка довольна. Но если у вас уже есть подписка Яндекса, то Алиса логичнее.

Ответ от ОльгаПетровна: Главное — поставьте колонку туда, где нет телевизора рядом. Иначе она будет просыпаться от каждого фильма.

Ответ от Светлана_К: Спасибо, переставили на кухню, стало лучше.` },
  { lang: 'Russian', text: `Уважаемые сотрудники!

С 10 февраля в компании «Техмонтаж-Урал» действует новое положение об использовании генеративных нейросетей. Разрешено пользоваться корпоративной версией ChatGPT и GitHub Copilot для отдела разработки. Запрещается загружать в бесплатные сервисы, в том числе ChatGPT, DeepSeek и другие, персональные данные клиентов, чертежи и коммерческие предложения. Все тексты, подготовленные с помощью нейросетей, перед отправкой заказчику проверяет ответственный специалист. Вопросы направляйте в отдел информационной безопасности: security@techmontazh.example.

Служба ИТ` },

  // Chinese
  { lang: 'Chinese', text: `【科技快讯】杭州星河智能科技有限公司昨日发布新一代大模型“星河3”，称其在中文长文本理解上已接近GPT-4o的水平，并将API价格下调六成。公司创始人周立恒在发布会上表示，随着DeepSeek等国产模型把价格打下来，行业竞争的重点正从“谁更聪明”转向“谁更便宜、更稳定”。有分析人士指出，价格战有利于中小企业接入，但也可能压缩研发投入。该模型目前已开放企业试用，个人版预计下月上线。` },
  { lang: 'Chinese', text: `如何导出 ChatGPT 聊天记录

如果你想备份所有对话，可以按以下步骤操作：
1. 登录账号后，点击左下角的头像，进入“设置”。
2. 选择“数据控制”，点击“导出数据”。
3. 确认后，系统会向你的注册邮箱发送一封包含下载链接的邮件。
下载得到的压缩包里有一个可以直接用浏览器打开的网页文件，以及一份结构化的数据文件。请注意，下载链接有效期较短，收到邮件后请尽快下载。导出数据不会删除你账号中的任何对话。` },
  { lang: 'Chinese', text: `帖子：文心一言和Kimi，谁更适合写论文综述？

楼主 研二小李：最近在写文献综述，两个都试了一下，想听听大家的意见。

2楼 青柠不加糖：Kimi读长PDF确实方便，一次扔十几篇进去也能理出脉络。但引用的页码偶尔对不上，得自己核对。

3楼 老周在实验室：文心一言中文表达更顺一些，不过我们导师说了，综述的观点必须是自己的，AI只能帮忙整理。

4楼 楼主：明白了，谢谢！看来两个都得配合着用，最后还是要自己把关。` },

  // Japanese
  { lang: 'Japanese', text: `【情報システム部からのお知らせ】生成AIの業務利用について

4月1日より、全社員が会社アカウントでMicrosoft Copilotを利用できるようになります。あわせて、ChatGPTの無料版など社外の生成AIサービスに、顧客情報・見積書・社内資料を入力することは引き続き禁止とします。
Copilotが作成した議事録や要約は、必ず担当者が内容を確認してから共有してください。
操作説明会は4月8日（火）15時から第2会議室で行います。参加を希望される方は、it-info@minato-shoji.example までご連絡ください。` },
  { lang: 'Japanese', text: `スマートスピーカー比較：Alexa と Google アシスタント、結局どっちがいい？

1か月間、リビングに2台を並べて使い比べてみました。家電の操作や買い物リストはAlexaのほうが対応機器が多く、設定も簡単です。一方、「明日の朝、傘いる？」のような曖昧な質問にはGoogleアシスタントのほうが自然に答えてくれました。子どもが話しかけても聞き取りの精度はどちらも十分でした。ニュースの読み上げや音楽再生に大きな差はありません。すでにiPhoneを使っている家庭なら、Siri対応のHomePodも候補に入れてよさそうです。` },
  { lang: 'Japanese', text: `株式会社ミナトデータは3日、自治体向けの問い合わせ対応サービスにAnthropicのClaudeを採用したと発表した。住民からのごみ出しや各種手続きに関する質問に24時間対応し、回答が難しい内容は職員に引き継ぐ。同社の佐伯亮太取締役は「ChatGPTなど複数のモデルを比較した結果、丁寧な敬語表現と長い規則集の読み込みで評価が高かった」と説明した。まずは県内の2つの市で試験運用を始め、来年度以降に対象を広げる計画だ。` },

  // Korean
  { lang: 'Korean', text: `[IT 브리핑] 가온데이터, 사내 업무에 하이퍼클로바X 도입

중견 물류 소프트웨어 기업 가온데이터가 전 직원 업무 도구로 네이버의 하이퍼클로바X를 도입한다고 밝혔다. 회사 측은 계약서 검토와 고객 문의 요약에 우선 활용할 계획이다. 김도윤 최고기술책임자는 "ChatGPT와 Gemini도 함께 시험해 봤지만, 한국어 법률 용어 처리와 국내 데이터 보관 조건에서 점수가 높았다"고 설명했다. 다만 개발팀은 기존처럼 GitHub Copilot을 계속 사용한다. 회사는 하반기에 사용 효과를 분석해 공개할 예정이다.` },
  { lang: 'Korean', text: `햇살초등학교 가정통신문

학부모님께,
최근 많은 학생들이 집에서 ChatGPT나 Gemini 같은 인공지능 도구를 사용하고 있습니다. 우리 학교는 이러한 도구를 무조건 막기보다는 올바르게 사용하는 방법을 가르치고자 합니다. 5·6학년 창의적 체험활동 시간에 'AI에게 질문하고 확인하기' 수업을 진행할 예정입니다. 가정에서도 아이가 AI의 답을 그대로 베끼지 않고, 책이나 다른 자료로 다시 확인해 보도록 지도해 주시기 바랍니다.
문의: 교무실 (담당 이수진 선생님)` },
  { lang: 'Korean', text: `빅스비 목소리 바꾸는 방법

빅스비는 여러 가지 음성 스타일을 제공합니다. 목소리를 변경하려면 다음 순서를 따라 주세요.
1. 휴대폰에서 빅스비 앱을 열고 오른쪽 위의 설정 아이콘을 누릅니다.
2. '음성 응답' 메뉴에서 '목소리 스타일'을 선택합니다.
3. 원하는 목소리를 골라 미리 들어 본 뒤 저장합니다.
변경한 목소리는 갤럭시 워치 등 연결된 기기에도 함께 적용될 수 있습니다. 목소리가 바뀌지 않는다면 빅스비 앱을 최신 버전으로 업데이트한 뒤 다시 시도해 보세요.` },

  // Arabic
  { lang: 'Arabic', text: `أخبار التقنية — أعلنت شركة الواحة الرقمية، وهي شركة ناشئة مقرها في عمّان، عن إطلاق منصة لتعليم البرمجة للطلاب العرب تعتمد على GitHub Copilot وChatGPT في شرح الأخطاء البرمجية باللغة العربية. وقالت المديرة التنفيذية ريم الحسيني إن الهدف هو "مساعدة الطالب على فهم سبب الخطأ، لا إعطاؤه الحل الجاهز". وتتوفر المنصة مجاناً لطلاب الجامعات خلال الفصل الدراسي الأول، على أن تُطرح اشتراكات مدفوعة للمدارس لاحقاً. ويرى خبراء أن دعم اللغة العربية في هذه الأدوات تحسّن كثيراً خلال العامين الماضيين، لكنه لا يزال أضعف في المصطلحات التقنية.` },
  { lang: 'Arabic', text: `تعميم من إدارة تقنية المعلومات — مجموعة النخيل للتجارة

الزملاء الكرام،
يسرّنا إبلاغكم بإتاحة ChatGPT Enterprise لجميع الموظفين ابتداءً من الأحد القادم، عبر حساب البريد الرسمي للشركة.
يُرجى الالتزام بما يلي:
- عدم إدخال بيانات العملاء أو الأسعار التعاقدية في النسخة المجانية من ChatGPT أو أي أداة عامة أخرى.
- مراجعة أي نص تُعدّه الأداة قبل إرساله إلى جهة خارجية.
- الإبلاغ عن أي مشكلة فنية على العنوان support@alnakheel.example.
ستُعقد ورشة تعريفية يوم الثلاثاء الساعة العاشرة صباحاً في قاعة الاجتماعات الكبرى.` },
  { lang: 'Arabic', text: `موضوع: هل تفهم Alexa اللهجة الخليجية فعلاً؟

مشاركة من أبو_فيصل: اشتريت جهاز Echo وفعّلت العربية. الأوامر البسيطة مثل تشغيل القرآن وضبط المنبه تعمل بشكل ممتاز، لكن الأسئلة الطويلة تربكها.

مشاركة من نورة_ت: نفس التجربة. جرّب أن تتكلم ببطء وبجمل قصيرة، الفرق واضح.

مشاركة من سالم٢٢: أنا رجعت لـ Siri على الآيفون، لأنها تفهم أسماء الأهل أفضل عندي.

مشاركة من أبو_فيصل: شكراً للجميع، سأجرّب الجمل القصيرة أولاً.` },

  // Hindi
  { lang: 'Hindi', text: `टेक समाचार — पुणे की सुरभि फिनटेक ने अपने ग्राहक सहायता ऐप में हिंदी और मराठी बोलने वाला एक चैटबॉट जोड़ा है, जो GPT-4o पर आधारित है। कंपनी के उत्पाद प्रमुख अंकित देशपांडे के अनुसार, यह बॉट केवल खाते की जानकारी, ईएमआई की तारीख और शिकायत की स्थिति बताता है; निवेश की सलाह नहीं देता। शुरुआती परीक्षण में ग्रामीण ग्राहकों ने आवाज़ से सवाल पूछने की सुविधा को सबसे उपयोगी बताया। विशेषज्ञों का कहना है कि ChatGPT जैसी तकनीक बैंकिंग में तभी भरोसेमंद होगी जब हर जवाब की निगरानी इंसान भी करें।` },
  { lang: 'Hindi', text: `Alexa में अपनी आवाज़ की रिकॉर्डिंग कैसे हटाएँ

अगर आप नहीं चाहते कि आपकी पुरानी आवाज़ की रिकॉर्डिंग सेव रहें, तो इन चरणों का पालन करें:
1. मोबाइल पर Alexa ऐप खोलें और "More" पर टैप करें।
2. Settings में जाकर "Alexa Privacy" चुनें।
3. "Review Voice History" में जाकर तारीख़ चुनें और रिकॉर्डिंग डिलीट करें।
आप चाहें तो तीन या अठारह महीने बाद अपने-आप डिलीट होने का विकल्प भी चुन सकते हैं। ध्यान रखें कि रिकॉर्डिंग हटाने के बाद कुछ दिनों तक Alexa आपकी आवाज़ थोड़ा कम पहचान सकती है।` },
  { lang: 'Hindi', text: `सूचना — सरस्वती विद्या निकेतन, कक्षा 9 से 12 के अभिभावकों के लिए

प्रिय अभिभावकगण,
विद्यालय ने निर्णय लिया है कि प्रोजेक्ट कार्य में ChatGPT, Gemini या किसी अन्य AI टूल की मदद ली जा सकती है, बशर्ते छात्र अंत में एक छोटा नोट लिखें कि उन्होंने टूल का उपयोग कहाँ और कैसे किया। पूरी तरह AI से लिखा गया प्रोजेक्ट स्वीकार नहीं किया जाएगा। शनिवार, 12 तारीख़ को सुबह 10 बजे सभागार में "AI और पढ़ाई" विषय पर एक कार्यशाला होगी। कृपया अपने बच्चे के साथ अवश्य आएँ।
प्रधानाचार्या` },

  // Turkish
  { lang: 'Turkish', text: `Bilgi İşlem Duyurusu — Akdeniz Tekstil A.Ş.

Değerli çalışma arkadaşlarımız,
1 Mart itibarıyla Microsoft Copilot, şirket hesabınızla Outlook, Word ve Teams üzerinden kullanımınıza açılmıştır.
Lütfen aşağıdaki noktalara dikkat ediniz:
• Müşteri siparişlerini, fiyat listelerini ve personel bilgilerini ChatGPT'nin ücretsiz sürümüne veya başka herkese açık yapay zekâ araçlarına girmeyiniz.
• Copilot'un hazırladığı özetleri paylaşmadan önce mutlaka kontrol ediniz.
Sorularınız için bilgiislem@akdeniztekstil.example adresine yazabilirsiniz.
Bilgi İşlem Müdürlüğü` },
  { lang: 'Turkish', text: `Karşılaştırma: Copilot mu, Gemini mi?

İki asistanı da iki hafta boyunca ofiste denedik. Microsoft Copilot, Excel tablolarından hızlıca grafik çıkarmada ve uzun e-posta zincirlerini özetlemede öne çıktı. Gemini ise Google Dokümanlar'da taslak yazarken ve Türkçe yazım hatalarını düzeltirken daha akıcıydı. Her ikisi de zaman zaman tarihleri yanlış yorumladı; önemli toplantı notlarını mutlaka kendiniz okuyun. Fiyat tarafında, şirketinizin zaten hangi ofis paketine abone olduğu belirleyici olacaktır. Kısacası: Microsoft 365 kullanan ekipler Copilot'tan, Google Workspace kullananlar Gemini'den daha çok verim alır.` },
  { lang: 'Turkish', text: `Konu: Alexa'yı Türkiye'de kuran var mı?

Mesaj — kahveci_murat: Yurt dışından Echo Dot aldım, Türkçe desteklemediği için İngilizce kullanıyorum. Işıkları açıp kapatmak için yeterli ama annem kullanamıyor.

Mesaj — Zeynep_K: Biz aynı sebeple Google Nest'e geçtik, Google Asistan Türkçe konuşuyor. Kurulumu da kolaydı.

Mesaj — tekno_hakan: Siri de Türkçe anlıyor, HomePod mini düşünebilirsin. Ama fiyatı biraz yüksek.

Mesaj — kahveci_murat: Teşekkürler, Nest'e bakacağım.` },

  // Vietnamese
  { lang: 'Vietnamese', text: `Tin công nghệ — Công ty khởi nghiệp Sao Mai Tech tại Đà Nẵng vừa ra mắt ứng dụng hỗ trợ nông dân chẩn đoán bệnh trên lá lúa bằng hình ảnh, sử dụng Gemini để phân tích ảnh chụp và trả lời bằng tiếng Việt. Theo giám đốc Trần Minh Khoa, ứng dụng chỉ đưa ra gợi ý ban đầu và luôn khuyên người dùng liên hệ cán bộ khuyến nông trước khi phun thuốc. Trong giai đoạn thử nghiệm tại Quảng Nam, công ty cũng so sánh với GPT-4o và nhận thấy hai mô hình cho kết quả tương đương. Ứng dụng được phát hành miễn phí đến hết năm nay.` },
  { lang: 'Vietnamese', text: `Cách tắt lịch sử trò chuyện trong ChatGPT

Nếu bạn không muốn các cuộc trò chuyện được dùng để cải thiện mô hình, hãy làm như sau:
1. Mở ChatGPT và nhấn vào tên tài khoản ở góc dưới bên trái.
2. Chọn Cài đặt, sau đó vào mục Kiểm soát dữ liệu.
3. Tắt tùy chọn cải thiện mô hình cho mọi người.
Bạn cũng có thể dùng tính năng Trò chuyện tạm thời cho những câu hỏi riêng tư; các cuộc trò chuyện này không xuất hiện trong lịch sử. Lưu ý rằng thay đổi cài đặt không xóa các cuộc trò chuyện cũ. Muốn xóa, hãy vào từng cuộc trò chuyện và chọn Xóa.` },
  { lang: 'Vietnamese', text: `Bản tin Trường THCS Hoa Sen — Tháng 11

Kính gửi quý phụ huynh,
Nhà trường nhận thấy nhiều học sinh đã sử dụng ChatGPT và Gemini khi làm bài tập ở nhà. Chúng tôi không cấm các công cụ này, nhưng đề nghị học sinh ghi rõ phần nào có sự hỗ trợ của trí tuệ nhân tạo. Bài văn hoàn toàn do máy viết sẽ không được chấm điểm. Thứ Bảy tuần sau, cô Nguyễn Thu Hà sẽ tổ chức buổi trao đổi với phụ huynh về cách đồng hành cùng con khi dùng công nghệ. Rất mong quý phụ huynh tham dự.` },

  // Thai
  { lang: 'Thai', text: `ข่าวธุรกิจ — บริษัท สยามบุ๊คเฮาส์ จำกัด ผู้จัดจำหน่ายหนังสือออนไลน์ ประกาศนำระบบตอบคำถามลูกค้าที่พัฒนาบน Claude มาใช้ในแชตหน้าเว็บไซต์ โดยจะช่วยแนะนำหนังสือตามความสนใจและตอบเรื่องการจัดส่ง คุณพิมพ์ชนก ศรีสวัสดิ์ ผู้อำนวยการฝ่ายบริการลูกค้า กล่าวว่าบริษัทได้ทดลองเปรียบเทียบกับ ChatGPT และ Gemini ก่อนตัดสินใจ และพบว่าคำตอบภาษาไทยมีความสุภาพและเป็นธรรมชาติ ทั้งนี้ ข้อมูลการสั่งซื้อของลูกค้าจะไม่ถูกนำไปใช้ฝึกโมเดล ระบบจะเปิดให้ใช้งานเต็มรูปแบบในเดือนหน้า` },
  { lang: 'Thai', text: `ประกาศจากฝ่ายไอที — โรงพยาบาลเวชรักษ์

เรียนบุคลากรทุกท่าน
ตั้งแต่วันที่ 1 มิถุนายน โรงพยาบาลเปิดให้ใช้ Microsoft Copilot ผ่านบัญชีองค์กรสำหรับงานเอกสารทั่วไป เช่น สรุปการประชุมและร่างหนังสือราชการ
ข้อควรระวัง:
- ห้ามนำข้อมูลผู้ป่วย ผลตรวจ หรือเวชระเบียนไปใส่ใน ChatGPT เวอร์ชันฟรีหรือบริการสาธารณะอื่นโดยเด็ดขาด
- ตรวจทานเอกสารที่ร่างด้วย AI ทุกครั้งก่อนส่งออก
สอบถามเพิ่มเติมได้ที่ it@vejrak.example หรือโทรภายใน 2210` },
  { lang: 'Thai', text: `กระทู้: ใช้ Gemini กับ ChatGPT วางแผนเที่ยวเชียงใหม่ อันไหนดีกว่ากัน

ความคิดเห็นที่ 1 — แมวส้มชอบเที่ยว: ลองทั้งคู่แล้วค่ะ Gemini ดึงข้อมูลจาก Google Maps ได้ เลยรู้เวลาเปิดปิดร้านค่อนข้างแม่น

ความคิดเห็นที่ 2 — พี่ต้นเดินป่า: ChatGPT จัดตารางเที่ยวได้สวยกว่า แต่ราคาที่พักบางที่เก่าไปหน่อย ต้องเช็กเองอีกรอบ

ความคิดเห็นที่ 3 — nong_fah: ใช้ช่วยคิดไอเดียก็พอครับ เรื่องรถสองแถวกับค่าเข้าอุทยาน ถามคนพื้นที่ชัวร์สุด

ความคิดเห็นที่ 4 — เจ้าของกระทู้: ขอบคุณทุกคนค่ะ จะใช้คู่กันแล้วเช็กอีกที` },

  // Indonesian
  { lang: 'Indonesian', text: `Kabar Teknologi — Perusahaan rintisan asal Bandung, Nusantara Kode, meluncurkan layanan pelatihan bagi UMKM tentang pemanfaatan ChatGPT dan Gemini untuk membuat deskripsi produk di marketplace. Pendiri perusahaan, Sari Wulandari, mengatakan banyak pedagang kesulitan menulis deskripsi yang menarik dalam waktu singkat. "Kami ajarkan juga cara mengecek ulang, karena AI kadang salah menyebut bahan atau ukuran," ujarnya. Program ini sudah diikuti lebih dari 600 pelaku usaha di Jawa Barat dan akan diperluas ke Makassar serta Medan tahun depan.` },
  { lang: 'Indonesian', text: `Cara menghapus akun ChatGPT Anda

Sebelum menghapus akun, pertimbangkan untuk mengekspor percakapan terlebih dahulu karena data yang sudah dihapus tidak dapat dipulihkan.
1. Masuk ke akun dan buka menu Pengaturan.
2. Pilih Kontrol data, lalu klik Hapus akun.
3. Ketik alamat email Anda untuk konfirmasi.
Jika Anda berlangganan ChatGPT Plus melalui aplikasi di ponsel, batalkan langganan lewat App Store atau Google Play agar tidak tertagih lagi. Proses penghapusan dapat memakan waktu hingga 30 hari. Butuh bantuan? Kunjungi bantuan.layanan.example.` },
  { lang: 'Indonesian', text: `Thread: Meta AI di WhatsApp, aman nggak sih?

Balasan dari agan_rizky: Setahu ane Meta AI pakai model Llama. Yang dibaca cuma pesan yang kita kirim langsung ke Meta AI, bukan chat pribadi sama teman.

Balasan dari dewi.lestari: Betul, tapi kalau di grup ada yang mention Meta AI, pesan itu ikut diproses. Jadi hati-hati kalau bahas hal sensitif.

Balasan dari pakde_hendra: Saya lebih nyaman pakai ChatGPT atau Copilot di aplikasi terpisah, biar nggak campur sama WhatsApp keluarga.

Balasan dari agan_rizky: Masuk akal, pakde. Pilih yang bikin tenang aja.` },
];
