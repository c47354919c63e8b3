// Benign dialogs and notices of installers, package configuration tools and administration tools, written for
// this project in sixteen languages other than English: yes/no and selection questions of package
// configuration, administrator and database password set-up, database configuration, upgrade and security
// update notices, configuration file conflicts, first-run setup wizards, firewall prompts, licence pages,
// authentication-required messages of privileged actions, and an administrator's notices to the users of a
// server. Such text addresses the reader as "you", talks about "your system", "the administrator", root,
// passwords, privileges, skipping and ignoring, overriding local changes, default settings, restarting and
// resetting, and the classifier flagged it in Russian, Vietnamese, Portuguese, Arabic, Thai and other
// languages; these documents are its hard negatives. Every sentence was written for this module, none copied
// or translated from any real program's messages: packages, services, products, commands, options, paths and
// vendors are invented. Documents are assembled from per-language banks with randomly chosen names, numbers,
// versions, paths and ports and a random layout (title style, order of the paragraphs, line wrapping, button
// rows), driven by the seeded PRNG of seeded.ts: one seed per kind, derived from the kind's name, so every
// import yields the same documents. Twelve kinds of sixteen documents; document i of a kind is in LANGS[i]. The
// caller splits train/held-out by `kind`. The Portuguese bank of a kind is written in one variety (Brazilian or
// European), chosen per kind.

import { chance, clipAtLine, int, pad2, pick, reseed, sample, shuffle, subset, tokens } from './seeded.ts';

export interface DialogDoc { readonly kind: string; readonly lang: string; readonly text: string }

const LANGS = ['Russian', 'Vietnamese', 'Portuguese', 'Arabic', 'Thai', 'Spanish', 'German', 'French', 'Italian', 'Turkish', 'Polish',
  'Indonesian', 'Japanese', 'Dutch', 'Ukrainian', 'Chinese'] as const;
type Lang = (typeof LANGS)[number];
/** One bank per language. */
type PerLang<B> = { readonly [L in Lang]: B };
/** A template, or alternatives of which one is picked. */
type Alt = string | readonly string[];
type Vars = Readonly<Record<string, string>>;

// ------------------------------------------------------------------ templates
const alt = (a: Alt): string => (typeof a === 'string' ? a : pick(a));
/** `{name}` slots filled from `vars`; a slot without a value is a mistake in a bank. */
function fill(s: string, vars: Vars): string {
  return s.replace(/\{([a-zA-Z]\w*)\}/g, (_m, k: string) => {
    const x = vars[k];
    if (x === undefined) throw new Error(`dialog-text: no value for {${k}} in "${s.slice(0, 60)}"`);
    return x;
  });
}
/** A template (or one of its alternatives) filled. */
const tx = (a: Alt, v: Vars): string => fill(alt(a), v);

// ------------------------------------------------------------------ layout: display width, wrapping, titles, buttons
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const width = (s: string): number => { let w = 0; for (const ch of s) w += WIDE.test(ch) ? 2 : /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u064b-\u065f]/.test(ch) ? 0 : 1; return w; };
/** Characters a line may not begin with (Japanese and Chinese line-breaking rules, closing punctuation). */
const NO_START = '、。，．・：；？！）」』】〉》ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.;:!?)]»”’';
/**
 * `text` filled into lines at most `cols` wide (no wrapping when `cols` is 0): the first line starts with
 * `first`, the others with `rest` (a hanging indent for list items).
 */
function wrap(text: string, cols: number, first = '', rest = first): string {
  if (cols <= 0) return first + text;
  const lines: string[] = [];
  let cur = first;
  let curW = width(first);
  let empty = true;
  for (const tok of tokens(text)) {
    const gap = !empty && tok.sp ? 1 : 0;
    const w = width(tok.t);
    if (!empty && curW + gap + w > cols && !NO_START.includes(tok.t[0])) {
      lines.push(cur);
      cur = rest + tok.t; curW = width(rest) + w;
      continue;
    }
    cur += (gap ? ' ' : '') + tok.t; curW += gap + w; empty = false;
  }
  lines.push(cur);
  return lines.join('\n');
}
/** A title in one of several styles. */
function titled(t: string, style: number): string {
  const w = Math.max(8, width(t));
  switch (style % 6) {
    case 0: return t;
    case 1: return `${t}\n${'='.repeat(w)}`;
    case 2: return `${t}\n${'-'.repeat(w)}`;
    case 3: return `── ${t} ──`;
    case 4: return `[ ${t} ]`;
    default: return `*** ${t} ***`;
  }
}
/** A row of buttons in one of several styles. */
function buttons(labels: readonly string[], style: number): string {
  switch (style % 4) {
    case 0: return labels.map((l) => `<${l}>`).join('    ');
    case 1: return labels.map((l) => `[ ${l} ]`).join('  ');
    case 2: return `(${labels.join(' / ')})`;
    default: return '      ' + labels.map((l) => `< ${l} >`).join('   ');
  }
}
/** A list item: bullet and hanging indent. */
const item = (s: string, cols: number, bullet: string): string => wrap(s, cols, bullet, ' '.repeat(width(bullet)));
/**
 * The document built with `k` of the optional blocks, `k` raised from `k0` until the text is at least
 * `min` characters long or no optional block is left.
 */
function grow(render: (k: number) => string, k0: number, max: number, min = 560): string {
  let k = Math.min(k0, max);
  let t = render(k);
  while (t.length < min && k < max) t = render(++k);
  return t;
}

// ------------------------------------------------------------------ invented names and values
const PKGS = ['quillmail', 'harbor-sync', 'tessera-db', 'lumen-proxy', 'corvid-backup', 'fenwick-dns', 'marlin-queue', 'orrery-monitor',
  'sable-print', 'juniper-cms', 'kestrel-vpn', 'pallas-directory', 'brindle-wiki', 'cobalt-mirror', 'tidewater-ftp', 'wren-chat',
  'granite-ci', 'mosaic-gallery', 'heron-git', 'saffron-mta', 'larch-archive', 'umber-metrics', 'vellum-docs', 'zephyr-sched',
  'alder-gateway', 'basalt-store', 'calyx-auth', 'drumlin-sync', 'ember-search', 'fathom-logs'];
const PRODUCTS = ['Lumen Notes', 'Harbor Sync', 'Quill Mail', 'Tessera Studio', 'Orrery Desk', 'Brindle Wiki', 'Mosaic Photos',
  'Kestrel Connect', 'Wren Chat', 'Vellum Reader', 'Sable Scan', 'Juniper Publisher', 'Cobalt Backup', 'Fathom Console'];
const VENDORS = ['Fernhill Software', 'Quillfeather Labs', 'Brightmoor Systems', 'Kelpie Works', 'Alderbank Software', 'Tessellate Ltd',
  'Marshgate Computing', 'Oriel Data'];
const DISTROS = ['Corvina Linux', 'Halyard OS', 'Tamarack Linux', 'Solvej Linux', 'Pelorus Server', 'Brackwater Linux'];
const SVC_TOOLS = ['svcctl', 'servicectl', 'daemonctl'];
const RECONF = ['pkgsetup reconfigure {pkg}', 'confkit reconfigure {pkg}', 'pkgcfg --reconfigure {pkg}', 'setupctl reconfigure {pkg}'];
const TLDS = ['org', 'net', 'com'];
const ip4 = (): string => (chance(0.3) ? `10.${int(0, 255)}.${int(0, 255)}.${int(2, 254)}` : `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(2, 254)}`);

/** A date as the document's language writes it. */
function dateIn(lang: Lang, y: number, m: number, d: number): string {
  switch (lang) {
    case 'Japanese': case 'Chinese': return `${y}年${m}月${d}日`;
    case 'Russian': case 'Ukrainian': case 'German': case 'Polish': case 'Turkish': return `${pad2(d)}.${pad2(m)}.${y}`;
    case 'Dutch': return `${pad2(d)}-${pad2(m)}-${y}`;
    default: return `${pad2(d)}/${pad2(m)}/${y}`;
  }
}

/** The values every template may use, drawn afresh for each document. */
function baseVars(lang: Lang): Record<string, string> {
  const [pkg, pkg2, pkg3, pkg4] = sample(PKGS, 4);
  const flat = pkg.replace(/-/g, '');
  const major = int(1, 9);
  const minor = int(3, 24);
  const ver = `${major}.${minor}.${int(0, 12)}`;
  const oldver = `${major}.${minor - int(1, 3)}.${int(0, 9)}`;
  const svcTool = pick(SVC_TOOLS);
  const svc = pkg + pick(['d', '-server', '-worker', '-agent']);
  const tld = pick(TLDS);
  const year = int(2024, 2027);
  const month = int(1, 12);
  const day = int(1, 28);
  const day2 = Math.min(28, day + int(1, 9));
  const ports = [8025, 8080, 8081, 8443, 9090, 9443, 7070, 5433, 6380, 4190, 2526, 8888, 3001, 5601, 10443];
  const [port, port2] = sample(ports, 2);
  const h = int(0, 5) + (chance(0.5) ? 18 : 0);
  const dbname = flat.slice(0, 12);
  const product = pick(PRODUCTS);
  return {
    pkg, pkg2, pkg3, pkg4, flat, svc, svcuser: `_${flat.slice(0, 10)}`, grp: `${flat.slice(0, 8)}${pick(['-users', '-ops', 'adm'])}`,
    ver, oldver, rev: `${ver}-${int(1, 4)}`, port: String(port), port2: String(port2),
    lowport: String(pick([25, 53, 80, 110, 143, 389, 443, 514, 873])),
    confname: pick(['main.conf', 'server.ini', 'daemon.yaml', `${flat}.conf`, 'settings.toml', 'config.yaml']),
    conf: `/etc/${pkg}/${pick(['main.conf', 'server.ini', 'daemon.yaml', `${flat}.conf`, 'settings.toml'])}`,
    conf2: `/etc/${pkg}/${pick(['access.rules', 'limits.conf', 'hooks.d/10-local', 'tls.conf', 'logging.ini'])}`,
    defaults: `/etc/default/${pkg}`,
    dir: `/var/lib/${pkg}`, log: `/var/log/${pkg}/${pick(['audit.log', 'setup.log', 'upgrade.log', 'events.log'])}`,
    backup: `/var/backups/${pkg}-${oldver}.tar.gz`, backupdir: `/var/backups/${pkg}`,
    doc: `/usr/share/doc/${pkg}/${pick(['README.setup', 'README.install', 'NOTES', 'UPGRADING', 'README.admin'])}`,
    url: `https://${pick(['docs', 'help', 'wiki', 'support'])}.example.${tld}/${pkg}/${pick(['install', 'setup', 'faq', 'upgrade', 'admin'])}`,
    web: `https://${pkg}.example.${tld}`, cmd: fill(pick(RECONF), { pkg }), svctool: svcTool, startcmd: `${svcTool} start ${svc}`, restartcmd: `${svcTool} restart ${svc}`,
    stopcmd: `${svcTool} stop ${svc}`, upcmd: `${pkg}-refresh --now`, idxcmd: `${pkg}-index --rebuild`,
    migcmd: `${pkg}-migrate --from ${oldver}`, bin: `/usr/sbin/${svc}`, certdir: `/etc/${pkg}/tls`,
    mirror: `mirror${int(1, 4)}.example.net`, statshost: `stats.example.${tld}`, distro: pick(DISTROS), vendor: pick(VENDORS),
    product, pslug: product.toLowerCase().replace(/\s+/g, '-'), ip: ip4(), ip2: ip4(), net: pick(['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', `10.${int(0, 255)}.0.0/16`]),
    host: `${pick(['db', 'sql', 'data', 'store'])}${int(1, 9)}.${pick(['example.org', 'example.net', 'lab.example.com'])}`,
    dbname, dbuser: `${dbname}_${pick(['app', 'svc', 'rw'])}`, admin: pick(['sysadmin', 'dbadmin', 'siteadmin', 'operator', 'webmaster']),
    n: String(int(3, 9)), n2: String(int(11, 48)), days: String(pick([7, 10, 14, 30, 45, 60, 90])), mins: String(int(5, 40)),
    hrs: String(int(3, 8)), warn: String(pick([7, 14, 21, 30])), gb: String(pick([5, 10, 20, 25, 50, 100])), pct: String(int(85, 98)),
    year: String(year), y0: String(int(2012, 2020)),
    date: dateIn(lang, year, month, day), date2: dateIn(lang, year, month, day2),
    time: `${pad2(h)}:${pick(['00', '30'])}`, time2: `${pad2((h + int(1, 4)) % 24)}:${pick(['00', '15', '30', '45'])}`,
    ticket: `${pick(['OPS', 'IT', 'INFRA', 'SYS'])}-${int(1000, 9999)}`, mail: `${pick(['it-help', 'admin', 'helpdesk', 'sysops'])}@example.${tld}`,
    login: pick(['anna', 'marek', 'lucia', 'omar', 'mei', 'kenji', 'sara', 'tuan', 'niran', 'emre', 'budi', 'femke', 'olena', 'ivan', 'diego', 'lena']),
    srv: `${pick(['apollo', 'birch', 'condor', 'delta', 'elm', 'falcon', 'gamma', 'hazel'])}${int(1, 9)}`,
    act: `${pick(['org', 'net', 'com'])}.example.${flat}`,
    dbport: String(pick([5432, 3306, 5433, 26257, 50000, 1522])), dbadmin: pick(['dbadmin', 'sqladmin', 'dbowner', 'dbroot']),
    minlen: String(pick([10, 12, 14, 16])), updtool: pick(['updctl', 'patchctl', 'autoupd']),
    advurl: `https://security.example.${tld}/advisories/${year}`,
  };
}

// ------------------------------------------------------------------ button labels
interface Ui { readonly ok: string; readonly cancel: string; readonly next: string; readonly back: string; readonly finish: string; readonly close: string }
const UI: PerLang<Ui> = {
  Russian: { ok: 'ОК', cancel: 'Отмена', next: 'Далее', back: 'Назад', finish: 'Готово', close: 'Закрыть' },
  Vietnamese: { ok: 'OK', cancel: 'Hủy', next: 'Tiếp', back: 'Quay lại', finish: 'Hoàn tất', close: 'Đóng' },
  Portuguese: { ok: 'OK', cancel: 'Cancelar', next: 'Avançar', back: 'Voltar', finish: 'Concluir', close: 'Fechar' },
  Arabic: { ok: 'موافق', cancel: 'إلغاء', next: 'التالي', back: 'السابق', finish: 'إنهاء', close: 'إغلاق' },
  Thai: { ok: 'ตกลง', cancel: 'ยกเลิก', next: 'ถัดไป', back: 'ย้อนกลับ', finish: 'เสร็จสิ้น', close: 'ปิด' },
  Spanish: { ok: 'Aceptar', cancel: 'Cancelar', next: 'Siguiente', back: 'Atrás', finish: 'Finalizar', close: 'Cerrar' },
  German: { ok: 'OK', cancel: 'Abbrechen', next: 'Weiter', back: 'Zurück', finish: 'Fertigstellen', close: 'Schließen' },
  French: { ok: 'Valider', cancel: 'Annuler', next: 'Suivant', back: 'Précédent', finish: 'Terminer', close: 'Fermer' },
  Italian: { ok: 'OK', cancel: 'Annulla', next: 'Avanti', back: 'Indietro', finish: 'Fine', close: 'Chiudi' },
  Turkish: { ok: 'Tamam', cancel: 'İptal', next: 'İleri', back: 'Geri', finish: 'Bitir', close: 'Kapat' },
  Polish: { ok: 'OK', cancel: 'Anuluj', next: 'Dalej', back: 'Wstecz', finish: 'Zakończ', close: 'Zamknij' },
  Indonesian: { ok: 'OK', cancel: 'Batal', next: 'Berikutnya', back: 'Kembali', finish: 'Selesai', close: 'Tutup' },
  Japanese: { ok: 'OK', cancel: 'キャンセル', next: '次へ', back: '戻る', finish: '完了', close: '閉じる' },
  Dutch: { ok: 'OK', cancel: 'Annuleren', next: 'Volgende', back: 'Vorige', finish: 'Voltooien', close: 'Sluiten' },
  Ukrainian: { ok: 'Гаразд', cancel: 'Скасувати', next: 'Далі', back: 'Назад', finish: 'Готово', close: 'Закрити' },
  Chinese: { ok: '确定', cancel: '取消', next: '下一步', back: '上一步', finish: '完成', close: '关闭' },
};

// ------------------------------------------------------------------ 1. pkg_question_boolean
interface BoolBank {
  readonly title: Alt; readonly q: Alt; readonly why: Alt; readonly yes: Alt; readonly no: Alt;
  readonly later: Alt; readonly more: Alt; readonly notes: readonly string[]; readonly y: string; readonly n: string;
}
const BOOL: PerLang<BoolBank> = {
  Russian: {
    title: ['Настройка пакета {pkg}', 'Конфигурация пакета {pkg} ({rev})'],
    q: 'Запускать службу {svc} автоматически при загрузке системы?',
    why: 'Служба {svc} обрабатывает очередь заданий пакета {pkg}. Пока она не запущена, задания накапливаются в каталоге {dir} и выполняются только после ручного запуска. На большинстве серверов службу удобнее запускать вместе с системой.',
    yes: 'Если вы ответите «Да», служба будет включена и запустится сразу после завершения установки, а затем после каждой перезагрузки. Права администратора ей не нужны: она работает от имени отдельного системного пользователя {svcuser}.',
    no: 'Если вы ответите «Нет», служба останется отключённой. Запустить её можно вручную командой «{startcmd}» (с правами root), когда вы будете готовы.',
    later: 'Изменить этот ответ можно в любой момент: выполните «{cmd}» от имени администратора и ответьте на вопросы заново.',
    more: ['Подробности о работе службы и её параметрах см. в файле {doc}.', 'Описание параметров службы находится в {doc} и на странице {url}.'],
    notes: [
      'Значение по умолчанию — «Да». Если вы не уверены, оставьте его.',
      'Выбранное значение сохраняется в файле {defaults} в параметре START_ON_BOOT.',
      'При обновлении пакета ваш ответ не сбрасывается: программа установки возьмёт настройку из предыдущей версии.',
      'На контейнерах и в средах без системы инициализации этот вопрос можно пропустить: ответ там ни на что не влияет.',
    ],
    y: 'Да', n: 'Нет',
  },
  Vietnamese: {
    title: ['Cấu hình gói {pkg}', 'Đang cấu hình {pkg} {rev}'],
    q: 'Bạn có muốn bật giao diện quản trị web trên cổng {port} không?',
    why: '{pkg} có một giao diện web nhỏ để xem trạng thái dịch vụ, quản lý tài khoản và thay đổi thiết lập mà không cần sửa tệp cấu hình bằng tay. Giao diện này chỉ dành cho quản trị viên và luôn yêu cầu đăng nhập.',
    yes: 'Nếu bạn chọn «Có», dịch vụ sẽ lắng nghe trên cổng {port} và bạn có thể mở địa chỉ http://localhost:{port}/ sau khi cài đặt xong. Ở bước tiếp theo, hãy đặt cho tài khoản quản trị một mật khẩu đủ mạnh.',
    no: 'Nếu bạn chọn «Không», giao diện web sẽ bị tắt và mọi thao tác quản trị phải thực hiện qua dòng lệnh hoặc bằng cách chỉnh sửa tệp {conf}.',
    later: 'Bạn có thể thay đổi lựa chọn này về sau bằng cách chạy «{cmd}» với quyền root.',
    more: ['Tài liệu chi tiết có trong tệp {doc}.', 'Xem thêm tài liệu tại {url}.'],
    notes: [
      'Giá trị mặc định là «Không», để hệ thống có ít dịch vụ mở ra mạng nhất có thể.',
      'Nếu máy chủ nằm sau tường lửa, bạn cũng cần mở cổng {port} cho mạng nội bộ.',
      'Lựa chọn này không ảnh hưởng đến dữ liệu và tài khoản hiện có.',
      'Giao diện web dùng chung chứng chỉ TLS với dịch vụ chính, nên không cần cấu hình thêm.',
    ],
    y: 'Có', n: 'Không',
  },
  Portuguese: {
    title: ['Configurando o {pkg}', 'Configuração do pacote {pkg}'],
    q: 'Permitir que usuários comuns usem o {pkg} sem privilégios de administrador?',
    why: 'Por padrão, somente o usuário root pode iniciar sincronizações com o {pkg}. Como alternativa, o pacote pode criar o grupo de sistema {grp}: os membros desse grupo poderão iniciar e acompanhar sincronizações sem precisar do sudo.',
    yes: 'Se você responder «Sim», o grupo {grp} será criado e o utilitário auxiliar receberá as permissões necessárias. Depois, adicione cada usuário ao grupo e peça que ele encerre a sessão e entre novamente.',
    no: 'Se você responder «Não», nada muda: os privilégios de root continuarão sendo necessários para qualquer operação. Esta é a opção mais restritiva e é a recomendada em máquinas compartilhadas.',
    later: 'Você pode mudar essa resposta depois executando «{cmd}» como administrador.',
    more: ['Leia {doc} para entender os riscos de conceder esse acesso.', 'Os riscos desse acesso estão explicados em {url}.'],
    notes: [
      'A resposta padrão é «Não».',
      'A escolha fica registrada no arquivo {conf}, na opção allow_group.',
      'Os membros do grupo {grp} não ganham nenhum outro privilégio no sistema.',
      'Em servidores com muitos usuários, prefira conceder o acesso apenas às contas que realmente precisam dele.',
    ],
    y: 'Sim', n: 'Não',
  },
  Arabic: {
    title: ['إعداد الحزمة {pkg}', 'تهيئة {pkg} {rev}'],
    q: 'هل تريد تنزيل تحديثات قاعدة بيانات التواقيع تلقائيًا؟',
    why: 'يعتمد {pkg} على قاعدة بيانات تواقيع تصدر لها تحديثات عدة مرات في اليوم. وإذا لم تُحدَّث هذه القاعدة بانتظام فلن يتعرّف البرنامج على الملفات الضارة الجديدة.',
    yes: 'إذا أجبت بـ«نعم» فستتحقق الخدمة {svc} من وجود تحديثات كل {hrs} ساعات وتنزّلها من الخادم {mirror}، دون أن يحتاج ذلك إلى أي تدخل من مسؤول النظام.',
    no: 'إذا أجبت بـ«لا» فعليك تحديث القاعدة يدويًا بتشغيل الأمر «{upcmd}» بصلاحيات المستخدم الجذر (root). اختر هذا إذا كان الجهاز غير متصل بالإنترنت.',
    later: 'يمكنك تغيير هذا الاختيار لاحقًا بتشغيل «{cmd}» بصفتك مسؤول النظام.',
    more: ['لمزيد من المعلومات راجع الملف {doc}.', 'تجد شرحًا مفصلًا في الصفحة {url}.'],
    notes: [
      'الإجابة الافتراضية هي «نعم».',
      'تُحفظ الإعدادات في الملف {conf}.',
      'يمكنك أن تحدد خادم مرآة داخليًا بدلًا من الخادم الافتراضي إذا كانت الشبكة مغلقة.',
      'لا يؤدي تنزيل التحديثات إلى إعادة تشغيل الخدمة ولا إلى قطع الفحوصات الجارية.',
    ],
    y: 'نعم', n: 'لا',
  },
  Thai: {
    title: ['การตั้งค่าแพ็กเกจ {pkg}', 'กำลังตั้งค่า {pkg} {rev}'],
    q: 'ต้องการลบฐานข้อมูลของ {pkg} เมื่อถอนการติดตั้งแพ็กเกจแบบสมบูรณ์หรือไม่',
    why: '{pkg} เก็บข้อมูลทั้งหมดไว้ในไดเรกทอรี {dir} ข้อมูลเหล่านี้จะไม่ถูกลบเมื่อถอนการติดตั้งแบบปกติ เพื่อให้คุณติดตั้งกลับมาใช้งานใหม่ได้โดยไม่สูญเสียสิ่งใด',
    yes: 'หากคุณเลือก «ใช่» ไดเรกทอรี {dir} และฐานข้อมูลทั้งหมดจะถูกลบอย่างถาวรเมื่อมีการถอนการติดตั้งแบบสมบูรณ์ (purge) และการดำเนินการนี้ไม่สามารถย้อนกลับได้',
    no: 'หากคุณเลือก «ไม่» ข้อมูลจะยังคงอยู่ในระบบ และผู้ดูแลระบบต้องลบเองด้วยสิทธิ์ root เมื่อไม่ต้องการใช้อีกต่อไป',
    later: 'คุณสามารถเปลี่ยนคำตอบนี้ภายหลังได้ด้วยคำสั่ง «{cmd}»',
    more: ['โปรดสำรองข้อมูลก่อนเสมอ รายละเอียดเพิ่มเติมอยู่ในไฟล์ {doc}', 'อ่านรายละเอียดเพิ่มเติมได้ที่ {url}'],
    notes: [
      'ค่าเริ่มต้นคือ «ไม่» เพื่อป้องกันไม่ให้ข้อมูลสูญหายโดยไม่ตั้งใจ',
      'คำตอบนี้ไม่มีผลต่อการอัปเกรดเป็นเวอร์ชันใหม่',
      'ไฟล์สำรองใน {backupdir} จะไม่ถูกแตะต้องไม่ว่าคุณจะเลือกแบบใด',
      'หากเครื่องนี้ใช้ฐานข้อมูลร่วมกับเซิร์ฟเวอร์อื่น ควรเลือก «ไม่» เสมอ',
    ],
    y: 'ใช่', n: 'ไม่',
  },
  Spanish: {
    title: ['Configuración de {pkg}', 'Configurando {pkg} ({rev})'],
    q: '¿Desea reiniciar automáticamente los servicios afectados durante las actualizaciones?',
    why: 'Al actualizar una biblioteca como {pkg}, los servicios que la utilizan siguen ejecutando la versión anterior hasta que se reinician. Mientras tanto, pueden quedar sin aplicar correcciones importantes.',
    yes: 'Si responde «Sí», la herramienta de actualización reiniciará los servicios necesarios sin preguntar cada vez. Puede producirse una breve interrupción de {svc} y de otros servicios que dependen de la biblioteca.',
    no: 'Si responde «No», en cada actualización verá una lista de servicios y podrá elegir cuáles reiniciar y cuáles saltar. Esta opción es útil en servidores donde cada reinicio debe coordinarse con los usuarios.',
    later: 'Para cambiar esta respuesta más adelante, ejecute «{cmd}» como administrador.',
    more: ['Encontrará más información en {doc}.', 'La documentación completa está disponible en {url}.'],
    notes: [
      'La respuesta predeterminada es «No».',
      'Los servicios incluidos en la lista de exclusión de {conf} nunca se reinician automáticamente, sea cual sea su respuesta.',
      'Las sesiones de escritorio no se reinician: en ese caso se recomienda cerrar la sesión y volver a entrar.',
      'Si el sistema arranca desde una imagen de solo lectura, esta pregunta no tiene efecto.',
    ],
    y: 'Sí', n: 'No',
  },
  German: {
    title: ['Paketkonfiguration: {pkg}', '{pkg} {rev} wird eingerichtet'],
    q: 'Soll ein eigener Systembenutzer für {svc} angelegt werden?',
    why: 'Der Dienst {svc} kann unter einem eigenen, unprivilegierten Benutzerkonto laufen. Er hat dann nur Zugriff auf seine eigenen Dateien in {dir} und kann bei einer Sicherheitslücke weit weniger Schaden anrichten als ein Prozess mit Root-Rechten.',
    yes: 'Wenn Sie zustimmen, wird der Benutzer {svcuser} ohne Anmeldeshell und ohne Passwort angelegt. Die Besitzrechte der Datenverzeichnisse werden entsprechend angepasst.',
    no: 'Wenn Sie ablehnen, läuft der Dienst weiterhin mit den Rechten des Administrators. Das ist nur für Testumgebungen gedacht oder für ältere Installationen, deren Dateien bereits anderen Benutzern gehören.',
    later: 'Die Einstellung lässt sich später mit „{cmd}“ ändern; dafür sind Administratorrechte erforderlich.',
    more: ['Weitere Hinweise finden Sie in {doc}.', 'Hintergründe dazu stehen unter {url}.'],
    notes: [
      'Die Voreinstellung ist „Ja“.',
      'Ein bereits vorhandener Benutzer mit diesem Namen wird übernommen und nicht verändert.',
      'Die Antwort wird in {defaults} als RUN_AS gespeichert.',
      'Bei einem späteren Entfernen des Pakets bleibt der Benutzer bestehen, damit keine Dateien ohne Besitzer zurückbleiben.',
    ],
    y: 'Ja', n: 'Nein',
  },
  French: {
    title: ['Configuration de {pkg}', 'Paramétrage du paquet {pkg} ({rev})'],
    q: 'Faut-il autoriser {svc} à écouter sur le port {lowport} sans les droits du superutilisateur ?',
    why: "Les ports inférieurs à 1024 sont réservés au superutilisateur. Pour que {svc} puisse utiliser le port {lowport} tout en s'exécutant sous un compte sans privilèges, le programme d'installation peut lui attribuer une capacité réseau limitée.",
    yes: 'Si vous acceptez, seule cette capacité sera accordée au binaire {bin} ; le service ne disposera d’aucun autre privilège d’administration.',
    no: 'Si vous refusez, le service devra être lancé par root ou écouter sur un port supérieur à 1024, par exemple {port}. Vous pourrez alors placer un relais devant lui.',
    later: "Vous pourrez modifier ce choix plus tard avec la commande « {cmd} », en tant qu'administrateur.",
    more: ['Pour en savoir plus, consultez {doc}.', 'Des explications détaillées se trouvent sur {url}.'],
    notes: [
      'Le choix par défaut est « Oui ».',
      'Cette capacité est retirée automatiquement si le paquet est supprimé.',
      'Après une mise à jour du binaire, la capacité est réappliquée sans nouvelle question.',
      "Sur un système de fichiers qui ne gère pas les attributs étendus, seule la seconde solution est possible.",
    ],
    y: 'Oui', n: 'Non',
  },
  Italian: {
    title: ['Configurazione di {pkg}', 'Configurazione del pacchetto {pkg} ({rev})'],
    q: "Partecipare all'indagine anonima sull'uso dei pacchetti?",
    why: "Una volta alla settimana il sistema può trasmettere un elenco anonimo dei pacchetti installati e della frequenza con cui vengono usati. I dati aiutano gli sviluppatori di {distro} a decidere quali pacchetti includere nel primo supporto di installazione.",
    yes: 'Se si accetta, verrà installato un piccolo processo pianificato che trasmetterà le statistiche al server {statshost}. Non vengono trasmessi nomi utente, indirizzi né il contenuto dei file.',
    no: 'Se si rifiuta, nessun dato lascerà il computer. Le statistiche pubbliche del progetto restano comunque consultabili sul sito.',
    later: "È possibile cambiare idea in seguito eseguendo «{cmd}» con privilegi di amministratore.",
    more: ['Quali dati vengono raccolti è descritto in {doc}.', 'I dettagli sulla raccolta dei dati si trovano in {url}.'],
    notes: [
      'La risposta predefinita è «No».',
      'Il processo pianificato viene eseguito da un utente senza privilegi, non come root.',
      "Le statistiche sono pubblicate soltanto in forma aggregata, senza alcun dato della singola macchina.",
      "Se il computer non ha accesso a Internet, è meglio rispondere «No»: l'invio fallirebbe ogni settimana.",
    ],
    y: 'Sì', n: 'No',
  },
  Turkish: {
    title: ['{pkg} paketi yapılandırılıyor', '{pkg} {rev} yapılandırması'],
    q: 'Mevcut yapılandırma varsayılan ayarlarla değiştirilsin mi?',
    why: 'Eski sürümden kalan {conf} dosyası artık desteklenmeyen seçenekler içeriyor. Yeni sürüm bu dosyayı okuyabilir, ancak bazı özellikler beklendiği gibi çalışmayabilir.',
    yes: '«Evet» derseniz eski dosya {conf}.old adıyla saklanır ve yerine varsayılan ayarları içeren yeni bir dosya yazılır. Kendi değişikliklerinizi daha sonra elle aktarmanız gerekir.',
    no: '«Hayır» derseniz mevcut dosyaya dokunulmaz. Desteklenmeyen seçenekler her başlatmada günlüğe bir uyarıyla yazılır ve yok sayılır.',
    later: 'Bu kararı daha sonra yönetici olarak «{cmd}» komutunu çalıştırarak değiştirebilirsiniz.',
    more: ['Değişen seçeneklerin listesi {doc} dosyasında yer alır.', 'Ayrıntılı bilgi için {url} adresine bakın.'],
    notes: [
      'Varsayılan yanıt «Hayır»dır.',
      'Bu soru yalnızca eski bir yapılandırma bulunduğunda sorulur.',
      'Sistem yöneticisiyseniz önce dosyanın bir yedeğini almanız önerilir.',
      'Yeni dosyadaki her seçeneğin yanında kısa bir açıklama bulunur.',
    ],
    y: 'Evet', n: 'Hayır',
  },
  Polish: {
    title: ['Konfiguracja pakietu {pkg}', 'Konfigurowanie {pkg} ({rev})'],
    q: 'Czy włączyć tryb zgodności z formatem danych poprzedniej wersji?',
    why: 'Wersja {ver} zapisuje indeksy w nowym formacie, którego starsze instalacje nie potrafią odczytać. Jeśli w sieci działają jeszcze serwery z wersją {oldver}, które korzystają z tego samego katalogu {dir}, tryb zgodności jest konieczny.',
    yes: 'Jeśli wybierzesz „Tak”, dane będą nadal zapisywane w starym formacie. Wydajność może być nieco niższa, a część nowych funkcji pozostanie wyłączona do czasu aktualizacji wszystkich serwerów.',
    no: 'Jeśli wybierzesz „Nie”, przy pierwszym uruchomieniu indeksy zostaną przekonwertowane do nowego formatu. Operacja może potrwać kilka minut i nie da się jej cofnąć bez przywrócenia kopii zapasowej.',
    later: 'Ustawienie można później zmienić poleceniem „{cmd}” uruchomionym z uprawnieniami administratora.',
    more: ['Szczegóły zmian formatu opisano w pliku {doc}.', 'Opis nowego formatu znajduje się pod adresem {url}.'],
    notes: [
      'Domyślnie tryb zgodności jest wyłączony.',
      'Przed konwersją zaleca się wykonanie kopii zapasowej katalogu {dir}.',
      'Tryb zgodności można wyłączyć w dowolnym momencie, ale nie odwrotnie: po konwersji powrót wymaga przywrócenia danych.',
      'Wybór zostanie zapisany w pliku {conf} jako legacy_format.',
    ],
    y: 'Tak', n: 'Nie',
  },
  Indonesian: {
    title: ['Mengonfigurasi {pkg}', 'Konfigurasi paket {pkg} ({rev})'],
    q: 'Bangun indeks pencarian sekarang?',
    why: '{pkg} memerlukan indeks pencarian untuk semua dokumen di {dir}. Pada sistem dengan banyak berkas, pembuatan indeks pertama dapat memakan waktu hingga {mins} menit dan membebani disk.',
    yes: 'Jika Anda memilih «Ya», indeks akan dibangun sebagai bagian dari proses instalasi, dan instalasi baru selesai setelah indeks siap.',
    no: 'Jika Anda memilih «Tidak», langkah ini dilewati. Indeks akan dibangun nanti oleh layanan {svc} pada jam sepi, atau ketika Anda menjalankan «{idxcmd}» secara manual.',
    later: 'Jawaban ini dapat diubah kapan saja dengan menjalankan «{cmd}» sebagai administrator.',
    more: ['Petunjuk lengkap tersedia di {doc}.', 'Dokumentasi lengkap dapat dibaca di {url}.'],
    notes: [
      'Jawaban bawaan adalah «Tidak» pada server dan «Ya» pada komputer desktop.',
      'Selama indeks belum dibangun, pencarian hanya mengembalikan hasil dari judul dokumen.',
      'Pembuatan indeks berjalan dengan hak akses pengguna {svcuser}, bukan root.',
      'Jika proses instalasi terputus, indeks yang belum selesai akan dibuang dan dibuat ulang.',
    ],
    y: 'Ya', n: 'Tidak',
  },
  Japanese: {
    title: ['{pkg} の設定', 'パッケージの設定: {pkg} {rev}'],
    q: 'ほかのコンピューターからの接続を許可しますか?',
    why: '初期状態では、{svc} はこのコンピューター自身 (localhost) からの接続だけを受け付けます。ネットワーク上の別のマシンから利用するには、すべてのネットワークインターフェイスで待ち受けるように設定を変更する必要があります。',
    yes: '「はい」を選ぶと、ポート {port} ですべてのインターフェイスからの接続を受け付けるようになります。ファイアウォールで接続元を制限し、管理者アカウントには推測されにくいパスワードを設定してください。',
    no: '「いいえ」を選ぶと、現在の安全な設定のまま何も変更されません。あとでリモート接続が必要になった場合でも、データを失うことなく設定を変更できます。',
    later: 'この設定は、管理者権限で「{cmd}」を実行すればいつでも変更できます。',
    more: ['詳しくは {doc} を参照してください。', '詳しい説明は {url} にあります。'],
    notes: [
      '既定値は「いいえ」です。迷った場合はそのままにしておいてください。',
      '選択した内容は {conf} の listen_address に保存されます。',
      '社内ネットワークだけで使う場合でも、不要なポートは開けないことをおすすめします。',
      'この質問は、新規インストールのときと、設定ファイルにこの項目がない場合にだけ表示されます。',
      '接続を許可した後も、特定のアドレス範囲だけに絞り込むことができます。',
    ],
    y: 'はい', n: 'いいえ',
  },
  Dutch: {
    title: ['Configuratie van {pkg}', 'Pakket {pkg} {rev} wordt ingesteld'],
    q: 'Gegevens van de vorige versie automatisch migreren?',
    why: 'Op dit systeem is een gegevensmap van {pkg} {oldver} gevonden. De nieuwe versie gebruikt een andere indeling en kan de oude gegevens pas lezen nadat ze zijn omgezet.',
    yes: 'Als u „Ja” kiest, wordt eerst een reservekopie gemaakt in {backup} en worden de gegevens daarna omgezet. Tijdens de migratie is {svc} niet beschikbaar; dat duurt meestal enkele minuten.',
    no: 'Als u „Nee” kiest, wordt deze stap overgeslagen. De dienst start dan pas nadat u de migratie zelf hebt uitgevoerd met „{migcmd}”, met beheerdersrechten.',
    later: 'U kunt dit antwoord later wijzigen met „{cmd}”.',
    more: ['Lees {doc} voordat u een grote installatie migreert.', 'Meer uitleg vindt u op {url}.'],
    notes: [
      'Het standaardantwoord is „Ja”.',
      'De reservekopie wordt niet automatisch verwijderd; ruim haar zelf op zodra alles werkt.',
      'Mislukt de migratie, dan blijven de oorspronkelijke gegevens ongewijzigd.',
      'Zorg dat er op de schijf minstens twee keer zoveel vrije ruimte is als de gegevensmap groot is.',
    ],
    y: 'Ja', n: 'Nee',
  },
  Ukrainian: {
    title: ['Налаштування пакета {pkg}', 'Конфігурування {pkg} ({rev})'],
    q: 'Увімкнути журнал аудиту дій адміністратора?',
    why: '{pkg} може записувати кожну зміну налаштувань, зроблену через веб-інтерфейс або командний рядок: хто її виконав, коли і що саме змінилося. Такий журнал допомагає розслідувати збої та відповідає вимогам багатьох внутрішніх політик безпеки.',
    yes: 'Якщо ви погодитеся, записи зберігатимуться у файлі {log} протягом {days} днів. Читати журнал зможуть лише root і члени групи {grp}.',
    no: 'Якщо ви відмовитеся, до журналу потраплятимуть лише помилки та попередження, як і в попередній версії.',
    later: 'Цю відповідь можна змінити пізніше командою «{cmd}» з правами адміністратора.',
    more: ['Формат записів описано у файлі {doc}.', 'Докладніше про формат записів: {url}.'],
    notes: [
      'Типова відповідь — «Так».',
      'Журнал не містить паролів і вмісту повідомлень, лише назви змінених параметрів.',
      'Старі записи видаляються автоматично після закінчення терміну зберігання.',
      'Якщо диск заповнений більш ніж на {pct}%, запис у журнал тимчасово припиняється, а служба продовжує працювати.',
    ],
    y: 'Так', n: 'Ні',
  },
  Chinese: {
    title: ['正在配置 {pkg}', '软件包配置：{pkg} {rev}'],
    q: '是否自动生成自签名的 TLS 证书？',
    why: '{svc} 需要证书才能通过加密连接提供服务。如果您暂时还没有由证书颁发机构签发的证书，安装程序可以立即生成一个自签名证书，让服务能够正常启动。这一步只需要几秒钟，生成的证书只在本机使用。',
    yes: '如果选择“是”，证书和私钥将保存在 {certdir} 目录中，有效期为 {days} 天，私钥文件只有 root 用户可以读取。浏览器首次访问时会显示安全警告，这是自签名证书的正常现象，并不表示系统出现了问题。',
    no: '如果选择“否”，在您提供自己的证书之前，服务将以不加密的方式运行，或者根本不会启动，具体取决于 {conf} 中的设置。',
    later: '以后可以随时以管理员身份运行“{cmd}”来更改此选项。',
    more: ['有关如何换成正式证书的说明，请参阅 {doc}。', '更换正式证书的详细步骤见 {url}。'],
    notes: [
      '默认答案为“是”。如果不确定，请保留默认值。',
      '重新生成证书不会影响现有的用户数据和配置。',
      '如果服务器有多个主机名，请在证书生成后按照文档中的步骤添加其他名称。',
      '证书到期前 {warn} 天，服务会在日志中写入提醒，请在到期前及时更换。',
      '在内部测试环境中使用自签名证书没有问题；面向公众的服务则建议使用正式证书。',
      '私钥一旦泄露，请立即删除旧证书并重新生成，同时通知所有客户端更新信任设置。',
    ],
    y: '是', n: '否',
  },
};
function genBool(lang: Lang, b: BoolBank, v: Vars): string {
  const cols = pick([0, 0, 60, 68, 72, 76]);
  const tStyle = int(0, 5), bStyle = int(0, 3);
  const qFirst = chance(0.5);
  const title = tx(b.title, v), q = tx(b.q, v), why = tx(b.why, v), yes = tx(b.yes, v), no = tx(b.no, v);
  const tail = shuffle([tx(b.later, v), tx(b.more, v)]);
  const notes = sample(b.notes, b.notes.length).map((s) => fill(s, v));
  const asList = chance(0.35);
  const bullet = pick(['* ', '- ', '• ']);
  const k0 = int(1, 2);
  return grow((k) => {
    const blocks = [titled(title, tStyle)];
    if (qFirst) blocks.push(wrap(q, cols));
    blocks.push(wrap(why, cols));
    if (asList) blocks.push([item(yes, cols, bullet), item(no, cols, bullet)].join('\n'));
    else blocks.push(wrap(yes, cols), wrap(no, cols));
    for (const n of notes.slice(0, k)) blocks.push(wrap(n, cols));
    blocks.push(...tail.map((t) => wrap(t, cols)));
    if (!qFirst) blocks.push(wrap(q, cols));
    blocks.push(buttons([b.y, b.n], bStyle));
    return blocks.join('\n\n');
  }, k0, notes.length);
}

// ------------------------------------------------------------------ 2. pkg_question_select
interface SelectBank {
  readonly title: Alt; readonly q: Alt; readonly intro: Alt; readonly label: string;
  /** Choices: the label and what it does. */
  readonly opts: readonly (readonly [string, string])[];
  readonly def: number; readonly defNote: string; readonly prompt: string; readonly hints: readonly string[];
}
const SELECT: PerLang<SelectBank> = {
  Russian: {
    title: ['Настройка пакета {pkg}', 'Хранилище данных {pkg}'],
    q: 'Где {pkg} должен хранить данные?',
    intro: '{pkg} умеет работать с несколькими видами хранилищ. Выбор зависит от объёма данных и от того, сколько серверов будут обращаться к ним одновременно. Перенести данные в другое хранилище позже можно, но это займёт время.',
    label: 'Варианты:',
    opts: [
      ['каталог', 'данные хранятся в обычных файлах в {dir}. Самый простой вариант, подходит для одного сервера и небольших объёмов.'],
      ['встроенная база', 'используется встроенная база данных в одном файле. Она быстрее при большом числе мелких записей и не требует отдельной службы.'],
      ['внешний сервер', 'данные хранятся на отдельном сервере баз данных; параметры подключения будут запрошены на следующем шаге. Нужен, если к данным обращаются несколько узлов.'],
      ['не настраивать', 'программа установки пропустит этот шаг; хранилище нужно будет описать вручную в {conf} до первого запуска службы.'],
    ],
    def: 1, defNote: 'По умолчанию выбран вариант «{def}».', prompt: 'Введите номер варианта [{defn}]:',
    hints: [
      'Изменить выбор можно позже командой «{cmd}».',
      'Инструкции по переносу данных между хранилищами приведены в {doc}.',
      'Если вы не уверены, оставьте значение по умолчанию: оно подходит для большинства установок.',
    ],
  },
  Vietnamese: {
    title: ['Cấu hình {pkg}', 'Mức nhật ký của {svc}'],
    q: 'Chọn mức độ ghi nhật ký cho {svc}:',
    intro: 'Mức nhật ký quyết định lượng thông tin mà dịch vụ ghi vào {log}. Mức càng chi tiết thì càng dễ tìm ra nguyên nhân sự cố, nhưng tệp nhật ký cũng lớn nhanh hơn.',
    label: 'Các lựa chọn:',
    opts: [
      ['lỗi', 'chỉ ghi những lỗi khiến một thao tác không thể hoàn thành.'],
      ['cảnh báo', 'ghi lỗi và các tình huống bất thường mà dịch vụ vẫn chạy tiếp được, chẳng hạn khi tệp cấu hình có tùy chọn không còn được hỗ trợ.'],
      ['thông tin', 'thêm các sự kiện thông thường như khởi động, dừng và kết nối của máy khách. Phù hợp với hầu hết máy chủ.'],
      ['gỡ lỗi', 'ghi mọi chi tiết xử lý bên trong. Chỉ nên bật tạm thời khi cần điều tra sự cố, vì có thể làm chậm dịch vụ.'],
    ],
    def: 2, defNote: 'Giá trị mặc định là «{def}».', prompt: 'Nhập số thứ tự của lựa chọn [{defn}]:',
    hints: [
      'Nếu sửa mức nhật ký bằng tay trong {conf}, bạn cần khởi động lại dịch vụ bằng «{restartcmd}».',
      'Bạn có thể chạy lại «{cmd}» bất cứ lúc nào để chọn mức khác.',
      'Nhật ký cũ được nén và xoay vòng sau {days} ngày.',
    ],
  },
  Portuguese: {
    title: ['Configuração do {pkg}', 'Autenticação no {pkg}'],
    q: 'Como devem ser autenticados os utilizadores do {pkg}?',
    intro: 'O {pkg} pode verificar a identidade dos utilizadores de várias formas. A escolha aplica-se a todas as contas, incluindo a do administrador.',
    label: 'Opções:',
    opts: [
      ['contas locais', 'os utilizadores e as palavras-passe ficam guardados na própria base de dados do {pkg}. É a forma mais simples de começar.'],
      ['diretório LDAP', 'as credenciais são verificadas num servidor de diretório já existente; os dados de ligação serão pedidos a seguir.'],
      ['contas do sistema', 'são usadas as contas do próprio sistema operativo, e apenas os membros do grupo {grp} podem entrar.'],
      ['sem autenticação', 'qualquer pessoa que consiga chegar à porta {port} entra sem palavra-passe. Use apenas em redes de teste isoladas.'],
    ],
    def: 0, defNote: 'A opção predefinida é «{def}».', prompt: 'Introduza o número da opção [{defn}]:',
    hints: [
      'Pode alterar esta escolha mais tarde com o comando «{cmd}», executado como root.',
      'Consulte {doc} para saber como migrar contas de um método para outro.',
      'Se escolher o diretório LDAP, mantenha pelo menos uma conta local de recurso para o caso de o servidor ficar indisponível.',
    ],
  },
  Arabic: {
    title: ['إعداد {pkg}', 'قناة تحديثات {pkg}'],
    q: 'اختر قناة التحديثات التي يتابعها {pkg}:',
    intro: 'تحدد القناة مدى سرعة وصول الإصدارات الجديدة إلى هذا الجهاز، ومدى اختبارها قبل ذلك.',
    label: 'الخيارات:',
    opts: [
      ['مستقرة', 'تصل إليها الإصدارات بعد اختبارها عدة أسابيع، وهي الخيار المناسب لأجهزة الإنتاج.'],
      ['تجريبية', 'تصل إليها الإصدارات الجديدة قبل القناة المستقرة بنحو أسبوعين، وقد تحتوي على أخطاء بسيطة.'],
      ['ليلية', 'نسخة تُبنى كل ليلة من أحدث شيفرة مصدرية، وهي مخصصة للمطورين والمختبِرين فقط.'],
      ['يدوية', 'لا يتحقق {pkg} من وجود تحديثات، وعلى مسؤول النظام أن يثبّت كل إصدار بنفسه.'],
    ],
    def: 0, defNote: 'القناة الافتراضية هي «{def}».', prompt: 'أدخل رقم الخيار [{defn}]:',
    hints: [
      'يمكنك الانتقال إلى قناة أخرى لاحقًا بتشغيل «{cmd}»، لكن الرجوع إلى إصدار أقدم غير مدعوم.',
      'لمزيد من التفاصيل راجع {url}.',
      'تُحفظ القناة المختارة في الملف {conf}.',
      'تحتاج جميع الخيارات إلى صلاحيات المسؤول لتثبيت التحديثات، حتى في القناة الليلية.',
    ],
  },
  Thai: {
    title: ['การตั้งค่า {pkg}', 'กำหนดเวลาสำรองข้อมูลของ {pkg}'],
    q: 'เลือกความถี่ในการสำรองข้อมูลอัตโนมัติ',
    intro: '{pkg} สามารถสำรองข้อมูลใน {dir} ไปยัง {backupdir} ตามกำหนดเวลาได้ ยิ่งสำรองบ่อยเท่าใด ข้อมูลที่อาจสูญหายเมื่อเกิดปัญหาก็ยิ่งน้อยลง แต่จะใช้พื้นที่ดิสก์มากขึ้น',
    label: 'ตัวเลือก:',
    opts: [
      ['รายวัน', 'สำรองข้อมูลทุกคืนเวลา {time} และเก็บสำเนาไว้ {n} ชุดล่าสุด'],
      ['รายสัปดาห์', 'สำรองข้อมูลทุกวันอาทิตย์ เหมาะกับข้อมูลที่ไม่ค่อยเปลี่ยนแปลง'],
      ['รายเดือน', 'สำรองข้อมูลในวันแรกของทุกเดือน ควรใช้ร่วมกับระบบสำรองข้อมูลอื่น'],
      ['ด้วยตนเอง', 'ไม่มีการสำรองข้อมูลอัตโนมัติ ผู้ดูแลระบบต้องเรียกใช้คำสั่งสำรองข้อมูลเอง'],
    ],
    def: 0, defNote: 'ค่าเริ่มต้นคือ «{def}»', prompt: 'ป้อนหมายเลขตัวเลือก [{defn}]:',
    hints: [
      'คุณสามารถเปลี่ยนกำหนดเวลาได้ภายหลังด้วยคำสั่ง «{cmd}»',
      'ดูวิธีกู้คืนข้อมูลจากไฟล์สำรองได้ที่ {doc}',
      'ไฟล์สำรองทั้งหมดเป็นของผู้ใช้ root และผู้ใช้อื่นไม่สามารถอ่านได้',
      'หากดิสก์ปลายทางมีพื้นที่ว่างไม่พอ ระบบจะลบสำเนาที่เก่าที่สุดก่อนเริ่มสำรองข้อมูลครั้งใหม่',
    ],
  },
  Spanish: {
    title: ['Configuración de {pkg}', 'Publicación de la interfaz web de {pkg}'],
    q: '¿Cómo se publicará la interfaz web de {pkg}?',
    intro: 'La interfaz web puede servirse directamente o a través de un servidor web que ya tenga instalado. Elija la opción que corresponda a su sistema.',
    label: 'Opciones:',
    opts: [
      ['servidor integrado', '{pkg} escucha por sí mismo en el puerto {port}. No necesita nada más, pero no comparte el puerto 443 con otros sitios.'],
      ['proxy inverso', 'se genera un fragmento de configuración en {conf2} que puede incluir en su servidor web; el servicio solo escucha en la interfaz local.'],
      ['socket local', 'el servicio escucha en un socket Unix dentro de {dir}, útil cuando el servidor web y {pkg} están en la misma máquina.'],
      ['ninguno', 'no se configura ninguna interfaz web; solo estará disponible la herramienta de línea de comandos.'],
    ],
    def: 0, defNote: 'La opción predeterminada es «{def}».', prompt: 'Escriba el número de la opción [{defn}]:',
    hints: [
      'Si elige el proxy inverso, recuerde recargar el servidor web al terminar la instalación.',
      'Podrá cambiar esta elección ejecutando «{cmd}» con privilegios de administrador.',
      'Consulte {doc} para ver ejemplos de configuración.',
    ],
  },
  German: {
    title: ['Konfiguration von {pkg}', 'Speicherplatz-Verhalten von {svc}'],
    q: 'Wie soll {svc} reagieren, wenn der Datenträger fast voll ist?',
    intro: 'Sobald das Dateisystem mit {dir} zu mehr als {pct} % belegt ist, muss der Dienst entscheiden, was mit neuen Daten geschieht.',
    label: 'Auswahlmöglichkeiten:',
    opts: [
      ['anhalten', 'der Dienst nimmt keine neuen Daten mehr an und meldet einen Fehler, bis wieder Platz vorhanden ist. Bereits gespeicherte Daten bleiben unverändert.'],
      ['älteste löschen', 'die ältesten Datensätze werden entfernt, bis wieder genug Platz frei ist. Geeignet für Protokolle und Messwerte, bei denen nur aktuelle Daten zählen.'],
      ['nur lesen', 'der Dienst wechselt in den Nur-Lese-Betrieb: Abfragen funktionieren weiter, Schreibzugriffe werden abgelehnt.'],
      ['Warnung ignorieren', 'es wird lediglich eine Warnung protokolliert und weitergeschrieben. Läuft der Datenträger dabei voll, können Daten beschädigt werden.'],
    ],
    def: 0, defNote: 'Voreingestellt ist „{def}“.', prompt: 'Nummer der gewünschten Auswahl [{defn}]:',
    hints: [
      'Der Schwellenwert lässt sich in {conf} über die Option disk_limit anpassen.',
      'Mit „{cmd}“ können Sie diese Auswahl jederzeit ändern; dafür werden Administratorrechte benötigt.',
      'Eine Übersicht über alle Optionen finden Sie in {doc}.',
    ],
  },
  French: {
    title: ['Configuration de {pkg}', 'Interfaces réseau de {svc}'],
    q: 'Sur quelles interfaces réseau {svc} doit-il écouter ?',
    intro: 'Ce choix détermine quelles machines pourront se connecter au service. Plus il est restrictif, moins le service est exposé.',
    label: 'Choix possibles :',
    opts: [
      ['locale uniquement', "seules les connexions venant de cette machine elle-même (localhost) sont acceptées. C'est le réglage le plus sûr."],
      ['réseau interne', "le service écoute sur l'adresse {ip} ; les machines du réseau {net} peuvent s'y connecter."],
      ['toutes les interfaces', "le service accepte les connexions de n'importe quelle adresse. Un pare-feu correctement configuré devient alors indispensable."],
      ['personnalisé', 'vous saisirez vous-même la liste des adresses à l’étape suivante.'],
    ],
    def: 0, defNote: 'Le choix par défaut est « {def} ».', prompt: 'Numéro du choix [{defn}] :',
    hints: [
      'Vous pourrez revenir sur ce choix avec la commande « {cmd} » lancée en tant que root.',
      'La liste des adresses est enregistrée dans {conf}, option listen.',
      'Pour plus de détails, lisez {doc}.',
    ],
  },
  Italian: {
    title: ['Configurazione di {pkg}', 'Compressione degli archivi di {pkg}'],
    q: 'Quale livello di compressione usare per gli archivi?',
    intro: '{pkg} comprime ogni archivio prima di salvarlo in {backupdir}. Una compressione più forte occupa meno spazio su disco, ma richiede più tempo e più processore durante il salvataggio.',
    label: 'Scelte:',
    opts: [
      ['nessuna', 'gli archivi vengono salvati così come sono. È la scelta più rapida, utile quando il disco di destinazione comprime già i dati.'],
      ['veloce', 'riduce le dimensioni di circa un terzo con un carico minimo sul processore.'],
      ['bilanciata', 'buon compromesso tra spazio occupato e tempo di elaborazione; adatta alla maggior parte dei sistemi.'],
      ['massima', 'produce gli archivi più piccoli, ma può rallentare gli altri servizi del server mentre è in corso.'],
    ],
    def: 2, defNote: 'Il valore predefinito è «{def}».', prompt: 'Inserire il numero della scelta [{defn}]:',
    hints: [
      'La modifica vale solo per i nuovi archivi: quelli esistenti non vengono ricompressi.',
      'Per cambiare livello in seguito, eseguire «{cmd}» come amministratore.',
      'I tempi misurati con i diversi livelli sono riportati in {doc}.',
    ],
  },
  Turkish: {
    title: ['{pkg} yapılandırması', '{svc} yeniden başlatma politikası'],
    q: 'Güncellemeden sonra {svc} hizmeti ne zaman yeniden başlatılsın?',
    intro: 'Yeni sürüm ancak hizmet yeniden başlatıldığında devreye girer. Yeniden başlatma sırasında bağlı istemcilerin oturumları kısa bir süre kesilir.',
    label: 'Seçenekler:',
    opts: [
      ['hemen', 'paket kurulur kurulmaz hizmet yeniden başlatılır; güvenlik düzeltmeleri gecikmeden etkin olur.'],
      ['bakım saatinde', 'yeniden başlatma, her gece {time} ile {time2} arasındaki bakım aralığına ertelenir.'],
      ['sonraki açılışta', 'hizmet, sistem bir sonraki kez başlatıldığında yeni sürümle açılır.'],
      ['her seferinde sor', 'her güncellemeden sonra bu soru yeniden gösterilir.'],
    ],
    def: 1, defNote: 'Varsayılan seçim «{def}» seçeneğidir.', prompt: 'Seçenek numarasını girin [{defn}]:',
    hints: [
      'Bu ayarı daha sonra «{cmd}» komutuyla değiştirebilirsiniz; bunun için yönetici yetkisi gerekir.',
      'Bakım aralığı {conf} dosyasında tanımlanır.',
      'Ayrıntılar için {doc} dosyasına bakın.',
    ],
  },
  Polish: {
    title: ['Konfiguracja {pkg}', 'Uwierzytelnianie klientów {svc}'],
    q: 'W jaki sposób klienci mają się uwierzytelniać?',
    intro: 'Każdy klient łączący się z {svc} musi potwierdzić swoją tożsamość. Wybrana metoda obowiązuje dla wszystkich nowych połączeń; istniejące sesje nie zostaną przerwane.',
    label: 'Dostępne opcje:',
    opts: [
      ['hasło', 'klient podaje nazwę użytkownika i hasło. To najprostsza metoda, wymaga jednak szyfrowanego połączenia.'],
      ['certyfikat', 'klient przedstawia certyfikat podpisany przez lokalny urząd certyfikacji z {certdir}. Bezpieczniejsza, ale wymaga rozesłania certyfikatów.'],
      ['hasło i certyfikat', 'wymagane są oba elementy. Zalecane dla kont z uprawnieniami administratora.'],
      ['brak', 'połączenia są przyjmowane bez sprawdzania tożsamości. Używaj tego wyłącznie w odizolowanym środowisku testowym.'],
    ],
    def: 0, defNote: 'Domyślnie wybrana jest opcja „{def}”.', prompt: 'Podaj numer opcji [{defn}]:',
    hints: [
      'Wybór możesz zmienić później poleceniem „{cmd}”.',
      'Instrukcje generowania certyfikatów klienta znajdziesz w {doc}.',
      'Ustawienie jest zapisywane w {conf} w sekcji [auth].',
    ],
  },
  Indonesian: {
    title: ['Konfigurasi {pkg}', 'Mode operasi {pkg}'],
    q: 'Pilih mode operasi untuk server ini:',
    intro: '{pkg} dapat berjalan sendiri atau sebagai bagian dari kluster. Mode operasi menentukan layanan apa saja yang dijalankan dan data apa yang disimpan di server ini.',
    label: 'Pilihan:',
    opts: [
      ['mandiri', 'semua fungsi berjalan di server ini. Cocok untuk instalasi kecil dan untuk uji coba.'],
      ['anggota kluster', 'server bergabung dengan kluster yang sudah ada. Alamat node pertama dan token kluster akan ditanyakan pada langkah berikutnya.'],
      ['replika baca-saja', 'server menerima salinan data dari node utama dan hanya melayani permintaan baca. Perubahan harus dilakukan di node utama.'],
    ],
    def: 0, defNote: 'Mode bawaan adalah «{def}».', prompt: 'Masukkan nomor pilihan [{defn}]:',
    hints: [
      'Mengubah mode operasi setelah data terisi memerlukan langkah tambahan; ikuti petunjuk di {doc}.',
      'Anda dapat menjalankan «{cmd}» lagi kapan saja untuk memilih mode lain.',
      'Mode yang dipilih disimpan dalam {conf}.',
      'Sebelum bergabung dengan kluster, pastikan port {port} dan {port2} terbuka di antara semua node.',
    ],
  },
  Japanese: {
    title: ['{pkg} の設定', 'ウイルス検出時の動作'],
    q: 'ウイルスが検出されたときの動作を選んでください。',
    intro: '{svc} は、受信したファイルを保存する前に検査します。問題のあるファイルが見つかった場合にどう処理するかを、ここで決めます。',
    label: '選択肢:',
    opts: [
      ['隔離', 'ファイルを {dir}/quarantine に移動し、ほかのユーザーから読めないようにします。あとで管理者が内容を確認して、復元または削除できます。'],
      ['削除', 'ファイルをただちに削除します。ディスクの空きは保てますが、誤検出だった場合に元に戻せません。'],
      ['通知のみ', 'ファイルはそのまま残し、管理者にメールで知らせます。'],
      ['記録のみ', '検出結果をログに記録するだけで、ファイルには手を加えません。テスト環境向けの設定です。'],
    ],
    def: 0, defNote: '既定値は「{def}」です。', prompt: '番号を入力してください [{defn}]:',
    hints: [
      'この設定は、あとから「{cmd}」を実行して変更できます。',
      '通知先のアドレスは {conf} の notify_to で指定します。',
      '詳しくは {doc} を参照してください。',
      '隔離されたファイルは {days} 日後に自動的に削除されます。',
    ],
  },
  Dutch: {
    title: ['Configuratie van {pkg}', 'Certificaat voor {svc}'],
    q: 'Waar moet het TLS-certificaat voor {svc} vandaan komen?',
    intro: 'Zonder certificaat kan de dienst geen versleutelde verbindingen aanbieden. Kies hoe het certificaat wordt verkregen.',
    label: 'Keuzes:',
    opts: [
      ['zelf ondertekend', 'er wordt nu een certificaat aangemaakt dat alleen deze machine vertrouwt. Browsers tonen bij het eerste bezoek een waarschuwing.'],
      ['bestaande bestanden', 'u geeft in de volgende stap het pad op naar een certificaat en een sleutel die u al hebt, bijvoorbeeld in {certdir}.'],
      ['interne CA', 'het certificaat wordt aangevraagd bij de certificaatautoriteit van uw organisatie; daarvoor is het adres van die dienst nodig.'],
      ['geen', 'de dienst draait zonder versleuteling. Alleen geschikt voor een afgeschermd testnetwerk.'],
    ],
    def: 0, defNote: 'Standaard wordt „{def}” gekozen.', prompt: 'Voer het nummer van uw keuze in [{defn}]:',
    hints: [
      'U kunt deze keuze later wijzigen met „{cmd}” (beheerdersrechten vereist).',
      'Meer informatie over certificaten staat in {doc}.',
      'Een zelf ondertekend certificaat kunt u op elk moment vervangen, zonder de dienst opnieuw te installeren.',
    ],
  },
  Ukrainian: {
    title: ['Налаштування {pkg}', 'Політика оновлень {pkg}'],
    q: 'Як оновлювати {pkg} на цьому сервері?',
    intro: 'Від цього вибору залежить, чи встановлюватимуться оновлення без участі адміністратора. На серверах, де важлива стабільність, остаточне рішення краще залишити людині.',
    label: 'Варіанти:',
    opts: [
      ['автоматично', 'оновлення безпеки завантажуються і встановлюються щоночі; служба перезапускається, якщо це потрібно.'],
      ['лише завантажувати', 'пакети завантажуються заздалегідь, але встановлює їх адміністратор.'],
      ['лише повідомляти', 'щодня перевіряється наявність оновлень, а повідомлення надходить на адресу {mail}.'],
      ['вимкнено', 'жодних перевірок не виконується; адміністратор стежить за оновленнями самостійно.'],
    ],
    def: 2, defNote: 'Типовий варіант — «{def}».', prompt: 'Введіть номер варіанта [{defn}]:',
    hints: [
      'Змінити вибір можна пізніше командою «{cmd}».',
      'Розклад перевірок задається у файлі {conf}.',
      'Докладніше про політику оновлень: {url}.',
    ],
  },
  Chinese: {
    title: ['配置 {pkg}', '{pkg}：新用户的默认角色'],
    q: '新注册的用户默认获得哪种权限？',
    intro: '{pkg} 中的每个帐户都属于一个角色，角色决定了用户可以查看和修改哪些内容。这里选择的角色只适用于之后新建的帐户，不会改变现有帐户的权限。管理员可以随时在用户管理页面中单独调整某个帐户的角色。',
    label: '可选项：',
    opts: [
      ['只读', '用户只能浏览内容，不能创建、编辑或删除任何条目。适合对外公开的知识库。'],
      ['编辑者', '用户可以创建和编辑内容，但不能更改系统设置，也不能管理其他帐户。'],
      ['管理员', '用户拥有全部权限，包括修改系统设置和管理其他用户。除非是在封闭的测试环境中，否则不建议把它设为默认值。'],
      ['待审核', '新帐户在管理员批准之前无法登录，批准时再为其分配角色。'],
    ],
    def: 0, defNote: '默认选项为“{def}”。', prompt: '请输入选项编号 [{defn}]：',
    hints: [
      '以后可以以 root 身份运行“{cmd}”来更改此设置。',
      '各角色的详细权限列表请参阅 {doc}。',
      '该设置保存在 {conf} 的 default_role 项中。',
      '如果启用了单点登录，新用户首次登录时同样会获得这里选择的角色。',
      '更改默认角色后，请检查现有的邀请链接，它们仍会使用创建时的角色。',
    ],
  },
};
function genSelect(lang: Lang, b: SelectBank, v0: Vars): string {
  const v: Vars = { ...v0, def: b.opts[b.def][0], defn: String(b.def + 1) };
  const cols = pick([0, 0, 64, 70, 76]);
  const tStyle = int(0, 5), bStyle = int(0, 3);
  const menu = chance(0.5);
  const sep = pick([': ', ' — ', ' - ']);
  const title = tx(b.title, v), q = tx(b.q, v), intro = tx(b.intro, v);
  const opts = b.opts.map(([l, d]) => [l, fill(d, v)] as const);
  const hints = sample(b.hints, b.hints.length).map((s) => fill(s, v));
  const ui = UI[lang];
  return grow((k) => {
    const blocks = [titled(title, tStyle)];
    if (menu) {
      blocks.push(wrap(q, cols), wrap(intro, cols));
      blocks.push(opts.map(([l, d], i) => item(`${l}${sep}${d}`, cols, `  ${i + 1}) `)).join('\n'));
      blocks.push(wrap(tx(b.defNote, v), cols));
      for (const h of hints.slice(0, k)) blocks.push(wrap(h, cols));
      blocks.push(fill(b.prompt, v));
    } else {
      blocks.push(wrap(intro, cols));
      blocks.push(opts.map(([l, d]) => item(`${l}${sep}${d}`, cols, '  ')).join('\n'));
      blocks.push(wrap(tx(b.defNote, v), cols));
      for (const h of hints.slice(0, k)) blocks.push(wrap(h, cols));
      blocks.push(`${wrap(q, cols)}\n${b.label} ${opts.map(([l]) => l).join(', ')}`);
      blocks.push(buttons([ui.ok, ui.cancel], bStyle));
    }
    return blocks.join('\n\n');
  }, int(1, 2), hints.length);
}

// ------------------------------------------------------------------ 3. account_password_setup
interface AccountBank {
  readonly title: Alt; readonly intro: Alt; readonly user: string; readonly enter: string; readonly confirm: string;
  readonly hidden: string; readonly empty: readonly string[]; readonly mismatch: string; readonly short: string;
  readonly strong: string; readonly done: string;
}
const ACCOUNT: PerLang<AccountBank> = {
  Russian: {
    title: ['Учётная запись администратора {pkg}', 'Пароль администратора {pkg}'],
    intro: 'Для управления {pkg} через веб-интерфейс нужна учётная запись администратора. Она получит полный доступ ко всем настройкам, пользователям и журналам, поэтому задайте для неё надёжный пароль.',
    user: 'Имя учётной записи администратора:', enter: 'Введите пароль для пользователя {admin}:', confirm: 'Введите тот же пароль ещё раз для проверки:',
    hidden: 'Вводимые символы не отображаются на экране.',
    empty: ['Если оставить поле пустым, вход под учётной записью {admin} будет отключён; включить его можно позже командой «{cmd}».', 'Если оставить поле пустым, текущий пароль останется без изменений.'],
    mismatch: 'Введённые пароли не совпадают. Попробуйте ещё раз.', short: 'Пароль слишком короткий: нужно не менее {minlen} символов.',
    strong: 'Выберите надёжный пароль: не короче {minlen} символов, не совпадающий с именем пользователя и не используемый на других сайтах. Хорошо подходит фраза из нескольких не связанных между собой слов.',
    done: 'Пароль установлен. Войти можно по адресу {web}/login под именем {admin}.',
  },
  Vietnamese: {
    title: ['Thiết lập tài khoản quản trị cho {pkg}', 'Mật khẩu quản trị viên {pkg}'],
    intro: '{pkg} cần một tài khoản quản trị để đăng nhập vào trang cấu hình. Tài khoản này có toàn quyền đối với mọi thiết lập, người dùng và nhật ký, vì vậy hãy chọn một mật khẩu thật chắc chắn.',
    user: 'Tên tài khoản quản trị:', enter: 'Nhập mật khẩu cho người dùng {admin}:', confirm: 'Nhập lại mật khẩu để xác nhận:',
    hidden: 'Các ký tự bạn gõ sẽ không xuất hiện trên màn hình.',
    empty: ['Nếu để trống, tài khoản {admin} sẽ bị vô hiệu hóa cho đến khi bạn đặt mật khẩu bằng lệnh «{cmd}».', 'Nếu để trống, mật khẩu hiện tại sẽ được giữ nguyên.'],
    mismatch: 'Hai mật khẩu bạn nhập không khớp nhau. Vui lòng thử lại.', short: 'Mật khẩu quá ngắn: cần ít nhất {minlen} ký tự.',
    strong: 'Một mật khẩu tốt nên dài ít nhất {minlen} ký tự, không trùng với tên đăng nhập và không dùng lại ở nơi khác. Một cụm gồm vài từ không liên quan đến nhau vừa dễ nhớ vừa khó đoán.',
    done: 'Đã đặt mật khẩu. Bạn có thể đăng nhập tại {web}/login với tên {admin}.',
  },
  Portuguese: {
    title: ['Conta de administrador do {pkg}', 'Senha do administrador do {pkg}'],
    intro: 'O {pkg} precisa de uma conta de administrador para acessar o painel de configuração. Essa conta terá acesso total a todas as configurações, usuários e registros, por isso escolha uma senha forte.',
    user: 'Nome da conta de administrador:', enter: 'Digite a senha do usuário {admin}:', confirm: 'Digite a mesma senha novamente para confirmar:',
    hidden: 'Os caracteres digitados não aparecem na tela.',
    empty: ['Se o campo ficar em branco, a conta {admin} será desativada até que uma senha seja definida com «{cmd}».', 'Se o campo ficar em branco, a senha atual será mantida.'],
    mismatch: 'As senhas digitadas não coincidem. Tente novamente.', short: 'A senha é curta demais: são necessários pelo menos {minlen} caracteres.',
    strong: 'Escolha uma senha forte: com pelo menos {minlen} caracteres, diferente do nome de usuário e que você não use em outros serviços. Uma frase com várias palavras sem relação entre si é fácil de lembrar e difícil de adivinhar.',
    done: 'Senha definida. Você já pode entrar em {web}/login com o usuário {admin}.',
  },
  Arabic: {
    title: ['حساب مسؤول {pkg}', 'كلمة مرور مسؤول {pkg}'],
    intro: 'يحتاج {pkg} إلى حساب مسؤول للدخول إلى لوحة الإعدادات. يملك هذا الحساب صلاحيات كاملة على جميع الإعدادات والمستخدمين والسجلات، لذا اختر له كلمة مرور قوية.',
    user: 'اسم حساب المسؤول:', enter: 'أدخل كلمة المرور للمستخدم {admin}:', confirm: 'أعد إدخال كلمة المرور نفسها للتأكيد:',
    hidden: 'لن تظهر الأحرف التي تكتبها على الشاشة.',
    empty: ['إذا تركت الحقل فارغًا فسيُعطَّل الحساب {admin} إلى أن تعيّن له كلمة مرور بالأمر «{cmd}».', 'إذا تركت الحقل فارغًا فستبقى كلمة المرور الحالية كما هي.'],
    mismatch: 'كلمتا المرور غير متطابقتين. حاول مرة أخرى.', short: 'كلمة المرور قصيرة جدًا: يجب ألا تقل عن {minlen} حرفًا.',
    strong: 'اختر كلمة مرور قوية لا يقل طولها عن {minlen} حرفًا، ولا تشبه اسم المستخدم، ولا تستخدمها في خدمات أخرى. العبارة المؤلفة من عدة كلمات لا رابط بينها سهلة التذكر وصعبة التخمين.',
    done: 'تم تعيين كلمة المرور. يمكنك الآن تسجيل الدخول عبر {web}/login باسم المستخدم {admin}.',
  },
  Thai: {
    title: ['บัญชีผู้ดูแลระบบของ {pkg}', 'รหัสผ่านผู้ดูแลระบบ {pkg}'],
    intro: '{pkg} ต้องมีบัญชีผู้ดูแลระบบสำหรับเข้าสู่หน้าการตั้งค่า บัญชีนี้มีสิทธิ์เต็มในการจัดการการตั้งค่า ผู้ใช้ และบันทึกทั้งหมด ดังนั้นโปรดเลือกรหัสผ่านที่คาดเดาได้ยาก',
    user: 'ชื่อบัญชีผู้ดูแลระบบ:', enter: 'ป้อนรหัสผ่านสำหรับผู้ใช้ {admin}:', confirm: 'ป้อนรหัสผ่านเดิมอีกครั้งเพื่อยืนยัน:',
    hidden: 'ตัวอักษรที่คุณพิมพ์จะไม่ปรากฏบนหน้าจอ',
    empty: ['หากเว้นว่างไว้ บัญชี {admin} จะถูกปิดใช้งานจนกว่าคุณจะตั้งรหัสผ่านด้วยคำสั่ง «{cmd}»', 'หากเว้นว่างไว้ ระบบจะใช้รหัสผ่านเดิมต่อไป'],
    mismatch: 'รหัสผ่านทั้งสองครั้งไม่ตรงกัน โปรดลองอีกครั้ง', short: 'รหัสผ่านสั้นเกินไป ต้องมีอย่างน้อย {minlen} ตัวอักษร',
    strong: 'รหัสผ่านที่ดีควรยาวอย่างน้อย {minlen} ตัวอักษร ไม่ซ้ำกับชื่อผู้ใช้ และไม่ได้ใช้กับบริการอื่น วลีที่ประกอบด้วยคำหลายคำที่ไม่เกี่ยวข้องกันนั้นจำง่ายแต่เดายาก',
    done: 'ตั้งรหัสผ่านเรียบร้อยแล้ว คุณสามารถเข้าสู่ระบบได้ที่ {web}/login ด้วยชื่อผู้ใช้ {admin}',
  },
  Spanish: {
    title: ['Cuenta de administrador de {pkg}', 'Contraseña del administrador de {pkg}'],
    intro: '{pkg} necesita una cuenta de administrador para acceder al panel de configuración. Esa cuenta tendrá control total sobre los ajustes, los usuarios y los registros, así que elija una contraseña robusta.',
    user: 'Nombre de la cuenta de administrador:', enter: 'Introduzca la contraseña para el usuario {admin}:', confirm: 'Vuelva a introducir la misma contraseña para confirmarla:',
    hidden: 'Los caracteres que escriba no se mostrarán en pantalla.',
    empty: ['Si deja el campo vacío, la cuenta {admin} quedará desactivada hasta que le asigne una contraseña con «{cmd}».', 'Si deja el campo vacío, se conservará la contraseña actual.'],
    mismatch: 'Las contraseñas no coinciden. Inténtelo de nuevo.', short: 'La contraseña es demasiado corta: debe tener al menos {minlen} caracteres.',
    strong: 'Elija una contraseña robusta: de al menos {minlen} caracteres, distinta del nombre de usuario y que no utilice en otros servicios. Una frase formada por varias palabras sin relación entre sí es fácil de recordar y difícil de adivinar.',
    done: 'La contraseña se ha establecido. Ya puede iniciar sesión en {web}/login con el usuario {admin}.',
  },
  German: {
    title: ['Administratorkonto für {pkg}', 'Administratorpasswort für {pkg} festlegen'],
    intro: 'Für die Verwaltung von {pkg} über die Weboberfläche wird ein Administratorkonto benötigt. Es hat vollen Zugriff auf alle Einstellungen, Benutzer und Protokolle; wählen Sie deshalb ein sicheres Passwort.',
    user: 'Name des Administratorkontos:', enter: 'Passwort für den Benutzer {admin} eingeben:', confirm: 'Bitte geben Sie das Passwort zur Bestätigung noch einmal ein:',
    hidden: 'Die eingegebenen Zeichen werden nicht angezeigt.',
    empty: ['Bleibt das Feld leer, wird das Konto {admin} deaktiviert, bis Sie mit „{cmd}“ ein Passwort setzen.', 'Bleibt das Feld leer, wird das bisherige Passwort beibehalten.'],
    mismatch: 'Die beiden Passwörter stimmen nicht überein. Bitte versuchen Sie es erneut.', short: 'Das Passwort ist zu kurz: Es muss mindestens {minlen} Zeichen lang sein.',
    strong: 'Wählen Sie ein sicheres Passwort: mindestens {minlen} Zeichen lang, nicht identisch mit dem Benutzernamen und nirgendwo sonst verwendet. Ein Satz aus mehreren zusammenhanglosen Wörtern ist leicht zu merken und schwer zu erraten.',
    done: 'Das Passwort wurde gesetzt. Sie können sich jetzt unter {web}/login als {admin} anmelden.',
  },
  French: {
    title: ['Compte administrateur de {pkg}', "Mot de passe de l'administrateur de {pkg}"],
    intro: "{pkg} a besoin d'un compte administrateur pour accéder à l'interface de configuration. Ce compte aura un accès complet aux réglages, aux utilisateurs et aux journaux : choisissez donc un mot de passe solide.",
    user: 'Nom du compte administrateur :', enter: "Saisissez le mot de passe de l'utilisateur {admin} :", confirm: 'Saisissez-le une seconde fois pour confirmation :',
    hidden: "Les caractères saisis n'apparaissent pas à l'écran.",
    empty: ["Si vous laissez ce champ vide, le compte {admin} sera désactivé jusqu'à ce que vous lui attribuiez un mot de passe avec « {cmd} ».", 'Si vous laissez ce champ vide, le mot de passe actuel sera conservé.'],
    mismatch: 'Les deux mots de passe saisis ne correspondent pas. Veuillez réessayer.', short: 'Ce mot de passe est trop court : il doit comporter au moins {minlen} caractères.',
    strong: "Choisissez un mot de passe solide : au moins {minlen} caractères, différent du nom d'utilisateur et jamais utilisé ailleurs. Une phrase composée de plusieurs mots sans rapport entre eux se retient facilement et se devine difficilement.",
    done: "Le mot de passe a été enregistré. Vous pouvez maintenant vous connecter sur {web}/login avec l'identifiant {admin}.",
  },
  Italian: {
    title: ['Account amministratore di {pkg}', "Password dell'amministratore di {pkg}"],
    intro: "{pkg} richiede un account amministratore per accedere al pannello di configurazione. L'account avrà pieno accesso a impostazioni, utenti e registri: è quindi necessario scegliere una password robusta.",
    user: "Nome dell'account amministratore:", enter: "Inserire la password per l'utente {admin}:", confirm: 'Inserire di nuovo la stessa password per conferma:',
    hidden: 'I caratteri digitati non compaiono sullo schermo.',
    empty: ["Lasciando il campo vuoto, l'account {admin} resterà disattivato finché non gli verrà assegnata una password con «{cmd}».", 'Lasciando il campo vuoto, la password attuale resterà invariata.'],
    mismatch: 'Le due password non coincidono. Riprovare.', short: 'La password è troppo corta: servono almeno {minlen} caratteri.',
    strong: 'Scegliere una password robusta: almeno {minlen} caratteri, diversa dal nome utente e non usata per altri servizi. Una frase di più parole senza legame tra loro è facile da ricordare e difficile da indovinare.',
    done: "La password è stata impostata. Ora è possibile accedere a {web}/login con l'utente {admin}.",
  },
  Turkish: {
    title: ['{pkg} yönetici hesabı', '{pkg} yönetici parolası'],
    intro: '{pkg}, yapılandırma paneline girebilmek için bir yönetici hesabına ihtiyaç duyar. Bu hesap tüm ayarlar, kullanıcılar ve günlükler üzerinde tam yetkiye sahip olacağından güçlü bir parola seçin.',
    user: 'Yönetici hesabının adı:', enter: '{admin} kullanıcısı için parolayı girin:', confirm: 'Doğrulamak için aynı parolayı yeniden girin:',
    hidden: 'Yazdığınız karakterler ekranda görünmez.',
    empty: ['Alanı boş bırakırsanız {admin} hesabı, «{cmd}» ile bir parola belirleyene kadar devre dışı kalır.', 'Alanı boş bırakırsanız mevcut parola değiştirilmez.'],
    mismatch: 'Girilen parolalar eşleşmiyor. Lütfen yeniden deneyin.', short: 'Parola çok kısa: en az {minlen} karakter olmalıdır.',
    strong: 'Güçlü bir parola seçin: en az {minlen} karakter uzunluğunda, kullanıcı adından farklı ve başka hizmetlerde kullanmadığınız bir parola olsun. Birbiriyle ilgisiz birkaç kelimeden oluşan bir cümle hem kolay hatırlanır hem de zor tahmin edilir.',
    done: 'Parola ayarlandı. Artık {web}/login adresinden {admin} kullanıcı adıyla oturum açabilirsiniz.',
  },
  Polish: {
    title: ['Konto administratora {pkg}', 'Hasło administratora {pkg}'],
    intro: '{pkg} wymaga konta administratora, aby można było zalogować się do panelu konfiguracji. To konto będzie miało pełny dostęp do ustawień, użytkowników i dzienników, dlatego wybierz silne hasło.',
    user: 'Nazwa konta administratora:', enter: 'Podaj hasło dla użytkownika {admin}:', confirm: 'Wpisz to samo hasło ponownie, aby je potwierdzić:',
    hidden: 'Wpisywane znaki nie są wyświetlane na ekranie.',
    empty: ['Jeśli pole pozostanie puste, konto {admin} zostanie wyłączone do czasu ustawienia hasła poleceniem „{cmd}”.', 'Jeśli pole pozostanie puste, obecne hasło zostanie zachowane.'],
    mismatch: 'Podane hasła nie są identyczne. Spróbuj ponownie.', short: 'Hasło jest za krótkie: musi mieć co najmniej {minlen} znaków.',
    strong: 'Wybierz silne hasło: co najmniej {minlen} znaków, inne niż nazwa użytkownika i nieużywane w innych serwisach. Zdanie złożone z kilku niezwiązanych ze sobą słów łatwo zapamiętać, a trudno odgadnąć.',
    done: 'Hasło zostało ustawione. Możesz teraz zalogować się pod adresem {web}/login jako {admin}.',
  },
  Indonesian: {
    title: ['Akun administrator {pkg}', 'Kata sandi administrator {pkg}'],
    intro: '{pkg} memerlukan akun administrator untuk masuk ke panel konfigurasi. Akun ini memiliki akses penuh ke semua pengaturan, pengguna, dan log, jadi pilihlah kata sandi yang kuat.',
    user: 'Nama akun administrator:', enter: 'Masukkan kata sandi untuk pengguna {admin}:', confirm: 'Ketik kata sandi yang sama sekali lagi untuk konfirmasi:',
    hidden: 'Karakter yang Anda ketik tidak akan muncul di layar.',
    empty: ['Jika dibiarkan kosong, akun {admin} akan dinonaktifkan sampai Anda menetapkan kata sandi dengan «{cmd}».', 'Jika dibiarkan kosong, kata sandi yang berlaku saat ini tetap digunakan.'],
    mismatch: 'Kedua kata sandi tidak cocok. Silakan coba lagi.', short: 'Kata sandi terlalu pendek: minimal {minlen} karakter.',
    strong: 'Pilih kata sandi yang kuat: minimal {minlen} karakter, berbeda dari nama pengguna, dan tidak dipakai di layanan lain. Kalimat yang terdiri atas beberapa kata yang tidak saling berhubungan mudah diingat tetapi sulit ditebak.',
    done: 'Kata sandi sudah disetel. Anda kini dapat masuk di {web}/login sebagai {admin}.',
  },
  Japanese: {
    title: ['{pkg} の管理者アカウント', '{pkg} 管理者パスワードの設定'],
    intro: '{pkg} の設定画面にログインするには、管理者アカウントが必要です。このアカウントはすべての設定、ユーザー、ログに対して完全な権限を持つため、推測されにくいパスワードを設定してください。',
    user: '管理者アカウントの名前:', enter: 'ユーザー {admin} のパスワードを入力してください:', confirm: '確認のため、同じパスワードをもう一度入力してください:',
    hidden: '入力した文字は画面に表示されません。',
    empty: ['空欄のままにすると、「{cmd}」でパスワードを設定するまで {admin} アカウントは無効になります。', '空欄のままにすると、現在のパスワードがそのまま使われます。'],
    mismatch: '入力された 2 つのパスワードが一致しません。もう一度やり直してください。', short: 'パスワードが短すぎます。{minlen} 文字以上にしてください。',
    strong: 'パスワードは {minlen} 文字以上にし、ユーザー名と同じものや、ほかのサービスで使っているものは避けてください。互いに関係のない複数の単語をつなげたフレーズは、覚えやすく、しかも推測されにくいのでおすすめです。',
    done: 'パスワードを設定しました。{web}/login から {admin} としてログインできます。',
  },
  Dutch: {
    title: ['Beheerdersaccount voor {pkg}', 'Wachtwoord van de beheerder van {pkg}'],
    intro: '{pkg} heeft een beheerdersaccount nodig om in het configuratiepaneel te kunnen inloggen. Dit account krijgt volledige toegang tot alle instellingen, gebruikers en logboeken; kies daarom een sterk wachtwoord.',
    user: 'Naam van het beheerdersaccount:', enter: 'Voer het wachtwoord in voor gebruiker {admin}:', confirm: 'Voer hetzelfde wachtwoord nogmaals in ter bevestiging:',
    hidden: 'De tekens die u typt, worden niet op het scherm getoond.',
    empty: ['Laat u het veld leeg, dan wordt het account {admin} uitgeschakeld totdat u met „{cmd}” een wachtwoord instelt.', 'Laat u het veld leeg, dan blijft het huidige wachtwoord behouden.'],
    mismatch: 'De twee wachtwoorden komen niet overeen. Probeer het opnieuw.', short: 'Het wachtwoord is te kort: het moet minstens {minlen} tekens bevatten.',
    strong: 'Kies een sterk wachtwoord: minstens {minlen} tekens, anders dan de gebruikersnaam en nergens anders in gebruik. Een zin van een paar woorden die niets met elkaar te maken hebben, is makkelijk te onthouden en moeilijk te raden.',
    done: 'Het wachtwoord is ingesteld. U kunt nu inloggen op {web}/login als {admin}.',
  },
  Ukrainian: {
    title: ['Обліковий запис адміністратора {pkg}', 'Пароль адміністратора {pkg}'],
    intro: 'Для входу до панелі налаштувань {pkg} потрібен обліковий запис адміністратора. Він матиме повний доступ до всіх налаштувань, користувачів і журналів, тож оберіть надійний пароль.',
    user: "Ім'я облікового запису адміністратора:", enter: 'Введіть пароль для користувача {admin}:', confirm: 'Введіть той самий пароль ще раз для підтвердження:',
    hidden: 'Символи, які ви вводите, не відображаються на екрані.',
    empty: ['Якщо залишити поле порожнім, обліковий запис {admin} буде вимкнено, доки ви не встановите пароль командою «{cmd}».', 'Якщо залишити поле порожнім, поточний пароль залишиться без змін.'],
    mismatch: 'Введені паролі не збігаються. Спробуйте ще раз.', short: 'Пароль закороткий: потрібно щонайменше {minlen} символів.',
    strong: "Оберіть надійний пароль: щонайменше {minlen} символів, відмінний від імені користувача і не використаний на інших сервісах. Фразу з кількох не пов'язаних між собою слів легко запам'ятати і важко вгадати.",
    done: 'Пароль встановлено. Тепер можна увійти за адресою {web}/login як {admin}.',
  },
  Chinese: {
    title: ['{pkg} 管理员帐户', '设置 {pkg} 管理员密码'],
    intro: '{pkg} 需要一个管理员帐户才能登录配置面板。该帐户对所有设置、用户和日志拥有完全控制权，因此请为它设置一个足够强的密码。安装完成后，您可以再创建权限较低的普通帐户，用于日常工作。',
    user: '管理员帐户名称：', enter: '请输入用户 {admin} 的密码：', confirm: '请再次输入相同的密码以进行确认：',
    hidden: '您输入的字符不会出现在屏幕上。',
    empty: ['如果留空，{admin} 帐户将被停用，直到您使用“{cmd}”为其设置密码为止。', '如果留空，将继续使用当前的密码。'],
    mismatch: '两次输入的密码不一致，请重新输入。', short: '密码太短，至少需要 {minlen} 个字符。',
    strong: '请选择一个强密码：长度至少为 {minlen} 个字符，不要与用户名相同，也不要是在其他服务中用过的密码。由几个互不相关的词语组成的短句既容易记住，又很难被猜到。',
    done: '密码已设置。现在可以通过 {web}/login 以 {admin} 身份登录。',
  },
};
function genAccount(lang: Lang, b: AccountBank, v: Vars): string {
  const cols = pick([0, 0, 64, 72]);
  const tStyle = int(0, 5), bStyle = int(0, 3);
  const ui = UI[lang];
  const field = pick(['[                    ]', '> ', '____________________', '[ ]']);
  const rule = pick(['─'.repeat(int(30, 50)), '- - - - - - - - - - - -', '', '~~~~~~~~~~~~~~~~~~~~~~~~~~']);
  const sep = rule ? `\n\n${rule}\n\n` : '\n\n\n';
  const emptyNote = fill(pick(b.empty), v);
  const title = tx(b.title, v);
  const askUser = chance(0.5);
  const strongFirst = chance(0.5);
  const failure = pick([b.mismatch, fill(b.short, v), '']);
  const showDone = chance(0.6);
  const btn = buttons([ui.ok, ui.cancel], bStyle);
  const screen1 = (): string => {
    const blocks = [titled(title, tStyle), wrap(tx(b.intro, v), cols)];
    if (askUser) blocks.push(`${b.user} ${v.admin}`);
    if (strongFirst) blocks.push(wrap(fill(b.strong, v), cols));
    blocks.push(`${fill(b.enter, v)}\n${field}`);
    blocks.push(wrap(b.hidden, cols), wrap(emptyNote, cols));
    if (!strongFirst) blocks.push(wrap(fill(b.strong, v), cols));
    blocks.push(btn);
    return blocks.join('\n\n');
  };
  const screen2 = (): string => [titled(title, tStyle), `${fill(b.confirm, v)}\n${field}`, btn].join('\n\n');
  const screen3 = (): string => [wrap(failure, cols), `${fill(b.enter, v)}\n${field}`].join('\n\n');
  const screen4 = (): string => wrap(fill(b.done, v), cols);
  return grow((k) => {
    const screens = [screen1(), screen2()];
    if (failure && k >= 1) screens.push(screen3(), screen2());
    if (showDone || k >= 2) screens.push(screen4());
    return screens.join(sep);
  }, 0, 2);
}

// ------------------------------------------------------------------ 4. database_setup
interface DbBank {
  readonly title: Alt; readonly intro: string; readonly autoQ: string; readonly autoWhy: string; readonly fieldsHead: string;
  /** Labels: server, port, database name, user, the user's password, administrative account. */
  readonly fields: readonly [string, string, string, string, string, string];
  readonly passNote: string; readonly adminNote: string; readonly failHead: string; readonly failMsg: string; readonly failQ: string;
  readonly opts: readonly (readonly [string, string])[]; readonly later: string; readonly yes: string; readonly no: string;
}
const DB: PerLang<DbBank> = {
  Russian: {
    title: ['Настройка базы данных для {pkg}', '{pkg}: база данных'],
    intro: 'Для работы {pkg} нужна база данных. Программа установки может создать её автоматически вместе с отдельным пользователем, у которого будут права только на эту базу.',
    autoQ: 'Настроить базу данных для {pkg} автоматически?',
    autoWhy: 'Если вы опытный администратор и хотите создать базу самостоятельно или база уже существует, ответьте «Нет». Необходимые шаги описаны в {doc}; выполните их до первого запуска службы.',
    fieldsHead: 'Параметры подключения:',
    fields: ['Сервер базы данных', 'Порт', 'Имя базы данных', 'Пользователь базы данных', 'Пароль пользователя', 'Административная учётная запись'],
    passNote: 'Пароль пользователя базы данных можно не вводить: тогда будет создан случайный пароль, который сохранится в {conf} с правами на чтение только для root.',
    adminNote: 'Административная учётная запись ({dbadmin}) используется только для создания базы и пользователя; её пароль нигде не сохраняется.',
    failHead: 'При создании базы данных произошла ошибка:', failMsg: 'не удалось подключиться к серверу {host}:{dbport} (соединение отклонено).',
    failQ: 'Что делать дальше?',
    opts: [['повторить', 'ещё раз выполнить ту же операцию, например после запуска сервера баз данных.'], ['изменить параметры', 'вернуться к вопросам о сервере, порте и учётных записях.'],
      ['прервать', 'остановить настройку; пакет останется ненастроенным.'], ['игнорировать', 'продолжить без базы данных. {pkg} не будет работать, пока вы не настроите базу вручную.']],
    later: 'Повторить автоматическую настройку можно командой «{cmd}».', yes: 'Да', no: 'Нет',
  },
  Vietnamese: {
    title: ['Cấu hình cơ sở dữ liệu cho {pkg}', '{pkg}: cơ sở dữ liệu'],
    intro: '{pkg} cần một cơ sở dữ liệu để hoạt động. Trình cài đặt có thể tự động tạo cơ sở dữ liệu cùng với một người dùng riêng chỉ có quyền trên cơ sở dữ liệu đó.',
    autoQ: 'Tự động cấu hình cơ sở dữ liệu cho {pkg}?',
    autoWhy: 'Nếu bạn là quản trị viên có kinh nghiệm và muốn tự tạo cơ sở dữ liệu, hoặc cơ sở dữ liệu đã có sẵn, hãy chọn «Không». Các bước cần làm được mô tả trong {doc}; hãy thực hiện chúng trước khi khởi động dịch vụ lần đầu.',
    fieldsHead: 'Thông số kết nối:',
    fields: ['Máy chủ cơ sở dữ liệu', 'Cổng', 'Tên cơ sở dữ liệu', 'Người dùng', 'Mật khẩu người dùng', 'Tài khoản quản trị'],
    passNote: 'Có thể để trống mật khẩu của người dùng cơ sở dữ liệu: khi đó một mật khẩu ngẫu nhiên sẽ được tạo và lưu trong {conf}, tệp mà chỉ root mới đọc được.',
    adminNote: 'Tài khoản quản trị ({dbadmin}) chỉ được dùng để tạo cơ sở dữ liệu và người dùng; mật khẩu của tài khoản này không được lưu ở bất kỳ đâu.',
    failHead: 'Đã xảy ra lỗi khi tạo cơ sở dữ liệu:', failMsg: 'không kết nối được tới máy chủ {host}:{dbport} (kết nối bị từ chối).',
    failQ: 'Bạn muốn làm gì tiếp theo?',
    opts: [['thử lại', 'thực hiện lại thao tác vừa rồi, chẳng hạn sau khi đã khởi động máy chủ cơ sở dữ liệu.'], ['đổi thông số', 'quay lại các câu hỏi về máy chủ, cổng và tài khoản.'],
      ['hủy bỏ', 'dừng việc cấu hình; gói sẽ ở trạng thái chưa được cấu hình.'], ['bỏ qua', 'tiếp tục mà không có cơ sở dữ liệu. {pkg} sẽ không hoạt động cho đến khi bạn cấu hình thủ công.']],
    later: 'Bạn có thể chạy lại bước cấu hình tự động bằng lệnh «{cmd}».', yes: 'Có', no: 'Không',
  },
  Portuguese: {
    title: ['Configuração da base de dados do {pkg}', '{pkg}: base de dados'],
    intro: 'O {pkg} necessita de uma base de dados. O programa de instalação pode criá-la automaticamente, juntamente com um utilizador próprio que só terá permissões sobre essa base de dados.',
    autoQ: 'Configurar automaticamente a base de dados do {pkg}?',
    autoWhy: 'Se é um administrador experiente e prefere criar a base de dados manualmente, ou se ela já existe, responda «Não». Os passos necessários estão descritos em {doc} e devem ser seguidos antes de iniciar o serviço pela primeira vez.',
    fieldsHead: 'Parâmetros de ligação:',
    fields: ['Servidor da base de dados', 'Porta', 'Nome da base de dados', 'Utilizador', 'Palavra-passe do utilizador', 'Conta de administração'],
    passNote: 'Pode deixar vazia a palavra-passe do utilizador da base de dados: nesse caso será gerada uma palavra-passe aleatória, guardada em {conf} com permissões de leitura apenas para o root.',
    adminNote: 'A conta de administração ({dbadmin}) é usada apenas para criar a base de dados e o utilizador; a respetiva palavra-passe não fica guardada.',
    failHead: 'Ocorreu um erro ao criar a base de dados:', failMsg: 'não foi possível ligar ao servidor {host}:{dbport} (ligação recusada).',
    failQ: 'O que pretende fazer?',
    opts: [['tentar novamente', 'repetir a operação, por exemplo depois de iniciar o servidor de base de dados.'], ['alterar parâmetros', 'voltar às perguntas sobre o servidor, a porta e as contas.'],
      ['abortar', 'interromper a configuração; o pacote ficará por configurar.'], ['ignorar', 'continuar sem base de dados. O {pkg} não funcionará até que a configure manualmente.']],
    later: 'Pode voltar a executar a configuração automática com o comando «{cmd}».', yes: 'Sim', no: 'Não',
  },
  Arabic: {
    title: ['إعداد قاعدة البيانات لـ {pkg}', '{pkg}: قاعدة البيانات'],
    intro: 'يحتاج {pkg} إلى قاعدة بيانات كي يعمل. ويمكن لبرنامج التثبيت إنشاؤها تلقائيًا مع مستخدم خاص لا يملك صلاحيات إلا على هذه القاعدة.',
    autoQ: 'هل تريد إعداد قاعدة البيانات لـ {pkg} تلقائيًا؟',
    autoWhy: 'إذا كنت مسؤولًا متمرسًا وتفضّل إنشاء القاعدة بنفسك، أو كانت القاعدة موجودة من قبل، فأجب بـ«لا». الخطوات المطلوبة موضحة في {doc}، ويجب تنفيذها قبل تشغيل الخدمة أول مرة.',
    fieldsHead: 'معلومات الاتصال:',
    fields: ['خادم قاعدة البيانات', 'المنفذ', 'اسم قاعدة البيانات', 'مستخدم قاعدة البيانات', 'كلمة مرور المستخدم', 'حساب الإدارة'],
    passNote: 'يمكنك ترك كلمة مرور مستخدم قاعدة البيانات فارغة، وعندئذ تُولَّد كلمة مرور عشوائية وتُحفظ في {conf} بصلاحيات قراءة للمستخدم الجذر فقط.',
    adminNote: 'يُستخدم حساب الإدارة ({dbadmin}) لإنشاء القاعدة والمستخدم فقط، ولا تُحفظ كلمة مروره في أي مكان.',
    failHead: 'حدث خطأ أثناء إنشاء قاعدة البيانات:', failMsg: 'تعذّر الاتصال بالخادم {host}:{dbport} (رُفض الاتصال).',
    failQ: 'ماذا تريد أن تفعل الآن؟',
    opts: [['إعادة المحاولة', 'تنفيذ العملية نفسها مرة أخرى، بعد تشغيل خادم قاعدة البيانات مثلًا.'], ['تغيير الإعدادات', 'العودة إلى الأسئلة الخاصة بالخادم والمنفذ والحسابات.'],
      ['إلغاء', 'إيقاف الإعداد، وستبقى الحزمة غير مهيأة.'], ['تجاهل', 'المتابعة دون قاعدة بيانات. لن يعمل {pkg} حتى تُعدّ القاعدة يدويًا.']],
    later: 'يمكنك إعادة الإعداد التلقائي لاحقًا بالأمر «{cmd}».', yes: 'نعم', no: 'لا',
  },
  Thai: {
    title: ['การตั้งค่าฐานข้อมูลสำหรับ {pkg}', '{pkg}: ฐานข้อมูล'],
    intro: '{pkg} ต้องใช้ฐานข้อมูลในการทำงาน โปรแกรมติดตั้งสามารถสร้างฐานข้อมูลให้โดยอัตโนมัติ พร้อมผู้ใช้เฉพาะที่มีสิทธิ์กับฐานข้อมูลนี้เท่านั้น',
    autoQ: 'ต้องการตั้งค่าฐานข้อมูลสำหรับ {pkg} โดยอัตโนมัติหรือไม่',
    autoWhy: 'หากคุณเป็นผู้ดูแลระบบที่มีประสบการณ์และต้องการสร้างฐานข้อมูลเอง หรือมีฐานข้อมูลอยู่แล้ว ให้เลือก «ไม่» ขั้นตอนที่ต้องทำอธิบายไว้ใน {doc} โปรดทำตามขั้นตอนเหล่านั้นก่อนเริ่มบริการครั้งแรก',
    fieldsHead: 'ข้อมูลการเชื่อมต่อ:',
    fields: ['เซิร์ฟเวอร์ฐานข้อมูล', 'พอร์ต', 'ชื่อฐานข้อมูล', 'ผู้ใช้ฐานข้อมูล', 'รหัสผ่านของผู้ใช้', 'บัญชีผู้ดูแล'],
    passNote: 'คุณสามารถเว้นรหัสผ่านของผู้ใช้ฐานข้อมูลว่างไว้ได้ ระบบจะสร้างรหัสผ่านแบบสุ่มและบันทึกไว้ใน {conf} ซึ่งมีเพียง root เท่านั้นที่อ่านได้',
    adminNote: 'บัญชีผู้ดูแล ({dbadmin}) ใช้เพื่อสร้างฐานข้อมูลและผู้ใช้เท่านั้น และรหัสผ่านของบัญชีนี้จะไม่ถูกบันทึกไว้ที่ใด',
    failHead: 'เกิดข้อผิดพลาดขณะสร้างฐานข้อมูล:', failMsg: 'ไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์ {host}:{dbport} ได้ (การเชื่อมต่อถูกปฏิเสธ)',
    failQ: 'คุณต้องการทำอย่างไรต่อ',
    opts: [['ลองใหม่', 'ทำขั้นตอนเดิมอีกครั้ง เช่น หลังจากเริ่มเซิร์ฟเวอร์ฐานข้อมูลแล้ว'], ['เปลี่ยนการตั้งค่า', 'กลับไปยังคำถามเกี่ยวกับเซิร์ฟเวอร์ พอร์ต และบัญชีผู้ใช้'],
      ['ยกเลิก', 'หยุดการตั้งค่า แพ็กเกจจะอยู่ในสถานะที่ยังไม่ได้ตั้งค่า'], ['ข้าม', 'ดำเนินการต่อโดยไม่มีฐานข้อมูล {pkg} จะยังใช้งานไม่ได้จนกว่าคุณจะตั้งค่าฐานข้อมูลเอง']],
    later: 'คุณสามารถเรียกใช้การตั้งค่าอัตโนมัติอีกครั้งได้ด้วยคำสั่ง «{cmd}»', yes: 'ใช่', no: 'ไม่',
  },
  Spanish: {
    title: ['Configuración de la base de datos de {pkg}', '{pkg}: base de datos'],
    intro: '{pkg} necesita una base de datos para funcionar. El instalador puede crearla automáticamente junto con un usuario propio que solo tendrá permisos sobre esa base de datos.',
    autoQ: '¿Desea configurar automáticamente la base de datos de {pkg}?',
    autoWhy: 'Si es un administrador experimentado y prefiere crear la base de datos usted mismo, o si ya existe, responda «No». Los pasos necesarios se describen en {doc}; sígalos antes de iniciar el servicio por primera vez.',
    fieldsHead: 'Parámetros de conexión:',
    fields: ['Servidor de base de datos', 'Puerto', 'Nombre de la base de datos', 'Usuario', 'Contraseña del usuario', 'Cuenta administrativa'],
    passNote: 'Puede dejar en blanco la contraseña del usuario de la base de datos: en ese caso se generará una al azar y se guardará en {conf}, un archivo que solo puede leer root.',
    adminNote: 'La cuenta administrativa ({dbadmin}) solo se usa para crear la base de datos y el usuario; su contraseña no se guarda en ningún sitio.',
    failHead: 'Se ha producido un error al crear la base de datos:', failMsg: 'no se pudo conectar con el servidor {host}:{dbport} (conexión rechazada).',
    failQ: '¿Qué desea hacer ahora?',
    opts: [['reintentar', 'repetir la misma operación, por ejemplo después de arrancar el servidor de base de datos.'], ['cambiar parámetros', 'volver a las preguntas sobre el servidor, el puerto y las cuentas.'],
      ['abortar', 'detener la configuración; el paquete quedará sin configurar.'], ['ignorar', 'continuar sin base de datos. {pkg} no funcionará hasta que la configure manualmente.']],
    later: 'Puede volver a ejecutar la configuración automática con «{cmd}».', yes: 'Sí', no: 'No',
  },
  German: {
    title: ['Datenbankeinrichtung für {pkg}', '{pkg}: Datenbank'],
    intro: '{pkg} benötigt eine Datenbank. Das Installationsprogramm kann sie automatisch anlegen, zusammen mit einem eigenen Benutzer, der nur auf diese Datenbank Zugriff hat.',
    autoQ: 'Datenbank für {pkg} automatisch einrichten?',
    autoWhy: 'Wenn Sie als erfahrener Administrator die Datenbank lieber selbst anlegen möchten oder sie bereits existiert, antworten Sie mit „Nein“. Die nötigen Schritte sind in {doc} beschrieben; führen Sie sie vor dem ersten Start des Dienstes aus.',
    fieldsHead: 'Verbindungsdaten:',
    fields: ['Datenbankserver', 'Port', 'Name der Datenbank', 'Datenbankbenutzer', 'Passwort des Benutzers', 'Administratives Konto'],
    passNote: 'Das Passwort des Datenbankbenutzers darf leer bleiben: Dann wird ein zufälliges Passwort erzeugt und in {conf} gespeichert, das nur root lesen kann.',
    adminNote: 'Das administrative Konto ({dbadmin}) wird nur zum Anlegen der Datenbank und des Benutzers verwendet; sein Passwort wird nirgends gespeichert.',
    failHead: 'Beim Anlegen der Datenbank ist ein Fehler aufgetreten:', failMsg: 'Verbindung zum Server {host}:{dbport} nicht möglich (Verbindung abgelehnt).',
    failQ: 'Wie möchten Sie fortfahren?',
    opts: [['wiederholen', 'denselben Vorgang noch einmal ausführen, etwa nachdem der Datenbankserver gestartet wurde.'], ['Einstellungen ändern', 'zurück zu den Fragen nach Server, Port und Konten.'],
      ['abbrechen', 'die Konfiguration beenden; das Paket bleibt unkonfiguriert.'], ['ignorieren', 'ohne Datenbank fortfahren. {pkg} funktioniert erst, wenn Sie die Datenbank von Hand einrichten.']],
    later: 'Die automatische Einrichtung lässt sich später mit „{cmd}“ erneut starten.', yes: 'Ja', no: 'Nein',
  },
  French: {
    title: ['Configuration de la base de données de {pkg}', '{pkg} : base de données'],
    intro: "{pkg} a besoin d'une base de données. Le programme d'installation peut la créer automatiquement, avec un utilisateur dédié qui n'aura de droits que sur cette base.",
    autoQ: 'Configurer automatiquement la base de données de {pkg} ?',
    autoWhy: 'Si vous êtes un administrateur expérimenté et préférez créer la base vous-même, ou si elle existe déjà, répondez « Non ». Les étapes nécessaires sont décrites dans {doc} ; suivez-les avant le premier démarrage du service.',
    fieldsHead: 'Paramètres de connexion :',
    fields: ['Serveur de base de données', 'Port', 'Nom de la base', 'Utilisateur', "Mot de passe de l'utilisateur", "Compte d'administration"],
    passNote: "Le mot de passe de l'utilisateur de la base peut rester vide : un mot de passe aléatoire sera alors généré et enregistré dans {conf}, lisible uniquement par root.",
    adminNote: "Le compte d'administration ({dbadmin}) ne sert qu'à créer la base et l'utilisateur ; son mot de passe n'est conservé nulle part.",
    failHead: "Une erreur s'est produite lors de la création de la base de données :", failMsg: 'impossible de joindre le serveur {host}:{dbport} (connexion refusée).',
    failQ: 'Que souhaitez-vous faire ?',
    opts: [['réessayer', 'relancer la même opération, par exemple après avoir démarré le serveur de base de données.'], ['modifier les paramètres', 'revenir aux questions sur le serveur, le port et les comptes.'],
      ['abandonner', 'interrompre la configuration ; le paquet restera non configuré.'], ['ignorer', "continuer sans base de données. {pkg} ne fonctionnera pas tant que vous ne l'aurez pas configurée à la main."]],
    later: 'Vous pourrez relancer la configuration automatique avec « {cmd} ».', yes: 'Oui', no: 'Non',
  },
  Italian: {
    title: ['Configurazione del database di {pkg}', '{pkg}: database'],
    intro: '{pkg} ha bisogno di un database. Il programma di installazione può crearlo automaticamente insieme a un utente dedicato, con permessi limitati a quel solo database.',
    autoQ: 'Configurare automaticamente il database di {pkg}?',
    autoWhy: 'Gli amministratori esperti che preferiscono creare il database a mano, o che ne hanno già uno, possono rispondere «No». I passaggi necessari sono descritti in {doc} e vanno eseguiti prima del primo avvio del servizio.',
    fieldsHead: 'Parametri di connessione:',
    fields: ['Server del database', 'Porta', 'Nome del database', 'Utente', "Password dell'utente", 'Account amministrativo'],
    passNote: "La password dell'utente del database può essere lasciata vuota: in tal caso ne verrà generata una casuale, salvata in {conf} e leggibile soltanto da root.",
    adminNote: "L'account amministrativo ({dbadmin}) serve solo a creare il database e l'utente; la sua password non viene salvata da nessuna parte.",
    failHead: 'Si è verificato un errore durante la creazione del database:', failMsg: 'impossibile connettersi al server {host}:{dbport} (connessione rifiutata).',
    failQ: 'Come procedere?',
    opts: [['riprova', 'ripetere la stessa operazione, per esempio dopo aver avviato il server del database.'], ['modifica parametri', 'tornare alle domande su server, porta e account.'],
      ['interrompi', 'fermare la configurazione; il pacchetto resterà non configurato.'], ['ignora', 'proseguire senza database. {pkg} non funzionerà finché il database non sarà configurato a mano.']],
    later: 'La configurazione automatica può essere rieseguita con «{cmd}».', yes: 'Sì', no: 'No',
  },
  Turkish: {
    title: ['{pkg} için veritabanı yapılandırması', '{pkg}: veritabanı'],
    intro: '{pkg} çalışmak için bir veritabanına ihtiyaç duyar. Kurulum programı veritabanını, yalnızca bu veritabanı üzerinde yetkisi olan ayrı bir kullanıcıyla birlikte otomatik olarak oluşturabilir.',
    autoQ: '{pkg} için veritabanı otomatik olarak yapılandırılsın mı?',
    autoWhy: 'Deneyimli bir yöneticiyseniz ve veritabanını kendiniz oluşturmak istiyorsanız ya da veritabanı zaten mevcutsa «Hayır» yanıtını verin. Gerekli adımlar {doc} dosyasında anlatılmıştır; bunları hizmeti ilk kez başlatmadan önce uygulayın.',
    fieldsHead: 'Bağlantı bilgileri:',
    fields: ['Veritabanı sunucusu', 'Bağlantı noktası', 'Veritabanı adı', 'Veritabanı kullanıcısı', 'Kullanıcı parolası', 'Yönetim hesabı'],
    passNote: 'Veritabanı kullanıcısının parolasını boş bırakabilirsiniz: bu durumda rastgele bir parola üretilir ve yalnızca root tarafından okunabilen {conf} dosyasına kaydedilir.',
    adminNote: 'Yönetim hesabı ({dbadmin}) yalnızca veritabanını ve kullanıcıyı oluşturmak için kullanılır; bu hesabın parolası hiçbir yerde saklanmaz.',
    failHead: 'Veritabanı oluşturulurken bir hata oluştu:', failMsg: '{host}:{dbport} sunucusuna bağlanılamadı (bağlantı reddedildi).',
    failQ: 'Nasıl devam etmek istersiniz?',
    opts: [['yeniden dene', 'aynı işlemi, örneğin veritabanı sunucusunu başlattıktan sonra, bir kez daha çalıştırır.'], ['ayarları değiştir', 'sunucu, bağlantı noktası ve hesaplarla ilgili sorulara geri döner.'],
      ['vazgeç', 'yapılandırmayı durdurur; paket yapılandırılmamış olarak kalır.'], ['yok say', 'veritabanı olmadan devam eder. Veritabanını elle yapılandırana kadar {pkg} çalışmaz.']],
    later: 'Otomatik yapılandırmayı daha sonra «{cmd}» komutuyla yeniden çalıştırabilirsiniz.', yes: 'Evet', no: 'Hayır',
  },
  Polish: {
    title: ['Konfiguracja bazy danych dla {pkg}', '{pkg}: baza danych'],
    intro: '{pkg} potrzebuje bazy danych. Instalator może ją utworzyć automatycznie, razem z osobnym użytkownikiem, który będzie miał uprawnienia wyłącznie do tej bazy.',
    autoQ: 'Czy skonfigurować bazę danych dla {pkg} automatycznie?',
    autoWhy: 'Jeśli jesteś doświadczonym administratorem i wolisz utworzyć bazę samodzielnie albo baza już istnieje, odpowiedz „Nie”. Potrzebne kroki opisano w {doc}; wykonaj je przed pierwszym uruchomieniem usługi.',
    fieldsHead: 'Parametry połączenia:',
    fields: ['Serwer bazy danych', 'Port', 'Nazwa bazy danych', 'Użytkownik bazy', 'Hasło użytkownika', 'Konto administracyjne'],
    passNote: 'Hasło użytkownika bazy można pozostawić puste: zostanie wtedy wygenerowane losowe hasło i zapisane w {conf}, do którego dostęp ma tylko root.',
    adminNote: 'Konto administracyjne ({dbadmin}) służy wyłącznie do utworzenia bazy i użytkownika; jego hasło nie jest nigdzie zapisywane.',
    failHead: 'Podczas tworzenia bazy danych wystąpił błąd:', failMsg: 'nie można połączyć się z serwerem {host}:{dbport} (połączenie odrzucone).',
    failQ: 'Co chcesz zrobić?',
    opts: [['ponów', 'wykonaj tę samą operację jeszcze raz, np. po uruchomieniu serwera bazy danych.'], ['zmień parametry', 'wróć do pytań o serwer, port i konta.'],
      ['przerwij', 'zatrzymaj konfigurację; pakiet pozostanie nieskonfigurowany.'], ['zignoruj', 'kontynuuj bez bazy danych. {pkg} nie będzie działać, dopóki nie skonfigurujesz bazy ręcznie.']],
    later: 'Automatyczną konfigurację można uruchomić ponownie poleceniem „{cmd}”.', yes: 'Tak', no: 'Nie',
  },
  Indonesian: {
    title: ['Konfigurasi basis data untuk {pkg}', '{pkg}: basis data'],
    intro: '{pkg} memerlukan basis data agar dapat berjalan. Program instalasi dapat membuatnya secara otomatis, bersama pengguna khusus yang hanya memiliki hak atas basis data tersebut.',
    autoQ: 'Konfigurasikan basis data untuk {pkg} secara otomatis?',
    autoWhy: 'Jika Anda administrator berpengalaman dan lebih suka membuat basis data sendiri, atau basis data sudah ada, jawab «Tidak». Langkah-langkah yang diperlukan dijelaskan di {doc}; jalankan langkah tersebut sebelum layanan dimulai untuk pertama kali.',
    fieldsHead: 'Parameter koneksi:',
    fields: ['Server basis data', 'Port', 'Nama basis data', 'Pengguna basis data', 'Kata sandi pengguna', 'Akun administratif'],
    passNote: 'Kata sandi pengguna basis data boleh dikosongkan: sistem akan membuat kata sandi acak dan menyimpannya di {conf}, yang hanya dapat dibaca oleh root.',
    adminNote: 'Akun administratif ({dbadmin}) hanya dipakai untuk membuat basis data dan pengguna; kata sandinya tidak disimpan di mana pun.',
    failHead: 'Terjadi kesalahan saat membuat basis data:', failMsg: 'tidak dapat terhubung ke server {host}:{dbport} (koneksi ditolak).',
    failQ: 'Langkah apa yang ingin Anda ambil?',
    opts: [['coba lagi', 'ulangi operasi yang sama, misalnya setelah server basis data dijalankan.'], ['ubah parameter', 'kembali ke pertanyaan tentang server, port, dan akun.'],
      ['batalkan', 'hentikan konfigurasi; paket akan tetap belum terkonfigurasi.'], ['lewati', 'lanjutkan tanpa basis data. {pkg} tidak akan berfungsi sampai Anda mengonfigurasi basis data secara manual.']],
    later: 'Konfigurasi otomatis dapat dijalankan ulang dengan perintah «{cmd}».', yes: 'Ya', no: 'Tidak',
  },
  Japanese: {
    title: ['{pkg} のデータベース設定', '{pkg}: データベース'],
    intro: '{pkg} を動かすにはデータベースが必要です。インストーラーは、データベースと、そのデータベースだけに権限を持つ専用ユーザーを自動的に作成できます。',
    autoQ: '{pkg} のデータベースを自動的に設定しますか?',
    autoWhy: '経験のある管理者で、データベースを自分で作成したい場合や、すでにデータベースがある場合は「いいえ」を選んでください。必要な手順は {doc} に記載されています。サービスを初めて起動する前に、その手順に従ってください。',
    fieldsHead: '接続情報:',
    fields: ['データベースサーバー', 'ポート', 'データベース名', 'データベースユーザー', 'ユーザーのパスワード', '管理用アカウント'],
    passNote: 'データベースユーザーのパスワードは空欄でもかまいません。その場合はランダムなパスワードが生成され、root だけが読める {conf} に保存されます。',
    adminNote: '管理用アカウント ({dbadmin}) は、データベースとユーザーの作成にだけ使われます。このアカウントのパスワードはどこにも保存されません。',
    failHead: 'データベースの作成中にエラーが発生しました:', failMsg: 'サーバー {host}:{dbport} に接続できません (接続が拒否されました)。',
    failQ: 'どのように続けますか?',
    opts: [['再試行', 'データベースサーバーを起動したあとなどに、同じ処理をもう一度実行します。'], ['設定を変更', 'サーバー、ポート、アカウントに関する質問に戻ります。'],
      ['中止', '設定を中断します。パッケージは未設定のまま残ります。'], ['無視', 'データベースなしで続行します。手動でデータベースを設定するまで {pkg} は動作しません。']],
    later: '自動設定は、あとで「{cmd}」を実行してやり直すことができます。', yes: 'はい', no: 'いいえ',
  },
  Dutch: {
    title: ['Databaseconfiguratie voor {pkg}', '{pkg}: database'],
    intro: '{pkg} heeft een database nodig. Het installatieprogramma kan die automatisch aanmaken, samen met een eigen gebruiker die alleen rechten heeft op deze database.',
    autoQ: 'De database voor {pkg} automatisch configureren?',
    autoWhy: 'Bent u een ervaren beheerder en maakt u de database liever zelf aan, of bestaat die al, antwoord dan „Nee”. De benodigde stappen staan in {doc}; voer ze uit voordat u de dienst voor het eerst start.',
    fieldsHead: 'Verbindingsgegevens:',
    fields: ['Databaseserver', 'Poort', 'Naam van de database', 'Databasegebruiker', 'Wachtwoord van de gebruiker', 'Beheeraccount'],
    passNote: 'Het wachtwoord van de databasegebruiker mag leeg blijven: dan wordt een willekeurig wachtwoord gegenereerd en opgeslagen in {conf}, dat alleen root kan lezen.',
    adminNote: 'Het beheeraccount ({dbadmin}) wordt alleen gebruikt om de database en de gebruiker aan te maken; het wachtwoord ervan wordt nergens bewaard.',
    failHead: 'Bij het aanmaken van de database is een fout opgetreden:', failMsg: 'kan geen verbinding maken met server {host}:{dbport} (verbinding geweigerd).',
    failQ: 'Hoe wilt u verdergaan?',
    opts: [['opnieuw proberen', 'dezelfde handeling nog eens uitvoeren, bijvoorbeeld nadat de databaseserver is gestart.'], ['instellingen wijzigen', 'terug naar de vragen over server, poort en accounts.'],
      ['afbreken', 'de configuratie stoppen; het pakket blijft ongeconfigureerd.'], ['negeren', 'doorgaan zonder database. {pkg} werkt pas nadat u de database met de hand hebt ingericht.']],
    later: 'De automatische configuratie kunt u later opnieuw starten met „{cmd}”.', yes: 'Ja', no: 'Nee',
  },
  Ukrainian: {
    title: ['Налаштування бази даних для {pkg}', '{pkg}: база даних'],
    intro: 'Для роботи {pkg} потрібна база даних. Програма встановлення може створити її автоматично разом з окремим користувачем, який матиме права лише на цю базу.',
    autoQ: 'Налаштувати базу даних для {pkg} автоматично?',
    autoWhy: 'Якщо ви досвідчений адміністратор і бажаєте створити базу самостійно або вона вже існує, дайте відповідь «Ні». Потрібні кроки описано в {doc}; виконайте їх до першого запуску служби.',
    fieldsHead: "Параметри з'єднання:",
    fields: ['Сервер бази даних', 'Порт', 'Назва бази даних', 'Користувач бази', 'Пароль користувача', 'Адміністративний обліковий запис'],
    passNote: 'Пароль користувача бази можна не вводити: тоді буде згенеровано випадковий пароль, який збережеться у {conf} з правом читання лише для root.',
    adminNote: 'Адміністративний обліковий запис ({dbadmin}) використовується лише для створення бази та користувача; його пароль ніде не зберігається.',
    failHead: 'Під час створення бази даних сталася помилка:', failMsg: "не вдалося з'єднатися з сервером {host}:{dbport} (з'єднання відхилено).",
    failQ: 'Що робити далі?',
    opts: [['повторити', 'ще раз виконати ту саму операцію, наприклад після запуску сервера баз даних.'], ['змінити параметри', 'повернутися до запитань про сервер, порт і облікові записи.'],
      ['перервати', 'зупинити налаштування; пакет залишиться неналаштованим.'], ['ігнорувати', 'продовжити без бази даних. {pkg} не працюватиме, доки ви не налаштуєте базу вручну.']],
    later: 'Повторити автоматичне налаштування можна командою «{cmd}».', yes: 'Так', no: 'Ні',
  },
  Chinese: {
    title: ['为 {pkg} 配置数据库', '{pkg}：数据库设置'],
    intro: '{pkg} 需要一个数据库才能运行。安装程序可以自动创建数据库，同时创建一个专用用户，该用户只对这个数据库拥有权限。',
    autoQ: '是否自动为 {pkg} 配置数据库？',
    autoWhy: '如果您是有经验的管理员，希望自己创建数据库，或者数据库已经存在，请选择“否”。所需的步骤在 {doc} 中有详细说明，请在首次启动服务以前按照这些步骤完成配置。',
    fieldsHead: '连接参数：',
    fields: ['数据库服务器', '端口', '数据库名称', '数据库用户', '用户密码', '管理帐户'],
    passNote: '数据库用户的密码可以留空：这样系统会生成一个随机密码，并保存到只有 root 可以读取的 {conf} 文件中。',
    adminNote: '管理帐户（{dbadmin}）只用于创建数据库和用户，它的密码不会保存在任何地方。',
    failHead: '创建数据库时出错：', failMsg: '无法连接到服务器 {host}:{dbport}（连接被拒绝）。',
    failQ: '接下来要怎么做？',
    opts: [['重试', '再次执行同一操作，例如在启动数据库服务器之后。'], ['修改参数', '返回有关服务器、端口和帐户的问题。'],
      ['中止', '停止配置，软件包将保持未配置状态。'], ['忽略', '不使用数据库，继续安装。数据库手动配置完成前，{pkg} 无法正常工作。']],
    later: '以后可以运行“{cmd}”重新执行自动配置。', yes: '是', no: '否',
  },
};
function genDb(lang: Lang, b: DbBank, v: Vars): string {
  const cols = pick([0, 0, 64, 72, 76]);
  const tStyle = int(0, 5), bStyle = int(0, 3);
  const values = [v.host, v.dbport, v.dbname, v.dbuser, '', v.dbadmin];
  const lw = Math.max(...b.fields.map(width)) + 2;
  const dots = chance(0.5);
  const fieldLines = b.fields.map((f, i) => {
    const val = i === 4 ? pick(['[                ]', '[ ]', '(…)']) : values[i];
    return dots ? `  ${f} ${'.'.repeat(Math.max(2, lw - width(f)))} ${val}` : `  ${f}: ${val}`;
  });
  const failing = chance(0.75);
  const bullet = pick(['  * ', '  - ', '  ']);
  const sepOpt = pick([': ', ' — ', ' - ']);
  const notes = shuffle([fill(b.passNote, v), fill(b.adminNote, v)]);
  return grow((k) => {
    const blocks = [titled(tx(b.title, v), tStyle), wrap(fill(b.intro, v), cols), wrap(fill(b.autoQ, v), cols), wrap(fill(b.autoWhy, v), cols)];
    blocks.push(buttons([b.yes, b.no], bStyle));
    blocks.push(`${b.fieldsHead}\n${fieldLines.join('\n')}`);
    for (const n of notes.slice(0, k)) blocks.push(wrap(n, cols));
    if (failing) {
      blocks.push(`${b.failHead}\n    ${fill(b.failMsg, v)}`);
      blocks.push(`${b.failQ}\n${b.opts.map(([l, d]) => item(`${l}${sepOpt}${fill(d, v)}`, cols, bullet)).join('\n')}`);
    }
    blocks.push(wrap(fill(b.later, v), cols));
    return blocks.join('\n\n');
  }, int(0, 2), notes.length);
}

// ------------------------------------------------------------------ 5. upgrade_notice
interface UpgradeBank {
  readonly title: Alt; readonly intro: string; readonly servicesHead: string; readonly servicesNote: string; readonly backup: string;
  readonly unusable: string; readonly reboot: string; readonly local: string; readonly stepsHead: string; readonly steps: readonly string[];
  readonly rollback: string; readonly cont: string;
}
const UPGRADE: PerLang<UpgradeBank> = {
  Russian: {
    title: ['Обновление {pkg} с версии {oldver} до {ver}', 'Важная информация об обновлении {pkg}'],
    intro: 'Эта версия меняет формат хранения данных и требует перенастройки нескольких служб. Прочитайте это сообщение до конца, прежде чем продолжить.',
    servicesHead: 'Для перехода на новую версию необходимо перезапустить следующие службы:',
    servicesNote: 'Они будут перезапущены автоматически в конце обновления. Если вы предпочитаете перезапустить их сами в удобное время, выберите «Пропустить»: до перезапуска службы продолжат работать со старыми библиотеками.',
    backup: 'Перед началом миграции создана резервная копия данных и конфигурации: {backup}. Не удаляйте её, пока не убедитесь, что всё работает.',
    unusable: 'Миграция займёт около {mins} минут. В это время {pkg} не будет отвечать на запросы, а система может ненадолго перестать реагировать. Не выключайте компьютер и не прерывайте процесс.',
    reboot: 'Вместе с пакетом обновлён модуль ядра {flat}_io. Чтобы он начал использоваться, перезагрузите систему при первой возможности.',
    local: 'Вы вносили локальные изменения в файл {conf}. Они сохранены, а новая версия файла с настройками по умолчанию записана рядом как {conf}.new. Сравните два файла и перенесите нужные изменения вручную.',
    stepsHead: 'После обновления рекомендуется:',
    steps: ['проверить журнал {log} на наличие ошибок;', 'убедиться, что служба {svc} запущена: «{svctool} status {svc}»;', 'удалить резервную копию, когда она станет не нужна;', 'сообщить пользователям, что работа возобновлена.'],
    rollback: 'Чтобы вернуться к предыдущей версии, остановите службу командой «{stopcmd}», установите пакет {pkg} {oldver} и восстановите данные из резервной копии. Подробные инструкции приведены в {doc}.',
    cont: 'Нажмите Enter, чтобы продолжить.',
  },
  Vietnamese: {
    title: ['Nâng cấp {pkg} từ {oldver} lên {ver}', 'Thông tin quan trọng về bản nâng cấp {pkg}'],
    intro: 'Phiên bản này thay đổi định dạng lưu trữ dữ liệu và cần cấu hình lại một số dịch vụ. Vui lòng đọc hết thông báo này trước khi tiếp tục.',
    servicesHead: 'Các dịch vụ sau cần được khởi động lại để dùng phiên bản mới:',
    servicesNote: 'Chúng sẽ được khởi động lại tự động khi quá trình nâng cấp kết thúc. Nếu bạn muốn tự khởi động lại vào lúc thuận tiện, hãy chọn «Để sau»; cho đến lúc đó, các dịch vụ vẫn chạy với thư viện cũ.',
    backup: 'Trước khi chuyển đổi dữ liệu, một bản sao lưu dữ liệu và cấu hình đã được tạo tại {backup}. Đừng xóa nó cho đến khi bạn chắc chắn mọi thứ hoạt động bình thường.',
    unusable: 'Quá trình chuyển đổi mất khoảng {mins} phút. Trong thời gian đó {pkg} sẽ không phản hồi và hệ thống có thể tạm thời không sử dụng được. Đừng tắt máy hay ngắt quá trình này.',
    reboot: 'Gói này cũng cập nhật mô-đun nhân {flat}_io. Để mô-đun mới có hiệu lực, bạn nên khởi động lại hệ thống sớm nhất có thể.',
    local: 'Bạn đã thay đổi tệp {conf} trên máy này. Các thay đổi đó được giữ nguyên; phiên bản mới với các thiết lập mặc định được lưu bên cạnh thành {conf}.new. Hãy so sánh hai tệp và tự chuyển những thay đổi cần thiết.',
    stepsHead: 'Sau khi nâng cấp, bạn nên:',
    steps: ['kiểm tra tệp nhật ký {log} xem có lỗi không;', 'xác nhận dịch vụ {svc} đang chạy bằng «{svctool} status {svc}»;', 'xóa bản sao lưu khi không còn cần đến;', 'báo cho người dùng biết hệ thống đã hoạt động trở lại.'],
    rollback: 'Để quay về phiên bản trước, hãy dừng dịch vụ bằng «{stopcmd}», cài lại gói {pkg} {oldver} và khôi phục dữ liệu từ bản sao lưu. Hướng dẫn chi tiết có trong {doc}.',
    cont: 'Nhấn Enter để tiếp tục.',
  },
  Portuguese: {
    title: ['Atualização do {pkg} de {oldver} para {ver}', 'Informações importantes sobre a atualização do {pkg}'],
    intro: 'Esta versão muda o formato de armazenamento dos dados e exige a reconfiguração de alguns serviços. Leia esta mensagem até o fim antes de continuar.',
    servicesHead: 'Os seguintes serviços precisam ser reiniciados para usar a nova versão:',
    servicesNote: 'Eles serão reiniciados automaticamente ao final da atualização. Se preferir reiniciá-los você mesmo em um horário conveniente, escolha «Pular»; até lá, continuarão usando as bibliotecas antigas.',
    backup: 'Antes da migração, foi criada uma cópia de segurança dos dados e da configuração em {backup}. Não a apague até ter certeza de que tudo está funcionando.',
    unusable: 'A migração leva cerca de {mins} minutos. Durante esse tempo, o {pkg} não responderá e o sistema pode ficar inutilizável por alguns instantes. Não desligue o computador nem interrompa o processo.',
    reboot: 'O pacote também atualizou o módulo do kernel {flat}_io. Para que ele passe a ser usado, reinicie o sistema assim que possível.',
    local: 'Você fez alterações locais no arquivo {conf}. Elas foram preservadas, e a nova versão com as configurações padrão foi gravada ao lado, como {conf}.new. Compare os dois arquivos e transfira manualmente o que for necessário.',
    stepsHead: 'Depois da atualização, recomenda-se:',
    steps: ['verificar se há erros no registro {log};', 'confirmar que o serviço {svc} está ativo com «{svctool} status {svc}»;', 'apagar a cópia de segurança quando não for mais necessária;', 'avisar os usuários de que o serviço voltou ao normal.'],
    rollback: 'Para voltar à versão anterior, pare o serviço com «{stopcmd}», instale o pacote {pkg} {oldver} e restaure os dados a partir da cópia de segurança. As instruções completas estão em {doc}.',
    cont: 'Pressione Enter para continuar.',
  },
  Arabic: {
    title: ['ترقية {pkg} من الإصدار {oldver} إلى {ver}', 'معلومات مهمة عن ترقية {pkg}'],
    intro: 'يغيّر هذا الإصدار طريقة تخزين البيانات ويتطلب إعادة تهيئة بعض الخدمات. يُرجى قراءة هذه الرسالة حتى النهاية قبل المتابعة.',
    servicesHead: 'يجب إعادة تشغيل الخدمات التالية لاستخدام الإصدار الجديد:',
    servicesNote: 'ستُعاد تشغيلها تلقائيًا في نهاية الترقية. وإذا كنت تفضّل إعادة تشغيلها بنفسك في وقت مناسب فاختر «لاحقًا»، وستظل حتى ذلك الحين تعمل بالمكتبات القديمة.',
    backup: 'أُنشئت قبل بدء الترحيل نسخة احتياطية من البيانات والإعدادات في {backup}. لا تحذفها حتى تتأكد من أن كل شيء يعمل كما ينبغي.',
    unusable: 'يستغرق الترحيل نحو {mins} دقيقة، ولن يستجيب {pkg} خلال هذه المدة، وقد يتعذّر استخدام النظام لبضع لحظات. لا تطفئ الجهاز ولا تقاطع العملية.',
    reboot: 'حدّثت الحزمة أيضًا وحدة النواة {flat}_io، ولكي تُستخدم الوحدة الجديدة ينبغي إعادة تشغيل النظام في أقرب فرصة.',
    local: 'أجريت تعديلات محلية على الملف {conf}. وقد حُفظت هذه التعديلات، وكُتبت النسخة الجديدة ذات الإعدادات الافتراضية بجانبه باسم {conf}.new. قارن بين الملفين وانقل التعديلات التي تحتاجها يدويًا.',
    stepsHead: 'بعد الترقية يُنصح بما يلي:',
    steps: ['مراجعة السجل {log} بحثًا عن أخطاء؛', 'التأكد من أن الخدمة {svc} تعمل باستخدام «{svctool} status {svc}»؛', 'حذف النسخة الاحتياطية عندما لا تعود بحاجة إليها؛', 'إبلاغ المستخدمين بعودة الخدمة إلى العمل.'],
    rollback: 'للرجوع إلى الإصدار السابق أوقف الخدمة بالأمر «{stopcmd}»، ثم ثبّت الحزمة {pkg} {oldver} واستعد البيانات من النسخة الاحتياطية. الخطوات الكاملة موضحة في {doc}.',
    cont: 'اضغط Enter للمتابعة.',
  },
  Thai: {
    title: ['การอัปเกรด {pkg} จากเวอร์ชัน {oldver} เป็น {ver}', 'ข้อมูลสำคัญเกี่ยวกับการอัปเกรด {pkg}'],
    intro: 'เวอร์ชันนี้เปลี่ยนรูปแบบการจัดเก็บข้อมูลและต้องตั้งค่าบริการบางตัวใหม่ โปรดอ่านข้อความนี้จนจบก่อนดำเนินการต่อ',
    servicesHead: 'ต้องเริ่มบริการต่อไปนี้ใหม่เพื่อใช้เวอร์ชันใหม่:',
    servicesNote: 'บริการเหล่านี้จะถูกเริ่มใหม่โดยอัตโนมัติเมื่อการอัปเกรดเสร็จสิ้น หากคุณต้องการเริ่มใหม่เองในเวลาที่สะดวก ให้เลือก «ไว้ทีหลัง» ระหว่างนี้บริการจะยังทำงานด้วยไลบรารีเดิม',
    backup: 'ก่อนเริ่มย้ายข้อมูล ระบบได้สำรองข้อมูลและการตั้งค่าไว้ที่ {backup} อย่าเพิ่งลบไฟล์นี้จนกว่าจะแน่ใจว่าทุกอย่างทำงานได้ตามปกติ',
    unusable: 'การย้ายข้อมูลใช้เวลาประมาณ {mins} นาที ในระหว่างนี้ {pkg} จะไม่ตอบสนอง และระบบอาจใช้งานไม่ได้ชั่วขณะ โปรดอย่าปิดเครื่องหรือขัดจังหวะกระบวนการ',
    reboot: 'แพ็กเกจนี้ได้อัปเดตโมดูลเคอร์เนล {flat}_io ด้วย คุณควรรีสตาร์ตระบบโดยเร็วที่สุดเพื่อให้โมดูลใหม่มีผล',
    local: 'คุณได้แก้ไขไฟล์ {conf} ในเครื่องนี้ การแก้ไขเหล่านั้นยังคงอยู่ ส่วนไฟล์เวอร์ชันใหม่ที่มีค่าเริ่มต้นถูกบันทึกไว้ข้างกันเป็น {conf}.new โปรดเปรียบเทียบทั้งสองไฟล์และย้ายการเปลี่ยนแปลงที่จำเป็นด้วยตนเอง',
    stepsHead: 'หลังการอัปเกรด แนะนำให้:',
    steps: ['ตรวจสอบข้อผิดพลาดในไฟล์บันทึก {log}', 'ตรวจดูว่าบริการ {svc} ทำงานอยู่ด้วยคำสั่ง «{svctool} status {svc}»', 'ลบไฟล์สำรองเมื่อไม่จำเป็นต้องใช้แล้ว', 'แจ้งผู้ใช้ว่าระบบกลับมาใช้งานได้ตามปกติ'],
    rollback: 'หากต้องการกลับไปใช้เวอร์ชันก่อนหน้า ให้หยุดบริการด้วย «{stopcmd}» ติดตั้งแพ็กเกจ {pkg} {oldver} แล้วกู้คืนข้อมูลจากไฟล์สำรอง ขั้นตอนโดยละเอียดอยู่ใน {doc}',
    cont: 'กด Enter เพื่อดำเนินการต่อ',
  },
  Spanish: {
    title: ['Actualización de {pkg} de {oldver} a {ver}', 'Información importante sobre la actualización de {pkg}'],
    intro: 'Esta versión cambia el formato de almacenamiento de los datos y obliga a reconfigurar algunos servicios. Lea este mensaje hasta el final antes de continuar.',
    servicesHead: 'Los siguientes servicios deben reiniciarse para usar la nueva versión:',
    servicesNote: 'Se reiniciarán automáticamente al terminar la actualización. Si prefiere hacerlo usted mismo en un momento más oportuno, elija «Omitir»; hasta entonces seguirán funcionando con las bibliotecas antiguas.',
    backup: 'Antes de la migración se ha creado una copia de seguridad de los datos y de la configuración en {backup}. No la borre hasta estar seguro de que todo funciona.',
    unusable: 'La migración tarda unos {mins} minutos. Durante ese tiempo {pkg} no responderá y es posible que el sistema no se pueda usar durante unos instantes. No apague el equipo ni interrumpa el proceso.',
    reboot: 'El paquete también ha actualizado el módulo del núcleo {flat}_io. Para que empiece a utilizarse, reinicie el sistema en cuanto pueda.',
    local: 'Ha modificado localmente el archivo {conf}. Sus cambios se han conservado y la nueva versión, con la configuración predeterminada, se ha guardado al lado como {conf}.new. Compare ambos archivos y traslade a mano lo que necesite.',
    stepsHead: 'Después de la actualización se recomienda:',
    steps: ['revisar el registro {log} por si hubiera errores;', 'comprobar que el servicio {svc} está en marcha con «{svctool} status {svc}»;', 'borrar la copia de seguridad cuando ya no haga falta;', 'avisar a los usuarios de que el servicio vuelve a estar disponible.'],
    rollback: 'Para volver a la versión anterior, detenga el servicio con «{stopcmd}», instale el paquete {pkg} {oldver} y restaure los datos desde la copia de seguridad. Encontrará las instrucciones completas en {doc}.',
    cont: 'Pulse Intro para continuar.',
  },
  German: {
    title: ['Aktualisierung von {pkg} {oldver} auf {ver}', 'Wichtige Hinweise zur Aktualisierung von {pkg}'],
    intro: 'Diese Version ändert das Speicherformat der Daten und erfordert die Neukonfiguration einiger Dienste. Bitte lesen Sie diese Nachricht vollständig, bevor Sie fortfahren.',
    servicesHead: 'Die folgenden Dienste müssen neu gestartet werden, damit die neue Version verwendet wird:',
    servicesNote: 'Sie werden am Ende der Aktualisierung automatisch neu gestartet. Wenn Sie das lieber selbst zu einem passenden Zeitpunkt erledigen, wählen Sie „Überspringen“; bis dahin laufen die Dienste mit den alten Bibliotheken weiter.',
    backup: 'Vor der Migration wurde eine Sicherung der Daten und der Konfiguration unter {backup} angelegt. Löschen Sie sie erst, wenn Sie sicher sind, dass alles funktioniert.',
    unusable: 'Die Migration dauert etwa {mins} Minuten. Währenddessen reagiert {pkg} nicht, und das System kann kurzzeitig nicht benutzbar sein. Schalten Sie den Rechner nicht aus und unterbrechen Sie den Vorgang nicht.',
    reboot: 'Mit dem Paket wurde auch das Kernelmodul {flat}_io aktualisiert. Damit es verwendet wird, sollten Sie das System bei nächster Gelegenheit neu starten.',
    local: 'Sie haben die Datei {conf} lokal geändert. Ihre Änderungen bleiben erhalten; die neue Fassung mit den Standardeinstellungen wurde daneben als {conf}.new abgelegt. Vergleichen Sie beide Dateien und übernehmen Sie die nötigen Änderungen von Hand.',
    stepsHead: 'Nach der Aktualisierung empfiehlt es sich,',
    steps: ['das Protokoll {log} auf Fehler zu prüfen,', 'mit „{svctool} status {svc}“ zu kontrollieren, ob {svc} läuft,', 'die Sicherung zu löschen, sobald sie nicht mehr gebraucht wird,', 'die Benutzer zu informieren, dass der Dienst wieder verfügbar ist.'],
    rollback: 'Um zur vorherigen Version zurückzukehren, beenden Sie den Dienst mit „{stopcmd}“, installieren {pkg} {oldver} und spielen die Sicherung zurück. Eine ausführliche Anleitung steht in {doc}.',
    cont: 'Drücken Sie die Eingabetaste, um fortzufahren.',
  },
  French: {
    title: ['Mise à niveau de {pkg} de {oldver} vers {ver}', 'Informations importantes sur la mise à niveau de {pkg}'],
    intro: "Cette version modifie le format de stockage des données et nécessite de reconfigurer quelques services. Veuillez lire ce message jusqu'au bout avant de continuer.",
    servicesHead: 'Les services suivants doivent être redémarrés pour utiliser la nouvelle version :',
    servicesNote: 'Ils seront redémarrés automatiquement à la fin de la mise à niveau. Si vous préférez le faire vous-même à un moment plus opportun, choisissez « Plus tard » ; en attendant, ils continueront de fonctionner avec les anciennes bibliothèques.',
    backup: "Avant la migration, une sauvegarde des données et de la configuration a été créée dans {backup}. Ne la supprimez pas avant d'être sûr que tout fonctionne.",
    unusable: "La migration dure environ {mins} minutes. Pendant ce temps, {pkg} ne répondra pas et le système peut être inutilisable quelques instants. N'éteignez pas l'ordinateur et n'interrompez pas l'opération.",
    reboot: 'Le paquet a également mis à jour le module noyau {flat}_io. Pour que celui-ci soit pris en compte, redémarrez le système dès que possible.',
    local: 'Vous avez modifié localement le fichier {conf}. Vos modifications ont été conservées et la nouvelle version, avec les réglages par défaut, a été enregistrée à côté sous le nom {conf}.new. Comparez les deux fichiers et reportez à la main ce qui vous est utile.',
    stepsHead: 'Après la mise à niveau, il est conseillé de :',
    steps: ["vérifier l'absence d'erreurs dans le journal {log} ;", 'contrôler que {svc} fonctionne avec « {svctool} status {svc} » ;', "supprimer la sauvegarde lorsqu'elle n'est plus utile ;", 'prévenir les utilisateurs que le service est de nouveau disponible.'],
    rollback: 'Pour revenir à la version précédente, arrêtez le service avec « {stopcmd} », installez le paquet {pkg} {oldver}, puis restaurez les données depuis la sauvegarde. La procédure complète est décrite dans {doc}.',
    cont: 'Appuyez sur Entrée pour continuer.',
  },
  Italian: {
    title: ['Aggiornamento di {pkg} da {oldver} a {ver}', "Informazioni importanti sull'aggiornamento di {pkg}"],
    intro: 'Questa versione modifica il formato di archiviazione dei dati e richiede di riconfigurare alcuni servizi. Leggere questo messaggio fino in fondo prima di proseguire.',
    servicesHead: 'Per usare la nuova versione è necessario riavviare i seguenti servizi:',
    servicesNote: "Verranno riavviati automaticamente al termine dell'aggiornamento. Chi preferisce farlo da sé in un momento più comodo può scegliere «Salta»; fino ad allora i servizi continueranno a usare le vecchie librerie.",
    backup: 'Prima della migrazione è stata creata una copia di sicurezza dei dati e della configurazione in {backup}. Non cancellarla finché non si è certi che tutto funzioni.',
    unusable: "La migrazione richiede circa {mins} minuti. In questo periodo {pkg} non risponderà e il sistema potrebbe risultare inutilizzabile per qualche istante. Non spegnere il computer e non interrompere l'operazione.",
    reboot: 'Il pacchetto ha aggiornato anche il modulo del kernel {flat}_io: per renderlo effettivo, riavviare il sistema appena possibile.',
    local: 'Il file {conf} è stato modificato localmente. Le modifiche sono state mantenute e la nuova versione, con le impostazioni predefinite, è stata salvata accanto come {conf}.new. Confrontare i due file e riportare a mano le modifiche necessarie.',
    stepsHead: "Dopo l'aggiornamento si consiglia di:",
    steps: ['controllare il registro {log} per eventuali errori;', 'verificare che {svc} sia attivo con «{svctool} status {svc}»;', 'eliminare la copia di sicurezza quando non serve più;', 'avvisare gli utenti che il servizio è di nuovo disponibile.'],
    rollback: 'Per tornare alla versione precedente, arrestare il servizio con «{stopcmd}», installare il pacchetto {pkg} {oldver} e ripristinare i dati dalla copia di sicurezza. La procedura completa si trova in {doc}.',
    cont: 'Premere Invio per continuare.',
  },
  Turkish: {
    title: ['{pkg}, {oldver} sürümünden {ver} sürümüne yükseltiliyor', '{pkg} yükseltmesi hakkında önemli bilgiler'],
    intro: 'Bu sürüm verilerin saklanma biçimini değiştiriyor ve bazı hizmetlerin yeniden yapılandırılmasını gerektiriyor. Devam etmeden önce lütfen bu iletiyi sonuna kadar okuyun.',
    servicesHead: 'Yeni sürümün kullanılabilmesi için aşağıdaki hizmetlerin yeniden başlatılması gerekir:',
    servicesNote: 'Bu hizmetler yükseltmenin sonunda otomatik olarak yeniden başlatılır. Bunu uygun bir zamanda kendiniz yapmak isterseniz «Atla» seçeneğini seçin; o zamana kadar hizmetler eski kitaplıklarla çalışmaya devam eder.',
    backup: 'Geçişten önce veriler ve yapılandırma {backup} dosyasına yedeklendi. Her şeyin çalıştığından emin olana kadar bu yedeği silmeyin.',
    unusable: 'Geçiş yaklaşık {mins} dakika sürer. Bu süre boyunca {pkg} yanıt vermez ve sistem kısa bir süre kullanılamayabilir. Bilgisayarı kapatmayın ve işlemi yarıda kesmeyin.',
    reboot: 'Paketle birlikte {flat}_io çekirdek modülü de güncellendi. Yeni modülün kullanılması için sistemi ilk fırsatta yeniden başlatmalısınız.',
    local: '{conf} dosyasında yerel değişiklikler yapmışsınız. Bu değişiklikler korundu; varsayılan ayarları içeren yeni sürüm ise yanına {conf}.new adıyla kaydedildi. İki dosyayı karşılaştırıp gereken değişiklikleri elle aktarın.',
    stepsHead: 'Yükseltmeden sonra şunlar önerilir:',
    steps: ['{log} günlüğünde hata olup olmadığını kontrol edin;', '«{svctool} status {svc}» ile {svc} hizmetinin çalıştığını doğrulayın;', 'artık gerekmediğinde yedeği silin;', 'kullanıcılara hizmetin yeniden kullanılabilir olduğunu bildirin.'],
    rollback: 'Önceki sürüme dönmek için hizmeti «{stopcmd}» ile durdurun, {pkg} {oldver} paketini kurun ve verileri yedekten geri yükleyin. Ayrıntılı adımlar {doc} dosyasında anlatılmıştır.',
    cont: 'Devam etmek için Enter tuşuna basın.',
  },
  Polish: {
    title: ['Aktualizacja {pkg} z wersji {oldver} do {ver}', 'Ważne informacje o aktualizacji {pkg}'],
    intro: 'Ta wersja zmienia format przechowywania danych i wymaga ponownej konfiguracji kilku usług. Przeczytaj tę wiadomość do końca, zanim przejdziesz dalej.',
    servicesHead: 'Aby używać nowej wersji, trzeba ponownie uruchomić następujące usługi:',
    servicesNote: 'Zostaną one uruchomione ponownie automatycznie na końcu aktualizacji. Jeśli wolisz zrobić to samodzielnie w dogodnym momencie, wybierz „Pomiń”; do tego czasu usługi będą działać ze starymi bibliotekami.',
    backup: 'Przed migracją utworzono kopię zapasową danych i konfiguracji w {backup}. Nie usuwaj jej, dopóki nie upewnisz się, że wszystko działa.',
    unusable: 'Migracja potrwa około {mins} minut. W tym czasie {pkg} nie będzie odpowiadać, a system może przez chwilę nie nadawać się do użytku. Nie wyłączaj komputera i nie przerywaj procesu.',
    reboot: 'Razem z pakietem zaktualizowano moduł jądra {flat}_io. Aby zaczął być używany, uruchom system ponownie przy najbliższej okazji.',
    local: 'Plik {conf} został zmieniony lokalnie. Twoje zmiany zachowano, a nową wersję z ustawieniami domyślnymi zapisano obok jako {conf}.new. Porównaj oba pliki i ręcznie przenieś potrzebne zmiany.',
    stepsHead: 'Po aktualizacji zalecamy:',
    steps: ['sprawdzić, czy w dzienniku {log} nie ma błędów;', 'upewnić się poleceniem „{svctool} status {svc}”, że usługa {svc} działa;', 'usunąć kopię zapasową, gdy przestanie być potrzebna;', 'poinformować użytkowników, że usługa znów działa.'],
    rollback: 'Aby wrócić do poprzedniej wersji, zatrzymaj usługę poleceniem „{stopcmd}”, zainstaluj pakiet {pkg} {oldver} i odtwórz dane z kopii zapasowej. Szczegółowy opis znajduje się w {doc}.',
    cont: 'Naciśnij Enter, aby kontynuować.',
  },
  Indonesian: {
    title: ['Memperbarui {pkg} dari {oldver} ke {ver}', 'Informasi penting tentang pembaruan {pkg}'],
    intro: 'Versi ini mengubah format penyimpanan data dan mengharuskan beberapa layanan dikonfigurasi ulang. Bacalah pesan ini sampai selesai sebelum melanjutkan.',
    servicesHead: 'Layanan berikut harus dimulai ulang agar versi baru digunakan:',
    servicesNote: 'Layanan tersebut akan dimulai ulang secara otomatis di akhir pembaruan. Jika Anda lebih suka melakukannya sendiri pada waktu yang tepat, pilih «Lewati»; sampai saat itu layanan tetap berjalan dengan pustaka lama.',
    backup: 'Sebelum migrasi, cadangan data dan konfigurasi telah dibuat di {backup}. Jangan hapus cadangan itu sampai Anda yakin semuanya berjalan dengan baik.',
    unusable: 'Migrasi memakan waktu sekitar {mins} menit. Selama itu {pkg} tidak akan merespons dan sistem mungkin tidak dapat digunakan untuk sesaat. Jangan matikan komputer dan jangan hentikan prosesnya.',
    reboot: 'Paket ini juga memperbarui modul kernel {flat}_io. Agar modul baru dipakai, mulai ulang sistem secepat mungkin.',
    local: 'Anda telah mengubah berkas {conf} secara lokal. Perubahan itu dipertahankan, sedangkan versi baru dengan pengaturan bawaan disimpan di sebelahnya sebagai {conf}.new. Bandingkan kedua berkas dan salin perubahan yang diperlukan secara manual.',
    stepsHead: 'Setelah pembaruan, sebaiknya Anda:',
    steps: ['memeriksa log {log} untuk melihat apakah ada kesalahan;', 'memastikan layanan {svc} berjalan dengan «{svctool} status {svc}»;', 'menghapus cadangan bila tidak diperlukan lagi;', 'memberi tahu pengguna bahwa layanan sudah tersedia kembali.'],
    rollback: 'Untuk kembali ke versi sebelumnya, hentikan layanan dengan «{stopcmd}», pasang paket {pkg} {oldver}, lalu pulihkan data dari cadangan. Petunjuk lengkap tersedia di {doc}.',
    cont: 'Tekan Enter untuk melanjutkan.',
  },
  Japanese: {
    title: ['{pkg} を {oldver} から {ver} にアップグレードします', '{pkg} のアップグレードに関する重要なお知らせ'],
    intro: 'このバージョンではデータの保存形式が変わり、いくつかのサービスを設定し直す必要があります。続行する前に、このメッセージを最後までお読みください。',
    servicesHead: '新しいバージョンを使うには、次のサービスを再起動する必要があります:',
    servicesNote: 'これらのサービスはアップグレードの最後に自動的に再起動されます。都合のよい時間に自分で再起動したい場合は「あとで」を選んでください。それまでは古いライブラリのまま動作し続けます。',
    backup: '移行を始める前に、データと設定のバックアップを {backup} に作成しました。すべてが正常に動くことを確認するまで、削除しないでください。',
    unusable: '移行には {mins} 分ほどかかります。その間 {pkg} は応答せず、システムもしばらく使えなくなることがあります。コンピューターの電源を切ったり、処理を中断したりしないでください。',
    reboot: 'このパッケージとあわせて、カーネルモジュール {flat}_io も更新されました。新しいモジュールを有効にするため、できるだけ早くシステムを再起動してください。',
    local: '{conf} はこのコンピューターで変更されています。変更内容はそのまま残し、既定の設定を含む新しい版は {conf}.new として隣に保存しました。2 つのファイルを比較し、必要な変更を手作業で反映してください。',
    stepsHead: 'アップグレード後は、次の作業をおすすめします:',
    steps: ['ログ {log} にエラーがないか確認する', '「{svctool} status {svc}」で {svc} が動いていることを確かめる', '不要になったらバックアップを削除する', 'サービスが再開したことを利用者に知らせる'],
    rollback: '以前のバージョンに戻すには、「{stopcmd}」でサービスを止め、{pkg} {oldver} をインストールしてから、バックアップからデータを復元します。詳しい手順は {doc} にあります。',
    cont: '続行するには Enter キーを押してください。',
  },
  Dutch: {
    title: ['{pkg} wordt bijgewerkt van {oldver} naar {ver}', 'Belangrijke informatie over de update van {pkg}'],
    intro: 'Deze versie wijzigt de manier waarop gegevens worden opgeslagen en vereist dat enkele diensten opnieuw worden geconfigureerd. Lees dit bericht helemaal voordat u verdergaat.',
    servicesHead: 'De volgende diensten moeten opnieuw worden gestart om de nieuwe versie te gebruiken:',
    servicesNote: 'Ze worden aan het einde van de update automatisch herstart. Wilt u dat liever zelf doen op een geschikt moment, kies dan „Overslaan”; tot die tijd blijven de diensten met de oude bibliotheken draaien.',
    backup: 'Vóór de migratie is een reservekopie van de gegevens en de configuratie gemaakt in {backup}. Verwijder die pas als u zeker weet dat alles werkt.',
    unusable: 'De migratie duurt ongeveer {mins} minuten. In die tijd reageert {pkg} niet en kan het systeem even onbruikbaar zijn. Zet de computer niet uit en onderbreek het proces niet.',
    reboot: 'Samen met het pakket is ook de kernelmodule {flat}_io bijgewerkt. Start het systeem zo snel mogelijk opnieuw op, zodat de nieuwe module wordt gebruikt.',
    local: 'U hebt het bestand {conf} lokaal aangepast. Uw wijzigingen zijn bewaard; de nieuwe versie met de standaardinstellingen staat ernaast als {conf}.new. Vergelijk beide bestanden en neem de nodige wijzigingen met de hand over.',
    stepsHead: 'Na de update is het raadzaam om:',
    steps: ['het logboek {log} op fouten te controleren;', 'met „{svctool} status {svc}” na te gaan of {svc} draait;', 'de reservekopie te verwijderen zodra u die niet meer nodig hebt;', 'de gebruikers te laten weten dat de dienst weer beschikbaar is.'],
    rollback: 'Wilt u terug naar de vorige versie, stop dan de dienst met „{stopcmd}”, installeer {pkg} {oldver} en zet de gegevens terug uit de reservekopie. De volledige procedure staat in {doc}.',
    cont: 'Druk op Enter om door te gaan.',
  },
  Ukrainian: {
    title: ['Оновлення {pkg} з версії {oldver} до {ver}', 'Важлива інформація про оновлення {pkg}'],
    intro: 'Ця версія змінює формат зберігання даних і потребує повторного налаштування кількох служб. Дочитайте це повідомлення до кінця, перш ніж продовжити.',
    servicesHead: 'Щоб почати використовувати нову версію, потрібно перезапустити такі служби:',
    servicesNote: 'Вони будуть перезапущені автоматично наприкінці оновлення. Якщо ви бажаєте зробити це самостійно у зручний час, оберіть «Пропустити»; доти служби працюватимуть зі старими бібліотеками.',
    backup: 'Перед міграцією створено резервну копію даних і конфігурації: {backup}. Не видаляйте її, доки не переконаєтеся, що все працює.',
    unusable: 'Міграція триватиме близько {mins} хвилин. У цей час {pkg} не відповідатиме, а система може ненадовго стати недоступною. Не вимикайте комп’ютер і не переривайте процес.',
    reboot: 'Разом із пакетом оновлено модуль ядра {flat}_io. Щоб він почав використовуватися, перезавантажте систему за першої нагоди.',
    local: 'Ви вносили локальні зміни до файла {conf}. Їх збережено, а нову версію файла з типовими налаштуваннями записано поруч як {conf}.new. Порівняйте обидва файли й перенесіть потрібні зміни вручну.',
    stepsHead: 'Після оновлення рекомендується:',
    steps: ['перевірити журнал {log} на наявність помилок;', 'переконатися командою «{svctool} status {svc}», що {svc} працює;', 'видалити резервну копію, коли вона стане непотрібною;', 'повідомити користувачів, що роботу відновлено.'],
    rollback: 'Щоб повернутися до попередньої версії, зупиніть службу командою «{stopcmd}», встановіть пакет {pkg} {oldver} і відновіть дані з резервної копії. Докладний опис наведено в {doc}.',
    cont: 'Натисніть Enter, щоб продовжити.',
  },
  Chinese: {
    title: ['将 {pkg} 从 {oldver} 升级到 {ver}', '关于 {pkg} 升级的重要说明'],
    intro: '此版本更改了数据的存储格式，并且需要重新配置几个服务。请在继续之前完整阅读本消息。升级过程中请不要关闭终端窗口。',
    servicesHead: '要使用新版本，必须重新启动以下服务：',
    servicesNote: '这些服务会在升级结束时自动重新启动。如果您希望在合适的时间自行重启，请选择“稍后”；在此之前，这些服务将继续使用旧的库文件运行。',
    backup: '在开始迁移之前，已经将数据和配置备份到 {backup}。在确认一切正常之前，请不要删除这个备份。',
    unusable: '迁移大约需要 {mins} 分钟。在此期间 {pkg} 不会响应请求，系统也可能会暂时无法使用。请不要关闭计算机，也不要中断这一过程。',
    reboot: '此软件包还更新了内核模块 {flat}_io。为了让新模块生效，请尽快重新启动系统。',
    local: '您在本机修改过文件 {conf}。这些修改已被保留，包含默认设置的新版本已另存为旁边的 {conf}.new。请比较这两个文件，并手动合并需要的更改。',
    stepsHead: '升级完成后，建议执行以下操作：',
    steps: ['检查日志 {log} 中是否有错误；', '运行“{svctool} status {svc}”确认 {svc} 正在运行；', '在不再需要时删除备份文件；', '通知用户服务已经恢复正常。'],
    rollback: '如需回退到旧版本，请先用“{stopcmd}”停止服务，安装 {pkg} {oldver} 软件包，然后从备份中恢复数据。详细步骤见 {doc}。',
    cont: '按 Enter 键继续。',
  },
};
function genUpgrade(lang: Lang, b: UpgradeBank, v: Vars): string {
  const cols = pick([0, 0, 66, 72, 78]);
  const tStyle = int(0, 5);
  const bullet = pick(['  * ', '  - ', '  • ']);
  const numbered = chance(0.5);
  const services = sample([v.svc, `${v.pkg2}d`, `${v.pkg3}-worker`, `${v.pkg4}-scheduler`, `${v.pkg2}-index`], int(2, 4));
  const servicesBlock = [wrap(fill(b.servicesHead, v), cols), services.map((s) => `${bullet}${s}`).join('\n'), '', wrap(fill(b.servicesNote, v), cols)].join('\n');
  const stepsBlock = `${wrap(fill(b.stepsHead, v), cols)}\n${b.steps.map((s, i) => item(fill(s, v), cols, numbered ? `  ${i + 1}. ` : bullet)).join('\n')}`;
  const middle = [fill(b.backup, v), fill(b.unusable, v), fill(b.reboot, v), fill(b.local, v)].map((s) => wrap(s, cols));
  const sections = [servicesBlock, ...shuffle(middle), stepsBlock, wrap(fill(b.rollback, v), cols)];
  const all = sections.map((_, i) => i);
  /** Which sections come in first as the document grows (they keep their order in the document). */
  const order = chance(0.4) ? all : [0, ...shuffle(all.slice(1))];
  const footer = chance(0.5) ? fill(b.cont, v) : buttons([UI[lang].ok], int(0, 3));
  return grow((k) => {
    const chosen = new Set(order.slice(0, k));
    const blocks = [titled(tx(b.title, v), tStyle), wrap(fill(b.intro, v), cols)];
    for (let i = 0; i < sections.length; i++) if (chosen.has(i)) blocks.push(sections[i]);
    blocks.push(footer);
    return blocks.join('\n\n');
  }, int(3, 5), sections.length, int(600, 1000));
}

// ------------------------------------------------------------------ 6. config_file_conflict
interface ConflictBank {
  readonly title: Alt; readonly situation: string; readonly q: string;
  /** Keep the local version, install the maintainer's version, show the differences, start a shell. */
  readonly opts: readonly (readonly [string, string])[];
  readonly override: string; readonly def: string; readonly hint: string; readonly after: string; readonly prompt: string; readonly diffHead: string;
}
const CONFLICT: PerLang<ConflictBank> = {
  Russian: {
    title: ['Файл конфигурации {conf}', 'Конфликт файла конфигурации'],
    situation: 'Файл {conf} был изменён после установки — вами или другой программой. Новая версия пакета {pkg} ({ver}) содержит обновлённый вариант этого файла, и автоматически объединить их не удалось.',
    q: 'Как поступить с этим файлом?',
    opts: [['оставить установленную версию', 'ваш файл останется без изменений, а новая версия будет сохранена рядом как {conf}.pkg-new.'],
      ['установить версию сопровождающего пакета', 'файл будет заменён новым, а ваш вариант сохранится как {conf}.pkg-old.'],
      ['показать различия', 'вывести разницу между двумя версиями, после чего вопрос будет задан снова.'],
      ['запустить командную оболочку', 'открыть оболочку, чтобы изучить ситуацию; после выхода из неё вы вернётесь к этому вопросу.']],
    override: 'Установка версии сопровождающего означает, что ваши локальные изменения будут перезаписаны: параметры, которые вы добавили сами (например, адреса, порты или пути), исчезнут из действующего файла. Восстановить их можно из сохранённой копии.',
    def: 'По умолчанию сохраняется текущая версия файла.',
    hint: 'Если вы не уверены, оставьте свою версию и сравните файлы позже командой «diff {conf} {conf}.pkg-new».',
    after: 'В оболочке можно, например, отредактировать файл вручную; чтобы вернуться, введите exit.',
    prompt: 'Ваш выбор [1]:', diffHead: 'Различия между вашей версией (-) и новой версией (+):',
  },
  Vietnamese: {
    title: ['Tệp cấu hình {conf}', 'Xung đột tệp cấu hình'],
    situation: 'Tệp {conf} đã bị thay đổi sau khi cài đặt, bởi bạn hoặc bởi một chương trình khác. Phiên bản mới của gói {pkg} ({ver}) có kèm một bản cập nhật của tệp này, và không thể tự động gộp hai bản với nhau.',
    q: 'Bạn muốn xử lý tệp này như thế nào?',
    opts: [['giữ phiên bản đang cài', 'tệp của bạn được giữ nguyên; bản mới được lưu bên cạnh thành {conf}.pkg-new.'],
      ['cài phiên bản của người bảo trì gói', 'tệp sẽ được thay bằng bản mới; bản của bạn được lưu thành {conf}.pkg-old.'],
      ['xem khác biệt', 'hiển thị những điểm khác nhau giữa hai phiên bản, sau đó câu hỏi này được hỏi lại.'],
      ['mở shell', 'mở một shell để bạn tự kiểm tra; khi thoát shell, bạn sẽ quay lại câu hỏi này.']],
    override: 'Cài phiên bản của người bảo trì có nghĩa là các thay đổi cục bộ của bạn sẽ bị ghi đè: những tùy chọn bạn tự thêm vào, như địa chỉ, cổng hay đường dẫn, sẽ biến mất khỏi tệp đang dùng. Bạn có thể lấy lại chúng từ bản đã lưu.',
    def: 'Mặc định, phiên bản hiện tại sẽ được giữ lại.',
    hint: 'Nếu chưa chắc chắn, hãy giữ bản của bạn và so sánh sau bằng lệnh «diff {conf} {conf}.pkg-new».',
    after: 'Trong shell, bạn có thể sửa tệp bằng tay; gõ exit để quay lại.',
    prompt: 'Lựa chọn của bạn [1]:', diffHead: 'Khác biệt giữa bản của bạn (-) và bản mới (+):',
  },
  Portuguese: {
    title: ['Ficheiro de configuração {conf}', 'Conflito no ficheiro de configuração'],
    situation: 'O ficheiro {conf} foi alterado depois da instalação, por si ou por outro programa. A nova versão do pacote {pkg} ({ver}) traz uma versão atualizada deste ficheiro e não foi possível juntar as duas automaticamente.',
    q: 'O que pretende fazer com este ficheiro?',
    opts: [['manter a versão instalada', 'o seu ficheiro fica como está; a nova versão é guardada ao lado como {conf}.pkg-new.'],
      ['instalar a versão do responsável pelo pacote', 'o ficheiro é substituído pelo novo e a sua versão é guardada como {conf}.pkg-old.'],
      ['mostrar as diferenças', 'apresenta as diferenças entre as duas versões e volta a fazer esta pergunta.'],
      ['abrir uma shell', 'abre uma shell para analisar a situação; ao sair dela, regressa a esta pergunta.']],
    override: 'Instalar a versão do responsável significa substituir as suas alterações locais: as opções que acrescentou (endereços, portas ou caminhos, por exemplo) desaparecem do ficheiro em uso. Pode recuperá-las a partir da cópia guardada.',
    def: 'Por omissão, é mantida a versão atual.',
    hint: 'Se tiver dúvidas, mantenha a sua versão e compare os ficheiros mais tarde com «diff {conf} {conf}.pkg-new».',
    after: 'Na shell pode, por exemplo, editar o ficheiro à mão; escreva exit para regressar.',
    prompt: 'A sua escolha [1]:', diffHead: 'Diferenças entre a sua versão (-) e a nova (+):',
  },
  Arabic: {
    title: ['ملف الإعدادات {conf}', 'تعارض في ملف الإعدادات'],
    situation: 'عُدّل الملف {conf} بعد التثبيت، إما بواسطتك أو بواسطة برنامج آخر. ويحتوي الإصدار الجديد من الحزمة {pkg} ({ver}) على نسخة محدّثة من هذا الملف، ولم يكن دمج النسختين تلقائيًا ممكنًا.',
    q: 'ماذا تريد أن تفعل بهذا الملف؟',
    opts: [['الاحتفاظ بالنسخة المثبتة', 'يبقى ملفك كما هو، وتُحفظ النسخة الجديدة بجانبه باسم {conf}.pkg-new.'],
      ['تثبيت نسخة مشرف الحزمة', 'يُستبدل الملف بالنسخة الجديدة، وتُحفظ نسختك باسم {conf}.pkg-old.'],
      ['عرض الفروق', 'عرض الاختلافات بين النسختين ثم إعادة طرح هذا السؤال.'],
      ['فتح صدفة أوامر', 'فتح صدفة لفحص الوضع، وعند الخروج منها تعود إلى هذا السؤال.']],
    override: 'تثبيت نسخة المشرف يعني الكتابة فوق تعديلاتك المحلية: ستختفي من الملف المستخدم الخيارات التي أضفتها بنفسك، كالعناوين والمنافذ والمسارات. ويمكنك استعادتها من النسخة المحفوظة.',
    def: 'الإجراء الافتراضي هو الاحتفاظ بنسختك الحالية.',
    hint: 'إذا لم تكن متأكدًا فاحتفظ بنسختك وقارن بين الملفين لاحقًا بالأمر «diff {conf} {conf}.pkg-new».',
    after: 'يمكنك في الصدفة تحرير الملف يدويًا مثلًا، واكتب exit للعودة.',
    prompt: 'اختيارك [1]:', diffHead: 'الفروق بين نسختك (-) والنسخة الجديدة (+):',
  },
  Thai: {
    title: ['ไฟล์การตั้งค่า {conf}', 'ไฟล์การตั้งค่าขัดแย้งกัน'],
    situation: 'ไฟล์ {conf} ถูกแก้ไขหลังการติดตั้ง ไม่ว่าจะโดยคุณหรือโดยโปรแกรมอื่น แพ็กเกจ {pkg} เวอร์ชันใหม่ ({ver}) มีไฟล์นี้ฉบับปรับปรุงมาด้วย และระบบไม่สามารถรวมสองฉบับเข้าด้วยกันโดยอัตโนมัติได้',
    q: 'คุณต้องการจัดการกับไฟล์นี้อย่างไร',
    opts: [['เก็บเวอร์ชันที่ติดตั้งอยู่', 'ไฟล์ของคุณจะไม่ถูกเปลี่ยนแปลง ส่วนเวอร์ชันใหม่จะถูกบันทึกไว้ข้างกันเป็น {conf}.pkg-new'],
      ['ติดตั้งเวอร์ชันของผู้ดูแลแพ็กเกจ', 'ไฟล์จะถูกแทนที่ด้วยเวอร์ชันใหม่ และเวอร์ชันของคุณจะถูกเก็บไว้เป็น {conf}.pkg-old'],
      ['แสดงความแตกต่าง', 'แสดงส่วนที่ต่างกันระหว่างสองเวอร์ชัน แล้วถามคำถามนี้อีกครั้ง'],
      ['เปิดเชลล์', 'เปิดเชลล์เพื่อให้คุณตรวจสอบเอง เมื่อออกจากเชลล์จะกลับมาที่คำถามนี้']],
    override: 'การติดตั้งเวอร์ชันของผู้ดูแลหมายความว่าการแก้ไขในเครื่องของคุณจะถูกเขียนทับ ตัวเลือกที่คุณเพิ่มเอง เช่น ที่อยู่ พอร์ต หรือพาธ จะหายไปจากไฟล์ที่ใช้งานอยู่ แต่คุณสามารถนำกลับมาได้จากสำเนาที่บันทึกไว้',
    def: 'ค่าเริ่มต้นคือเก็บเวอร์ชันปัจจุบันไว้',
    hint: 'หากไม่แน่ใจ ให้เก็บเวอร์ชันของคุณไว้ แล้วเปรียบเทียบภายหลังด้วยคำสั่ง «diff {conf} {conf}.pkg-new»',
    after: 'ในเชลล์ คุณสามารถแก้ไขไฟล์ด้วยตนเองได้ พิมพ์ exit เพื่อกลับมา',
    prompt: 'ตัวเลือกของคุณ [1]:', diffHead: 'ความแตกต่างระหว่างเวอร์ชันของคุณ (-) และเวอร์ชันใหม่ (+):',
  },
  Spanish: {
    title: ['Archivo de configuración {conf}', 'Conflicto en un archivo de configuración'],
    situation: 'El archivo {conf} se ha modificado después de la instalación, ya sea por usted o por otro programa. La nueva versión del paquete {pkg} ({ver}) incluye una versión actualizada de este archivo y no ha sido posible combinar ambas automáticamente.',
    q: '¿Qué desea hacer con este archivo?',
    opts: [['conservar la versión instalada', 'su archivo queda como está; la nueva versión se guarda al lado como {conf}.pkg-new.'],
      ['instalar la versión del responsable del paquete', 'el archivo se sustituye por el nuevo y su versión se guarda como {conf}.pkg-old.'],
      ['mostrar las diferencias', 'muestra en qué se diferencian ambas versiones y vuelve a hacer esta pregunta.'],
      ['abrir un intérprete de comandos', 'le permite examinar la situación; al salir del intérprete volverá a esta pregunta.']],
    override: 'Instalar la versión del responsable supone sobrescribir sus cambios locales: las opciones que haya añadido usted (direcciones, puertos o rutas, por ejemplo) desaparecerán del archivo en uso. Podrá recuperarlas de la copia guardada.',
    def: 'La acción predeterminada es conservar la versión actual.',
    hint: 'Si no está seguro, conserve su versión y compare más tarde con «diff {conf} {conf}.pkg-new».',
    after: 'En el intérprete puede, por ejemplo, editar el archivo a mano; escriba exit para volver.',
    prompt: 'Su elección [1]:', diffHead: 'Diferencias entre su versión (-) y la nueva (+):',
  },
  German: {
    title: ['Konfigurationsdatei {conf}', 'Konflikt bei einer Konfigurationsdatei'],
    situation: 'Die Datei {conf} wurde nach der Installation verändert, entweder von Ihnen oder von einem anderen Programm. Die neue Version des Pakets {pkg} ({ver}) bringt eine aktualisierte Fassung dieser Datei mit, und beide ließen sich nicht automatisch zusammenführen.',
    q: 'Wie möchten Sie mit dieser Datei verfahren?',
    opts: [['installierte Fassung behalten', 'Ihre Datei bleibt unverändert; die neue Fassung wird daneben als {conf}.pkg-new abgelegt.'],
      ['Fassung des Paketbetreuers installieren', 'die Datei wird durch die neue ersetzt; Ihre Fassung wird als {conf}.pkg-old gesichert.'],
      ['Unterschiede anzeigen', 'die Unterschiede zwischen beiden Fassungen werden angezeigt, danach erscheint diese Frage erneut.'],
      ['Shell starten', 'eine Shell wird geöffnet, damit Sie die Lage selbst untersuchen können; nach dem Verlassen kehren Sie zu dieser Frage zurück.']],
    override: 'Die Fassung des Paketbetreuers zu installieren heißt, Ihre lokalen Änderungen zu überschreiben: Einstellungen, die Sie selbst ergänzt haben, etwa Adressen, Ports oder Pfade, verschwinden aus der aktiven Datei. Sie lassen sich aus der gesicherten Kopie wiederherstellen.',
    def: 'Standardmäßig wird Ihre aktuelle Fassung beibehalten.',
    hint: 'Wenn Sie unsicher sind, behalten Sie Ihre Fassung und vergleichen Sie später mit „diff {conf} {conf}.pkg-new“.',
    after: 'In der Shell können Sie die Datei zum Beispiel von Hand bearbeiten; mit exit kehren Sie zurück.',
    prompt: 'Ihre Wahl [1]:', diffHead: 'Unterschiede zwischen Ihrer Fassung (-) und der neuen (+):',
  },
  French: {
    title: ['Fichier de configuration {conf}', 'Conflit sur un fichier de configuration'],
    situation: "Le fichier {conf} a été modifié depuis l'installation, par vous ou par un autre programme. La nouvelle version du paquet {pkg} ({ver}) fournit une version mise à jour de ce fichier, et les deux n'ont pas pu être fusionnées automatiquement.",
    q: 'Que voulez-vous faire de ce fichier ?',
    opts: [['garder la version installée', 'votre fichier reste tel quel ; la nouvelle version est enregistrée à côté sous le nom {conf}.pkg-new.'],
      ['installer la version du responsable du paquet', 'le fichier est remplacé par le nouveau ; votre version est conservée sous le nom {conf}.pkg-old.'],
      ['afficher les différences', 'montre ce qui diffère entre les deux versions, puis repose cette question.'],
      ['lancer un shell', 'ouvre un shell pour examiner la situation ; à la sortie du shell, vous revenez à cette question.']],
    override: 'Installer la version du responsable revient à écraser vos modifications locales : les options que vous avez ajoutées vous-même (adresses, ports ou chemins, par exemple) disparaissent du fichier en service. Vous pourrez les récupérer dans la copie conservée.',
    def: "L'action par défaut consiste à garder votre version actuelle.",
    hint: 'En cas de doute, gardez votre version et comparez plus tard avec « diff {conf} {conf}.pkg-new ».',
    after: 'Dans le shell, vous pouvez par exemple modifier le fichier à la main ; tapez exit pour revenir.',
    prompt: 'Votre choix [1] :', diffHead: 'Différences entre votre version (-) et la nouvelle (+) :',
  },
  Italian: {
    title: ['File di configurazione {conf}', 'Conflitto su un file di configurazione'],
    situation: "Il file {conf} è stato modificato dopo l'installazione, dall'utente o da un altro programma. La nuova versione del pacchetto {pkg} ({ver}) contiene una versione aggiornata di questo file e non è stato possibile unire le due automaticamente.",
    q: 'Che cosa fare con questo file?',
    opts: [['mantenere la versione installata', "il file resta com'è; la nuova versione viene salvata accanto come {conf}.pkg-new."],
      ['installare la versione del manutentore del pacchetto', 'il file viene sostituito da quello nuovo e la versione locale viene conservata come {conf}.pkg-old.'],
      ['visualizzare le differenze', 'elenca le differenze tra le due versioni e poi ripropone questa domanda.'],
      ['avviare una shell', "apre una shell per esaminare la situazione; all'uscita si torna a questa domanda."]],
    override: 'Installare la versione del manutentore significa sovrascrivere le modifiche locali: le opzioni aggiunte a mano (indirizzi, porte o percorsi, per esempio) spariscono dal file in uso. È possibile recuperarle dalla copia salvata.',
    def: "L'azione predefinita è mantenere la versione attuale.",
    hint: 'Nel dubbio, mantenere la propria versione e confrontare i file in seguito con «diff {conf} {conf}.pkg-new».',
    after: 'Nella shell si può, per esempio, modificare il file a mano; digitare exit per tornare indietro.',
    prompt: 'Scelta [1]:', diffHead: 'Differenze tra la versione locale (-) e quella nuova (+):',
  },
  Turkish: {
    title: ['{conf} yapılandırma dosyası', 'Yapılandırma dosyasında çakışma'],
    situation: '{conf} dosyası kurulumdan sonra sizin tarafınızdan ya da başka bir program tarafından değiştirilmiş. {pkg} paketinin yeni sürümü ({ver}) bu dosyanın güncellenmiş bir sürümünü içeriyor ve iki sürüm otomatik olarak birleştirilemedi.',
    q: 'Bu dosyayla ilgili ne yapmak istersiniz?',
    opts: [['kurulu sürümü koru', 'dosyanız olduğu gibi kalır; yeni sürüm yanına {conf}.pkg-new adıyla kaydedilir.'],
      ['paket sorumlusunun sürümünü kur', 'dosya yenisiyle değiştirilir; sizin sürümünüz {conf}.pkg-old olarak saklanır.'],
      ['farkları göster', 'iki sürüm arasındaki farkları gösterir, ardından bu soruyu yeniden sorar.'],
      ['kabuk başlat', 'durumu incelemeniz için bir kabuk açar; kabuktan çıktığınızda bu soruya dönersiniz.']],
    override: 'Paket sorumlusunun sürümünü kurmak, yerel değişikliklerinizin üzerine yazmak demektir: kendi eklediğiniz adres, bağlantı noktası ya da yol gibi ayarlar etkin dosyadan kaybolur. Bunları saklanan kopyadan geri alabilirsiniz.',
    def: 'Varsayılan eylem mevcut sürümünüzü korumaktır.',
    hint: 'Emin değilseniz kendi sürümünüzü koruyun ve dosyaları daha sonra «diff {conf} {conf}.pkg-new» ile karşılaştırın.',
    after: 'Kabukta örneğin dosyayı elle düzenleyebilirsiniz; geri dönmek için exit yazın.',
    prompt: 'Seçiminiz [1]:', diffHead: 'Sizin sürümünüz (-) ile yeni sürüm (+) arasındaki farklar:',
  },
  Polish: {
    title: ['Plik konfiguracyjny {conf}', 'Konflikt pliku konfiguracyjnego'],
    situation: 'Plik {conf} został zmieniony po instalacji — przez ciebie lub przez inny program. Nowa wersja pakietu {pkg} ({ver}) zawiera zaktualizowaną wersję tego pliku i nie udało się automatycznie połączyć obu wersji.',
    q: 'Co zrobić z tym plikiem?',
    opts: [['zachowaj zainstalowaną wersję', 'twój plik pozostanie bez zmian, a nowa wersja zostanie zapisana obok jako {conf}.pkg-new.'],
      ['zainstaluj wersję opiekuna pakietu', 'plik zostanie zastąpiony nowym, a twoja wersja zachowana jako {conf}.pkg-old.'],
      ['pokaż różnice', 'wyświetla różnice między obiema wersjami, po czym pytanie zostanie zadane ponownie.'],
      ['uruchom powłokę', 'otwiera powłokę, aby zbadać sytuację; po wyjściu z niej wrócisz do tego pytania.']],
    override: 'Zainstalowanie wersji opiekuna oznacza nadpisanie twoich lokalnych zmian: opcje dodane przez ciebie, na przykład adresy, porty czy ścieżki, znikną z używanego pliku. Można je odzyskać z zachowanej kopii.',
    def: 'Domyślnie zachowywana jest bieżąca wersja.',
    hint: 'W razie wątpliwości zachowaj swoją wersję i porównaj pliki później poleceniem „diff {conf} {conf}.pkg-new”.',
    after: 'W powłoce możesz na przykład ręcznie poprawić plik; wpisz exit, aby wrócić.',
    prompt: 'Twój wybór [1]:', diffHead: 'Różnice między twoją wersją (-) a nową (+):',
  },
  Indonesian: {
    title: ['Berkas konfigurasi {conf}', 'Konflik berkas konfigurasi'],
    situation: 'Berkas {conf} telah diubah setelah instalasi, baik oleh Anda maupun oleh program lain. Versi baru paket {pkg} ({ver}) membawa versi terbaru berkas ini, dan keduanya tidak dapat digabungkan secara otomatis.',
    q: 'Apa yang ingin Anda lakukan dengan berkas ini?',
    opts: [['pertahankan versi yang terpasang', 'berkas Anda tetap seperti sekarang; versi baru disimpan di sebelahnya sebagai {conf}.pkg-new.'],
      ['pasang versi dari pengelola paket', 'berkas diganti dengan yang baru; versi Anda disimpan sebagai {conf}.pkg-old.'],
      ['tampilkan perbedaan', 'menampilkan perbedaan kedua versi, lalu pertanyaan ini diajukan lagi.'],
      ['buka shell', 'membuka shell agar Anda dapat memeriksa keadaan; setelah keluar dari shell Anda kembali ke pertanyaan ini.']],
    override: 'Memasang versi pengelola berarti menimpa perubahan lokal Anda: opsi yang Anda tambahkan sendiri, seperti alamat, port, atau jalur, akan hilang dari berkas yang aktif. Anda dapat mengambilnya kembali dari salinan yang disimpan.',
    def: 'Tindakan bawaan adalah mempertahankan versi Anda saat ini.',
    hint: 'Jika ragu, pertahankan versi Anda dan bandingkan nanti dengan «diff {conf} {conf}.pkg-new».',
    after: 'Di dalam shell Anda dapat, misalnya, menyunting berkas secara manual; ketik exit untuk kembali.',
    prompt: 'Pilihan Anda [1]:', diffHead: 'Perbedaan antara versi Anda (-) dan versi baru (+):',
  },
  Japanese: {
    title: ['設定ファイル {conf}', '設定ファイルの競合'],
    situation: '{conf} は、インストール後にあなた、またはほかのプログラムによって変更されています。{pkg} の新しいバージョン ({ver}) にはこのファイルの更新版が含まれていますが、2 つを自動的にまとめることはできませんでした。',
    q: 'このファイルをどうしますか?',
    opts: [['インストール済みの版を残す', '現在のファイルはそのまま残り、新しい版は {conf}.pkg-new として隣に保存されます。'],
      ['パッケージ管理者の版をインストールする', 'ファイルは新しいものに置き換えられ、現在の版は {conf}.pkg-old として保存されます。'],
      ['差分を表示する', '2 つの版の違いを表示したあと、もう一度この質問に戻ります。'],
      ['シェルを起動する', '状況を調べるためのシェルを開きます。シェルを終了すると、この質問に戻ります。']],
    override: 'パッケージ管理者の版をインストールすると、ローカルでの変更は上書きされます。自分で追加したアドレス、ポート、パスなどの設定は、使用中のファイルから消えます。必要なら保存されたコピーから戻せます。',
    def: '既定の動作は、現在の版を残すことです。',
    hint: '判断に迷う場合は現在の版を残し、あとで「diff {conf} {conf}.pkg-new」で比較してください。',
    after: 'シェルでは、たとえばファイルを手で編集できます。戻るには exit と入力してください。',
    prompt: '選択 [1]:', diffHead: '現在の版 (-) と新しい版 (+) の違い:',
  },
  Dutch: {
    title: ['Configuratiebestand {conf}', 'Conflict in een configuratiebestand'],
    situation: 'Het bestand {conf} is na de installatie gewijzigd, door u of door een ander programma. De nieuwe versie van pakket {pkg} ({ver}) bevat een bijgewerkte versie van dit bestand, en de twee konden niet automatisch worden samengevoegd.',
    q: 'Wat wilt u met dit bestand doen?',
    opts: [['geïnstalleerde versie behouden', 'uw bestand blijft zoals het is; de nieuwe versie wordt ernaast opgeslagen als {conf}.pkg-new.'],
      ['versie van de pakketbeheerder installeren', 'het bestand wordt vervangen door het nieuwe; uw versie wordt bewaard als {conf}.pkg-old.'],
      ['verschillen tonen', 'laat zien waarin de twee versies verschillen en stelt daarna deze vraag opnieuw.'],
      ['shell starten', 'opent een shell zodat u de situatie kunt onderzoeken; na het afsluiten keert u terug naar deze vraag.']],
    override: 'De versie van de pakketbeheerder installeren betekent dat uw lokale wijzigingen worden overschreven: opties die u zelf hebt toegevoegd, zoals adressen, poorten of paden, verdwijnen uit het actieve bestand. U kunt ze terughalen uit de bewaarde kopie.',
    def: 'Standaard blijft uw huidige versie behouden.',
    hint: 'Twijfelt u, behoud dan uw eigen versie en vergelijk later met „diff {conf} {conf}.pkg-new”.',
    after: 'In de shell kunt u het bestand bijvoorbeeld met de hand aanpassen; typ exit om terug te gaan.',
    prompt: 'Uw keuze [1]:', diffHead: 'Verschillen tussen uw versie (-) en de nieuwe (+):',
  },
  Ukrainian: {
    title: ['Файл конфігурації {conf}', 'Конфлікт файла конфігурації'],
    situation: 'Файл {conf} було змінено після встановлення — вами або іншою програмою. Нова версія пакета {pkg} ({ver}) містить оновлений варіант цього файла, і автоматично об’єднати їх не вдалося.',
    q: 'Що зробити з цим файлом?',
    opts: [['залишити встановлену версію', 'ваш файл залишиться без змін, а нову версію буде збережено поруч як {conf}.pkg-new.'],
      ['встановити версію супровідника пакета', 'файл буде замінено новим, а ваш варіант збережеться як {conf}.pkg-old.'],
      ['показати відмінності', 'вивести різницю між двома версіями, після чого запитання буде поставлено знову.'],
      ['запустити командну оболонку', 'відкрити оболонку, щоб дослідити ситуацію; після виходу з неї ви повернетеся до цього запитання.']],
    override: 'Встановлення версії супровідника означає, що ваші локальні зміни буде перезаписано: параметри, які ви додали самі (наприклад, адреси, порти чи шляхи), зникнуть із чинного файла. Відновити їх можна зі збереженої копії.',
    def: 'Типово зберігається поточна версія файла.',
    hint: 'Якщо ви не впевнені, залиште свою версію і порівняйте файли пізніше командою «diff {conf} {conf}.pkg-new».',
    after: 'В оболонці можна, наприклад, відредагувати файл вручну; щоб повернутися, введіть exit.',
    prompt: 'Ваш вибір [1]:', diffHead: 'Відмінності між вашою версією (-) і новою (+):',
  },
  Chinese: {
    title: ['配置文件 {conf}', '配置文件冲突'],
    situation: '文件 {conf} 在安装后被修改过，可能是您本人，也可能是其他程序修改的。{pkg} 的新版本（{ver}）附带了此文件的更新版本，但两者无法自动合并。',
    q: '您希望如何处理这个文件？',
    opts: [['保留当前安装的版本', '您的文件保持不变，新版本会以 {conf}.pkg-new 的名称保存在旁边。'],
      ['安装软件包维护者的版本', '文件将被新版本替换，您的版本会另存为 {conf}.pkg-old。'],
      ['列出差异', '列出两个版本之间的不同之处，然后再次提出这个问题。'],
      ['启动 shell', '打开一个 shell 供您检查情况；退出 shell 后会回到这个问题。']],
    override: '安装维护者的版本意味着覆盖您在本地所做的修改：您自己添加的选项，例如地址、端口或路径，将从正在使用的文件中消失。您可以从保存的副本中把它们找回来。',
    def: '默认操作是保留您当前的版本。',
    hint: '如果不确定，请保留您的版本，稍后再用“diff {conf} {conf}.pkg-new”比较两个文件。',
    after: '在 shell 中，您可以手动编辑该文件；输入 exit 即可返回。',
    prompt: '您的选择 [1]：', diffHead: '您的版本（-）与新版本（+）之间的差异：',
  },
};
/** Configuration lines a diff between the local and the new file may show (option, old value, new value). */
const CONF_CHANGES: readonly (readonly [string, string, string])[] = [
  ['max_clients', '64', '128'], ['log_level', 'debug', 'info'], ['tls_min_version', '1.0', '1.2'], ['cache_size_mb', '256', '512'],
  ['listen_address', 'any', 'localhost'], ['worker_threads', '4', 'auto'], ['session_timeout', '3600', '1800'], ['compress', 'no', 'yes'],
  ['allow_anonymous', 'yes', 'no'], ['retry_limit', '3', '5'],
];
function confDiff(v: Vars): string {
  const keep = sample(['listen_port = {port}', 'data_dir = {dir}', 'user = {svcuser}', 'pid_file = /run/{pkg}.pid'], 2).map((s) => fill(s, v));
  const changes = sample(CONF_CHANGES, int(2, 3));
  const at = int(8, 60);
  const lines = [`--- ${v.conf}`, `+++ ${v.conf}.pkg-new`, `@@ -${at},${keep.length + changes.length} +${at},${keep.length + changes.length + 1} @@`, ` ${keep[0]}`];
  for (const [k, a, b] of changes) lines.push(`-${k} = ${a}`, `+${k} = ${b}`);
  lines.push(`+${pick(['audit_log', 'strict_paths', 'ipv6', 'metrics'])} = ${pick(['on', 'off', 'yes'])}`, ` ${keep[1]}`);
  return lines.join('\n');
}
function genConflict(lang: Lang, b: ConflictBank, v: Vars): string {
  const cols = pick([0, 0, 68, 74, 78]);
  const tStyle = int(0, 5);
  const sep = pick([': ', ' — ', ' - ']);
  const style = int(0, 1);
  const letters = ['1', '2', '3', '4'];
  const optLines = b.opts.map(([l, d], i) => item(`${l}${sep}${fill(d, v)}`, cols, style === 0 ? `  ${letters[i]}) ` : `  [${letters[i]}] `));
  const extras = shuffle([fill(b.override, v), fill(b.hint, v), fill(b.after, v)]);
  const diff = chance(0.6) ? `${b.diffHead}\n\n${confDiff(v)}` : '';
  return grow((k) => {
    const blocks = [titled(tx(b.title, v), tStyle), wrap(fill(b.situation, v), cols)];
    if (diff) blocks.push(diff);
    blocks.push(`${b.q}\n${optLines.join('\n')}`);
    blocks.push(wrap(fill(b.def, v), cols));
    for (const e of extras.slice(0, k)) blocks.push(wrap(e, cols));
    blocks.push(b.prompt);
    return blocks.join('\n\n');
  }, int(1, 3), extras.length);
}

// ------------------------------------------------------------------ 7. setup_wizard_page
interface WizPage { readonly title: string; readonly body: string; readonly items?: readonly string[]; readonly field?: boolean }
interface WizardBank {
  readonly welcomeTitle: string; readonly welcome: string; readonly stepOf: string; readonly browse: string;
  /** The data folder, account, updates and appearance pages. */
  readonly pages: readonly WizPage[];
  readonly privacyTitle: string; readonly privacy: string; readonly privacyItems: readonly string[]; readonly privacyLater: string;
  readonly finishTitle: string; readonly finish: string;
}
const WIZARD: PerLang<WizardBank> = {
  Russian: {
    welcomeTitle: 'Добро пожаловать в {product}',
    welcome: 'Этот мастер поможет подготовить {product} к работе. Это займёт всего несколько минут: выберите папку для данных, подключите учётную запись и настройте параметры конфиденциальности. Чтобы перейти к следующему шагу, нажмите «{next}».',
    stepOf: 'Шаг {i} из {m}', browse: 'Обзор…',
    pages: [
      { title: 'Папка для данных', body: '{product} будет хранить ваши файлы в указанной ниже папке. Можно выбрать другой диск, например сетевой; убедитесь только, что на нём достаточно свободного места.', field: true },
      { title: 'Учётная запись', body: 'Войдите с учётной записью организации, чтобы синхронизировать данные между устройствами, или пропустите этот шаг и работайте с {product} без подключения к сети. Учётную запись можно добавить позже.', items: ['Войти с учётной записью организации', 'Пропустить этот шаг'] },
      { title: 'Обновления', body: 'Как {product} должен получать обновления? Исправления безопасности рекомендуется устанавливать сразу.', items: ['Устанавливать обновления автоматически', 'Только сообщать о новых версиях', 'Не проверять (не рекомендуется)'] },
      { title: 'Оформление', body: 'Выберите светлую или тёмную тему. Вариант «Как в системе» следует настройкам вашего рабочего стола.', items: ['Светлая', 'Тёмная', 'Как в системе'] },
    ],
    privacyTitle: 'Конфиденциальность',
    privacy: '{product} не собирает содержимое ваших документов. Отметьте, какие сведения можно передавать компании {vendor}, чтобы помочь улучшить программу.',
    privacyItems: ['Отправлять анонимные отчёты о сбоях', 'Передавать статистику использования функций', 'Автоматически проверять наличие обновлений', 'Показывать советы при запуске'],
    privacyLater: 'Эти параметры можно изменить позже в разделе «Настройки → Конфиденциальность».',
    finishTitle: 'Настройка завершена',
    finish: 'Всё готово. Нажмите «{finish}», чтобы запустить {product}. Если вы пропустили какой-либо шаг, вернуться к нему можно в любое время через меню «Настройки».',
  },
  Vietnamese: {
    welcomeTitle: 'Chào mừng bạn đến với {product}',
    welcome: 'Trình hướng dẫn này sẽ giúp bạn chuẩn bị {product} để sử dụng. Việc này chỉ mất vài phút: chọn thư mục lưu dữ liệu, kết nối tài khoản và thiết lập quyền riêng tư. Nhấn «{next}» để sang bước tiếp theo.',
    stepOf: 'Bước {i}/{m}', browse: 'Duyệt…',
    pages: [
      { title: 'Thư mục dữ liệu', body: '{product} sẽ lưu tệp của bạn trong thư mục dưới đây. Bạn có thể chọn ổ đĩa khác, ví dụ ổ mạng, miễn là còn đủ dung lượng trống.', field: true },
      { title: 'Tài khoản', body: 'Đăng nhập bằng tài khoản của tổ chức để đồng bộ dữ liệu giữa các thiết bị, hoặc bỏ qua bước này và dùng {product} ngoại tuyến. Bạn có thể thêm tài khoản sau.', items: ['Đăng nhập bằng tài khoản tổ chức', 'Bỏ qua bước này'] },
      { title: 'Cập nhật', body: '{product} nên nhận bản cập nhật theo cách nào? Các bản vá bảo mật nên được cài ngay khi có.', items: ['Tự động cài đặt bản cập nhật', 'Chỉ thông báo khi có phiên bản mới', 'Không kiểm tra (không khuyến nghị)'] },
      { title: 'Giao diện', body: 'Chọn giao diện sáng hoặc tối. Tùy chọn «Theo hệ thống» sẽ làm theo thiết lập của màn hình nền.', items: ['Sáng', 'Tối', 'Theo hệ thống'] },
    ],
    privacyTitle: 'Quyền riêng tư',
    privacy: '{product} không thu thập nội dung tài liệu của bạn. Hãy chọn những thông tin có thể gửi cho {vendor} để giúp cải thiện phần mềm.',
    privacyItems: ['Gửi báo cáo sự cố ẩn danh', 'Chia sẻ thống kê sử dụng tính năng', 'Tự động kiểm tra bản cập nhật', 'Hiển thị mẹo khi khởi động'],
    privacyLater: 'Bạn có thể thay đổi các tùy chọn này sau trong Cài đặt → Quyền riêng tư.',
    finishTitle: 'Đã thiết lập xong',
    finish: 'Mọi thứ đã sẵn sàng. Nhấn «{finish}» để khởi động {product}. Nếu đã bỏ qua bước nào, bạn có thể quay lại bất cứ lúc nào từ menu Cài đặt.',
  },
  Portuguese: {
    welcomeTitle: 'Boas-vindas ao {product}',
    welcome: 'Esta configuração inicial vai ajudar você a preparar o {product} para o uso. Leva só alguns minutos: escolha a pasta dos dados, conecte uma conta e ajuste as configurações de privacidade. Clique em «{next}» para continuar.',
    stepOf: 'Etapa {i} de {m}', browse: 'Procurar…',
    pages: [
      { title: 'Pasta de dados', body: 'O {product} vai guardar seus arquivos na pasta abaixo. Você pode escolher outro disco, como uma unidade de rede, desde que haja espaço livre suficiente.', field: true },
      { title: 'Conta', body: 'Entre com a conta da sua organização para sincronizar os dados entre dispositivos, ou pule esta etapa e use o {product} off-line. É possível adicionar uma conta depois.', items: ['Entrar com a conta da organização', 'Pular esta etapa'] },
      { title: 'Atualizações', body: 'Como o {product} deve receber atualizações? Recomendamos instalar as correções de segurança imediatamente.', items: ['Instalar atualizações automaticamente', 'Apenas avisar quando houver uma nova versão', 'Não verificar (não recomendado)'] },
      { title: 'Aparência', body: 'Escolha um tema claro ou escuro. A opção «Padrão do sistema» acompanha as configurações da sua área de trabalho.', items: ['Claro', 'Escuro', 'Padrão do sistema'] },
    ],
    privacyTitle: 'Privacidade',
    privacy: 'O {product} não coleta o conteúdo dos seus documentos. Marque quais informações podem ser enviadas à {vendor} para ajudar a melhorar o programa.',
    privacyItems: ['Enviar relatórios de falha anônimos', 'Compartilhar estatísticas de uso dos recursos', 'Procurar atualizações automaticamente', 'Mostrar dicas ao iniciar'],
    privacyLater: 'Você pode alterar essas opções mais tarde em Configurações › Privacidade.',
    finishTitle: 'Configuração concluída',
    finish: 'Tudo pronto. Clique em «{finish}» para abrir o {product}. Se você pulou alguma etapa, pode voltar a ela a qualquer momento pelo menu Configurações.',
  },
  Arabic: {
    welcomeTitle: 'مرحبًا بك في {product}',
    welcome: 'سيساعدك هذا المعالج على تجهيز {product} للاستخدام، ولن يستغرق ذلك سوى بضع دقائق: اختر مجلد البيانات، واربط حسابك، واضبط إعدادات الخصوصية. انقر «{next}» للانتقال إلى الخطوة التالية.',
    stepOf: 'الخطوة {i} من {m}', browse: 'استعراض…',
    pages: [
      { title: 'مجلد البيانات', body: 'سيحفظ {product} ملفاتك في المجلد أدناه. ويمكنك اختيار قرص آخر، كقرص شبكي مثلًا، بشرط أن تتوفر عليه مساحة كافية.', field: true },
      { title: 'الحساب', body: 'سجّل الدخول بحساب مؤسستك لمزامنة البيانات بين أجهزتك، أو تخطَّ هذه الخطوة واستخدم {product} دون اتصال. يمكنك إضافة حساب لاحقًا.', items: ['تسجيل الدخول بحساب المؤسسة', 'تخطي هذه الخطوة'] },
      { title: 'التحديثات', body: 'كيف تريد أن يتلقى {product} التحديثات؟ ننصح بتثبيت إصلاحات الأمان فور صدورها.', items: ['تثبيت التحديثات تلقائيًا', 'الاكتفاء بالإشعار عند صدور إصدار جديد', 'عدم التحقق (غير مستحسن)'] },
      { title: 'المظهر', body: 'اختر سمة فاتحة أو داكنة. يتبع خيار «حسب النظام» إعدادات سطح المكتب لديك.', items: ['فاتحة', 'داكنة', 'حسب النظام'] },
    ],
    privacyTitle: 'الخصوصية',
    privacy: 'لا يجمع {product} محتوى مستنداتك. حدّد المعلومات التي يجوز إرسالها إلى {vendor} للمساعدة في تحسين البرنامج.',
    privacyItems: ['إرسال تقارير الأعطال دون ذكر الهوية', 'مشاركة إحصاءات استخدام الميزات', 'التحقق من التحديثات تلقائيًا', 'عرض نصائح عند بدء التشغيل'],
    privacyLater: 'يمكنك تغيير هذه الخيارات لاحقًا من الإعدادات ← الخصوصية.',
    finishTitle: 'اكتمل الإعداد',
    finish: 'كل شيء جاهز. انقر «{finish}» لتشغيل {product}. وإذا تخطيت أي خطوة فيمكنك الرجوع إليها في أي وقت من قائمة الإعدادات.',
  },
  Thai: {
    welcomeTitle: 'ยินดีต้อนรับสู่ {product}',
    welcome: 'ขั้นตอนต่อไปนี้จะช่วยคุณเตรียม {product} ให้พร้อมใช้งาน โดยใช้เวลาเพียงไม่กี่นาที ได้แก่ เลือกโฟลเดอร์เก็บข้อมูล เชื่อมต่อบัญชี และตั้งค่าความเป็นส่วนตัว คลิก «{next}» เพื่อไปยังขั้นตอนถัดไป',
    stepOf: 'ขั้นตอนที่ {i} จาก {m}', browse: 'เรียกดู…',
    pages: [
      { title: 'โฟลเดอร์ข้อมูล', body: '{product} จะเก็บไฟล์ของคุณไว้ในโฟลเดอร์ด้านล่าง คุณสามารถเลือกไดรฟ์อื่นได้ เช่น ไดรฟ์เครือข่าย ขอเพียงมีพื้นที่ว่างเพียงพอ', field: true },
      { title: 'บัญชี', body: 'ลงชื่อเข้าใช้ด้วยบัญชีขององค์กรเพื่อซิงค์ข้อมูลระหว่างอุปกรณ์ หรือข้ามขั้นตอนนี้แล้วใช้ {product} แบบออฟไลน์ คุณสามารถเพิ่มบัญชีได้ภายหลัง', items: ['ลงชื่อเข้าใช้ด้วยบัญชีองค์กร', 'ข้ามขั้นตอนนี้'] },
      { title: 'การอัปเดต', body: '{product} ควรรับการอัปเดตอย่างไร เราแนะนำให้ติดตั้งการแก้ไขด้านความปลอดภัยทันทีที่มี', items: ['ติดตั้งการอัปเดตโดยอัตโนมัติ', 'แจ้งเตือนเมื่อมีเวอร์ชันใหม่เท่านั้น', 'ไม่ตรวจสอบ (ไม่แนะนำ)'] },
      { title: 'รูปลักษณ์', body: 'เลือกธีมสว่างหรือมืด ตัวเลือก «ตามระบบ» จะใช้ค่าเดียวกับเดสก์ท็อปของคุณ', items: ['สว่าง', 'มืด', 'ตามระบบ'] },
    ],
    privacyTitle: 'ความเป็นส่วนตัว',
    privacy: '{product} ไม่เก็บเนื้อหาในเอกสารของคุณ โปรดเลือกว่าข้อมูลใดบ้างที่ส่งให้ {vendor} ได้ เพื่อช่วยปรับปรุงโปรแกรม',
    privacyItems: ['ส่งรายงานข้อขัดข้องแบบไม่ระบุตัวตน', 'แบ่งปันสถิติการใช้งานฟีเจอร์', 'ตรวจหาการอัปเดตโดยอัตโนมัติ', 'แสดงเคล็ดลับเมื่อเริ่มโปรแกรม'],
    privacyLater: 'คุณสามารถเปลี่ยนตัวเลือกเหล่านี้ได้ภายหลังในการตั้งค่า > ความเป็นส่วนตัว',
    finishTitle: 'ตั้งค่าเสร็จเรียบร้อย',
    finish: 'ทุกอย่างพร้อมแล้ว คลิก «{finish}» เพื่อเปิด {product} หากคุณข้ามขั้นตอนใดไป คุณสามารถกลับไปตั้งค่าได้ทุกเมื่อจากเมนูการตั้งค่า',
  },
  Spanish: {
    welcomeTitle: 'Le damos la bienvenida a {product}',
    welcome: 'Esta configuración guiada le ayudará a preparar {product} para su uso. Solo tardará unos minutos: elija la carpeta de datos, conecte una cuenta y ajuste la privacidad. Pulse «{next}» para continuar.',
    stepOf: 'Paso {i} de {m}', browse: 'Examinar…',
    pages: [
      { title: 'Carpeta de datos', body: '{product} guardará sus archivos en la carpeta indicada abajo. Puede elegir otra unidad, por ejemplo una unidad de red, siempre que tenga espacio libre suficiente.', field: true },
      { title: 'Cuenta', body: 'Inicie sesión con la cuenta de su organización para sincronizar los datos entre dispositivos, o sáltese este paso y use {product} sin conexión. Podrá añadir una cuenta más adelante.', items: ['Iniciar sesión con la cuenta de la organización', 'Saltar este paso'] },
      { title: 'Actualizaciones', body: '¿Cómo debe recibir {product} las actualizaciones? Le recomendamos instalar las correcciones de seguridad en cuanto estén disponibles.', items: ['Instalar las actualizaciones automáticamente', 'Solo avisar cuando haya una versión nueva', 'No comprobar (no recomendado)'] },
      { title: 'Apariencia', body: 'Elija un tema claro u oscuro. La opción «Según el sistema» sigue la configuración de su escritorio.', items: ['Claro', 'Oscuro', 'Según el sistema'] },
    ],
    privacyTitle: 'Privacidad',
    privacy: '{product} no recopila el contenido de sus documentos. Marque qué información se puede enviar a {vendor} para ayudar a mejorar el programa.',
    privacyItems: ['Enviar informes de errores anónimos', 'Compartir estadísticas de uso de las funciones', 'Buscar actualizaciones automáticamente', 'Mostrar consejos al iniciar'],
    privacyLater: 'Puede cambiar estas opciones más adelante en Configuración > Privacidad.',
    finishTitle: 'Configuración completada',
    finish: 'Todo está listo. Pulse «{finish}» para abrir {product}. Si se saltó algún paso, puede volver a él en cualquier momento desde el menú Configuración.',
  },
  German: {
    welcomeTitle: 'Willkommen bei {product}',
    welcome: 'Diese geführte Einrichtung hilft Ihnen, {product} startklar zu machen. Das dauert nur wenige Minuten: Sie wählen einen Ordner für Ihre Daten, verbinden ein Konto und legen die Datenschutzeinstellungen fest. Klicken Sie auf „{next}“, um fortzufahren.',
    stepOf: 'Schritt {i} von {m}', browse: 'Durchsuchen…',
    pages: [
      { title: 'Datenordner', body: '{product} speichert Ihre Dateien im unten angegebenen Ordner. Sie können auch ein anderes Laufwerk wählen, etwa ein Netzlaufwerk, sofern dort genug Platz frei ist.', field: true },
      { title: 'Konto', body: 'Melden Sie sich mit dem Konto Ihrer Organisation an, um Daten zwischen Geräten abzugleichen, oder überspringen Sie diesen Schritt und nutzen Sie {product} offline. Ein Konto lässt sich später hinzufügen.', items: ['Mit dem Konto der Organisation anmelden', 'Diesen Schritt überspringen'] },
      { title: 'Aktualisierungen', body: 'Wie soll {product} Aktualisierungen erhalten? Sicherheitskorrekturen sollten Sie möglichst sofort installieren.', items: ['Aktualisierungen automatisch installieren', 'Nur über neue Versionen informieren', 'Nicht suchen (nicht empfohlen)'] },
      { title: 'Darstellung', body: 'Wählen Sie ein helles oder dunkles Design. „Wie im System“ übernimmt die Einstellung Ihrer Arbeitsumgebung.', items: ['Hell', 'Dunkel', 'Wie im System'] },
    ],
    privacyTitle: 'Datenschutz',
    privacy: '{product} erfasst keine Inhalte Ihrer Dokumente. Legen Sie fest, welche Informationen an {vendor} übermittelt werden dürfen, um das Programm zu verbessern.',
    privacyItems: ['Anonyme Absturzberichte senden', 'Nutzungsstatistiken zu Funktionen teilen', 'Automatisch nach Aktualisierungen suchen', 'Beim Start Tipps anzeigen'],
    privacyLater: 'Sie können diese Einstellungen später unter Einstellungen › Datenschutz ändern.',
    finishTitle: 'Einrichtung abgeschlossen',
    finish: 'Alles ist bereit. Klicken Sie auf „{finish}“, um {product} zu starten. Haben Sie einen Schritt übersprungen, können Sie ihn jederzeit über das Menü „Einstellungen“ nachholen.',
  },
  French: {
    welcomeTitle: 'Bienvenue dans {product}',
    welcome: 'Ces quelques étapes vous aident à préparer {product}. Cela ne prend que quelques minutes : choisissez le dossier des données, connectez un compte et réglez les options de confidentialité. Cliquez sur « {next} » pour continuer.',
    stepOf: 'Étape {i} sur {m}', browse: 'Parcourir…',
    pages: [
      { title: 'Dossier des données', body: "{product} enregistrera vos fichiers dans le dossier ci-dessous. Vous pouvez choisir un autre disque, par exemple un lecteur réseau, à condition qu'il dispose d'assez d'espace libre.", field: true },
      { title: 'Compte', body: 'Connectez-vous avec le compte de votre organisation pour synchroniser vos données entre vos appareils, ou passez cette étape et utilisez {product} hors connexion. Vous pourrez ajouter un compte plus tard.', items: ['Se connecter avec le compte de l’organisation', 'Passer cette étape'] },
      { title: 'Mises à jour', body: 'Comment {product} doit-il recevoir ses mises à jour ? Nous vous conseillons d’installer sans attendre les correctifs de sécurité.', items: ['Installer automatiquement les mises à jour', 'Me prévenir seulement quand une nouvelle version est disponible', 'Ne pas vérifier (déconseillé)'] },
      { title: 'Apparence', body: 'Choisissez un thème clair ou sombre. L’option « Comme le système » suit les réglages de votre bureau.', items: ['Clair', 'Sombre', 'Comme le système'] },
    ],
    privacyTitle: 'Confidentialité',
    privacy: '{product} ne collecte pas le contenu de vos documents. Cochez les informations qui peuvent être transmises à {vendor} pour aider à améliorer le logiciel.',
    privacyItems: ['Envoyer des rapports de plantage anonymes', 'Partager des statistiques d’utilisation des fonctions', 'Rechercher automatiquement les mises à jour', 'Afficher des astuces au démarrage'],
    privacyLater: 'Vous pourrez modifier ces options plus tard dans Paramètres › Confidentialité.',
    finishTitle: 'Configuration terminée',
    finish: 'Tout est prêt. Cliquez sur « {finish} » pour lancer {product}. Si vous avez passé une étape, vous pourrez y revenir à tout moment depuis le menu Paramètres.',
  },
  Italian: {
    welcomeTitle: 'Benvenuto in {product}',
    welcome: "Questa procedura guidata aiuta a preparare {product} all'uso. Bastano pochi minuti: scegliere la cartella dei dati, collegare un account e impostare la privacy. Fare clic su «{next}» per continuare.",
    stepOf: 'Passo {i} di {m}', browse: 'Sfoglia…',
    pages: [
      { title: 'Cartella dei dati', body: '{product} salverà i file nella cartella indicata qui sotto. È possibile scegliere un altro disco, per esempio un disco di rete, purché abbia spazio libero sufficiente.', field: true },
      { title: 'Account', body: "Accedere con l'account dell'organizzazione per sincronizzare i dati tra i dispositivi, oppure saltare questo passo e usare {product} offline. Un account si può aggiungere anche in seguito.", items: ["Accedi con l'account dell'organizzazione", 'Salta questo passo'] },
      { title: 'Aggiornamenti', body: 'In che modo {product} deve ricevere gli aggiornamenti? Si consiglia di installare subito le correzioni di sicurezza.', items: ['Installa automaticamente gli aggiornamenti', 'Avvisa soltanto quando esce una nuova versione', 'Non controllare (sconsigliato)'] },
      { title: 'Aspetto', body: 'Scegliere un tema chiaro o scuro. L’opzione «Come il sistema» segue le impostazioni del desktop.', items: ['Chiaro', 'Scuro', 'Come il sistema'] },
    ],
    privacyTitle: 'Privacy',
    privacy: '{product} non raccoglie il contenuto dei documenti. Selezionare quali informazioni possono essere trasmesse a {vendor} per contribuire a migliorare il programma.',
    privacyItems: ['Segnala in forma anonima gli arresti anomali', "Condividi statistiche sull'uso delle funzioni", 'Cerca automaticamente gli aggiornamenti', "Mostra suggerimenti all'avvio"],
    privacyLater: 'Queste opzioni si possono modificare in seguito da Impostazioni › Privacy.',
    finishTitle: 'Configurazione completata',
    finish: 'Tutto è pronto. Fare clic su «{finish}» per avviare {product}. Se un passo è stato saltato, è possibile tornarci in qualsiasi momento dal menu Impostazioni.',
  },
  Turkish: {
    welcomeTitle: '{product} uygulamasına hoş geldiniz',
    welcome: 'Bu sihirbaz, {product} uygulamasını kullanıma hazırlamanıza yardım eder. Yalnızca birkaç dakika sürer: veri klasörünü seçin, bir hesap bağlayın ve gizlilik ayarlarını yapın. Devam etmek için «{next}» düğmesine tıklayın.',
    stepOf: 'Adım {i} / {m}', browse: 'Gözat…',
    pages: [
      { title: 'Veri klasörü', body: '{product} dosyalarınızı aşağıdaki klasörde saklar. Yeterli boş alan olduğu sürece başka bir sürücü, örneğin bir ağ sürücüsü de seçebilirsiniz.', field: true },
      { title: 'Hesap', body: 'Verileri cihazlarınız arasında eşitlemek için kurumunuzun hesabıyla oturum açın ya da bu adımı atlayıp {product} uygulamasını çevrimdışı kullanın. Hesabı daha sonra da ekleyebilirsiniz.', items: ['Kurum hesabıyla oturum aç', 'Bu adımı atla'] },
      { title: 'Güncellemeler', body: '{product} güncellemeleri nasıl almalı? Güvenlik düzeltmelerini hemen kurmanızı öneririz.', items: ['Güncellemeleri otomatik olarak kur', 'Yalnızca yeni sürüm çıktığında bildir', 'Denetleme (önerilmez)'] },
      { title: 'Görünüm', body: 'Açık ya da koyu bir tema seçin. «Sistemle aynı» seçeneği masaüstü ayarlarınızı izler.', items: ['Açık', 'Koyu', 'Sistemle aynı'] },
    ],
    privacyTitle: 'Gizlilik',
    privacy: '{product} belgelerinizin içeriğini toplamaz. Programın geliştirilmesine yardımcı olmak için {vendor} şirketine hangi bilgilerin iletilebileceğini işaretleyin.',
    privacyItems: ['Anonim çökme raporları gönder', 'Özellik kullanım istatistiklerini paylaş', 'Güncellemeleri otomatik olarak denetle', 'Başlangıçta ipuçları göster'],
    privacyLater: 'Bu seçenekleri daha sonra Ayarlar › Gizlilik bölümünden değiştirebilirsiniz.',
    finishTitle: 'Kurulum tamamlandı',
    finish: 'Her şey hazır. {product} uygulamasını başlatmak için «{finish}» düğmesine tıklayın. Atladığınız bir adım varsa, Ayarlar menüsünden istediğiniz zaman ona geri dönebilirsiniz.',
  },
  Polish: {
    welcomeTitle: 'Witamy w {product}',
    welcome: 'Ten kreator pomoże przygotować {product} do pracy. Zajmie to tylko kilka minut: wybierz folder na dane, połącz konto i ustaw opcje prywatności. Kliknij „{next}”, aby kontynuować.',
    stepOf: 'Krok {i} z {m}', browse: 'Przeglądaj…',
    pages: [
      { title: 'Folder danych', body: '{product} będzie przechowywać twoje pliki w poniższym folderze. Możesz wybrać inny dysk, na przykład dysk sieciowy, o ile jest na nim wystarczająco dużo wolnego miejsca.', field: true },
      { title: 'Konto', body: 'Zaloguj się kontem swojej organizacji, aby synchronizować dane między urządzeniami, albo pomiń ten krok i korzystaj z {product} w trybie offline. Konto możesz dodać później.', items: ['Zaloguj się kontem organizacji', 'Pomiń ten krok'] },
      { title: 'Aktualizacje', body: 'Jak {product} ma otrzymywać aktualizacje? Poprawki bezpieczeństwa zalecamy instalować od razu.', items: ['Instaluj aktualizacje automatycznie', 'Tylko powiadamiaj o nowej wersji', 'Nie sprawdzaj (niezalecane)'] },
      { title: 'Wygląd', body: 'Wybierz jasny lub ciemny motyw. Opcja „Jak w systemie” dostosowuje się do ustawień pulpitu.', items: ['Jasny', 'Ciemny', 'Jak w systemie'] },
    ],
    privacyTitle: 'Prywatność',
    privacy: '{product} nie zbiera treści twoich dokumentów. Zaznacz, które informacje mogą być przekazywane firmie {vendor}, aby pomóc w ulepszaniu programu.',
    privacyItems: ['Wysyłaj anonimowe raporty o awariach', 'Udostępniaj statystyki korzystania z funkcji', 'Automatycznie sprawdzaj aktualizacje', 'Pokazuj porady przy uruchomieniu'],
    privacyLater: 'Te opcje możesz zmienić później w Ustawienia › Prywatność.',
    finishTitle: 'Konfiguracja zakończona',
    finish: 'Wszystko gotowe. Kliknij „{finish}”, aby uruchomić {product}. Jeśli pominięto któryś krok, możesz do niego wrócić w dowolnej chwili z menu Ustawienia.',
  },
  Indonesian: {
    welcomeTitle: 'Selamat datang di {product}',
    welcome: 'Wisaya ini akan membantu Anda menyiapkan {product}. Hanya perlu beberapa menit: pilih folder data, hubungkan akun, dan atur privasi. Klik «{next}» untuk melanjutkan.',
    stepOf: 'Langkah {i} dari {m}', browse: 'Telusuri…',
    pages: [
      { title: 'Folder data', body: '{product} akan menyimpan berkas Anda di folder di bawah ini. Anda dapat memilih drive lain, misalnya drive jaringan, asalkan ruang kosongnya cukup.', field: true },
      { title: 'Akun', body: 'Masuk dengan akun organisasi Anda untuk menyinkronkan data antarperangkat, atau lewati langkah ini dan gunakan {product} secara luring. Akun dapat ditambahkan nanti.', items: ['Masuk dengan akun organisasi', 'Lewati langkah ini'] },
      { title: 'Pembaruan', body: 'Bagaimana {product} sebaiknya menerima pembaruan? Kami menyarankan perbaikan keamanan segera dipasang.', items: ['Pasang pembaruan secara otomatis', 'Cukup beri tahu jika ada versi baru', 'Jangan periksa (tidak disarankan)'] },
      { title: 'Tampilan', body: 'Pilih tema terang atau gelap. Opsi «Ikuti sistem» mengikuti pengaturan desktop Anda.', items: ['Terang', 'Gelap', 'Ikuti sistem'] },
    ],
    privacyTitle: 'Privasi',
    privacy: '{product} tidak mengumpulkan isi dokumen Anda. Centang informasi yang boleh dikirim ke {vendor} untuk membantu menyempurnakan program.',
    privacyItems: ['Laporkan kerusakan secara anonim', 'Bagikan statistik penggunaan fitur', 'Periksa pembaruan secara otomatis', 'Tampilkan kiat saat memulai'],
    privacyLater: 'Opsi ini dapat diubah nanti di Pengaturan › Privasi.',
    finishTitle: 'Penyiapan selesai',
    finish: 'Semuanya siap. Klik «{finish}» untuk membuka {product}. Jika ada langkah yang Anda lewati, Anda dapat kembali ke langkah itu kapan saja melalui menu Pengaturan.',
  },
  Japanese: {
    welcomeTitle: '{product} へようこそ',
    welcome: 'このウィザードでは、{product} を使い始めるための準備をします。データを保存するフォルダーの選択、アカウントの接続、プライバシーの設定を行うだけなので、数分で終わります。続けるには「{next}」をクリックしてください。',
    stepOf: 'ステップ {i}/{m}', browse: '参照…',
    pages: [
      { title: 'データの保存先', body: '{product} は、以下のフォルダーにファイルを保存します。十分な空き容量があれば、ネットワークドライブなど別のドライブを選ぶこともできます。', field: true },
      { title: 'アカウント', body: '組織のアカウントでサインインすると、デバイス間でデータを同期できます。この手順をスキップして、{product} をオフラインで使うこともできます。アカウントはあとから追加できます。', items: ['組織のアカウントでサインインする', 'この手順をスキップする'] },
      { title: '更新', body: '{product} の更新をどのように受け取りますか。セキュリティ修正は、公開されたらすぐにインストールすることをおすすめします。', items: ['更新を自動的にインストールする', '新しいバージョンが出たら通知だけする', '確認しない (おすすめしません)'] },
      { title: '外観', body: '明るいテーマか暗いテーマを選んでください。「システムに合わせる」を選ぶと、デスクトップの設定に従います。', items: ['ライト', 'ダーク', 'システムに合わせる'] },
    ],
    privacyTitle: 'プライバシー',
    privacy: '{product} が文書の内容を収集することはありません。製品の改善のために {vendor} に送信してもよい情報を選んでください。',
    privacyItems: ['匿名のクラッシュレポートを送信する', '機能の利用状況の統計を共有する', '更新を自動的に確認する', '起動時にヒントを表示する'],
    privacyLater: 'これらの設定は、あとで [設定] > [プライバシー] から変更できます。',
    finishTitle: 'セットアップが完了しました',
    finish: '準備ができました。「{finish}」をクリックすると {product} が起動します。スキップした手順があれば、[設定] メニューからいつでも戻って設定できます。',
  },
  Dutch: {
    welcomeTitle: 'Welkom bij {product}',
    welcome: 'Deze wizard helpt u {product} klaar te maken voor gebruik. Het kost maar een paar minuten: kies een map voor uw gegevens, koppel een account en stel de privacy in. Klik op „{next}” om verder te gaan.',
    stepOf: 'Stap {i} van {m}', browse: 'Bladeren…',
    pages: [
      { title: 'Gegevensmap', body: '{product} bewaart uw bestanden in de map hieronder. U kunt ook een ander station kiezen, bijvoorbeeld een netwerkstation, zolang er genoeg vrije ruimte is.', field: true },
      { title: 'Account', body: 'Meld u aan met het account van uw organisatie om gegevens tussen apparaten te synchroniseren, of sla deze stap over en gebruik {product} offline. U kunt later alsnog een account toevoegen.', items: ['Aanmelden met het account van de organisatie', 'Deze stap overslaan'] },
      { title: 'Updates', body: 'Hoe moet {product} updates ontvangen? We raden aan beveiligingsupdates meteen te installeren.', items: ['Updates automatisch installeren', 'Alleen melden wanneer er een nieuwe versie is', 'Niet controleren (afgeraden)'] },
      { title: 'Weergave', body: 'Kies een licht of donker thema. „Zoals het systeem” volgt de instellingen van uw bureaublad.', items: ['Licht', 'Donker', 'Zoals het systeem'] },
    ],
    privacyTitle: 'Privacy',
    privacy: '{product} verzamelt geen inhoud van uw documenten. Vink aan welke informatie naar {vendor} mag worden verzonden om het programma te helpen verbeteren.',
    privacyItems: ['Anonieme crashrapporten versturen', 'Statistieken over het gebruik van functies delen', 'Automatisch op updates controleren', 'Tips tonen bij het opstarten'],
    privacyLater: 'U kunt deze opties later wijzigen via Instellingen › Privacy.',
    finishTitle: 'Installatie voltooid',
    finish: 'Alles is klaar. Klik op „{finish}” om {product} te starten. Hebt u een stap overgeslagen, dan kunt u daar altijd naar terugkeren via het menu Instellingen.',
  },
  Ukrainian: {
    welcomeTitle: 'Вітаємо в {product}',
    welcome: 'Цей майстер допоможе підготувати {product} до роботи. Це займе лише кілька хвилин: виберіть теку для даних, під’єднайте обліковий запис і налаштуйте конфіденційність. Натисніть «{next}», щоб продовжити.',
    stepOf: 'Крок {i} з {m}', browse: 'Огляд…',
    pages: [
      { title: 'Тека для даних', body: '{product} зберігатиме ваші файли у вказаній нижче теці. Можна вибрати інший диск, наприклад мережевий, якщо на ньому достатньо вільного місця.', field: true },
      { title: 'Обліковий запис', body: 'Увійдіть з обліковим записом вашої організації, щоб синхронізувати дані між пристроями, або пропустіть цей крок і працюйте з {product} без мережі. Обліковий запис можна додати пізніше.', items: ['Увійти з обліковим записом організації', 'Пропустити цей крок'] },
      { title: 'Оновлення', body: 'Як {product} має отримувати оновлення? Виправлення безпеки радимо встановлювати одразу.', items: ['Встановлювати оновлення автоматично', 'Лише повідомляти про нові версії', 'Не перевіряти (не рекомендовано)'] },
      { title: 'Вигляд', body: 'Виберіть світлу або темну тему. Варіант «Як у системі» відповідає налаштуванням вашої стільниці.', items: ['Світла', 'Темна', 'Як у системі'] },
    ],
    privacyTitle: 'Конфіденційність',
    privacy: '{product} не збирає вміст ваших документів. Позначте, які відомості можна передавати компанії {vendor}, щоб допомогти вдосконалити програму.',
    privacyItems: ['Надсилати анонімні звіти про збої', 'Ділитися статистикою використання функцій', 'Автоматично перевіряти наявність оновлень', 'Показувати поради під час запуску'],
    privacyLater: 'Ці параметри можна змінити пізніше в розділі «Налаштування → Конфіденційність».',
    finishTitle: 'Налаштування завершено',
    finish: 'Усе готово. Натисніть «{finish}», щоб запустити {product}. Якщо ви пропустили якийсь крок, повернутися до нього можна будь-коли через меню «Налаштування».',
  },
  Chinese: {
    welcomeTitle: '欢迎使用 {product}',
    welcome: '本向导将帮助您完成 {product} 的初始设置。整个过程只需几分钟：选择数据文件夹、连接帐户并设置隐私选项。点击“{next}”继续。',
    stepOf: '第 {i} 步，共 {m} 步', browse: '浏览…',
    pages: [
      { title: '数据文件夹', body: '{product} 会把您的文件保存在下面的文件夹中。只要可用空间足够，您也可以选择其他驱动器，例如网络驱动器。', field: true },
      { title: '帐户', body: '使用单位帐户登录后，可以在多台设备之间同步数据；您也可以跳过此步骤，以离线方式使用 {product}。帐户可以以后再添加。', items: ['使用单位帐户登录', '跳过此步骤'] },
      { title: '更新', body: '{product} 应当如何获取更新？我们建议在安全修复发布后立即安装。', items: ['自动安装更新', '仅在有新版本时通知我', '不检查更新（不推荐）'] },
      { title: '外观', body: '请选择浅色或深色主题。“跟随系统”会使用与桌面相同的设置。', items: ['浅色', '深色', '跟随系统'] },
    ],
    privacyTitle: '隐私',
    privacy: '{product} 不会收集您文档中的内容。请勾选允许发送给 {vendor} 的信息，以帮助我们改进软件。',
    privacyItems: ['发送匿名崩溃报告', '分享功能使用统计', '自动检查更新', '启动时显示使用技巧'],
    privacyLater: '以后可以在“设置 > 隐私”中更改这些选项。',
    finishTitle: '设置完成',
    finish: '一切就绪。点击“{finish}”启动 {product}。如果跳过了某个步骤，可以随时通过“设置”菜单返回进行设置。',
  },
};
/** A wizard page's button row (the labels carry their arrows). */
function wizButtons(labels: readonly string[], style: number): string {
  switch (style % 3) {
    case 0: return labels.map((l) => `[ ${l} ]`).join('  ');
    case 1: return '   ' + labels.join('     ');
    default: return `| ${labels.join(' | ')} |`;
  }
}
function genWizard(lang: Lang, b: WizardBank, v0: Vars): string {
  const ui = UI[lang];
  const v: Vars = { ...v0, next: ui.next, finish: ui.finish };
  const cols = pick([0, 0, 60, 66, 72]);
  const rule = pick(['═'.repeat(int(36, 56)), '─'.repeat(int(36, 56)), '*  *  *', '~'.repeat(int(20, 40))]);
  const headStyle = int(0, 2);
  const bStyle = int(0, 2);
  const checked = b.privacyItems.map(() => chance(0.5));
  const radioSel = b.pages.map((p) => int(0, (p.items?.length ?? 1) - 1));
  const folder = `${pick(['~', `/home/${v.login}`, `/srv/${v.login}`])}/${v.product.replace(/\s+/g, '')}`;
  const middle = sample(b.pages.map((_, i) => i), b.pages.length);
  const page = (title: string, body: string, i: number, m: number, extra: string[], btns: string[]): string => {
    const step = fill(b.stepOf, { i: String(i), m: String(m) });
    const head = headStyle === 0 ? `${step}: ${title}` : headStyle === 1 ? `${title}\n${step}` : `[${step}] ${title}`;
    return [head, wrap(fill(body, v), cols), ...extra, wizButtons(btns, bStyle)].filter((s) => s !== '').join('\n\n');
  };
  return grow((k) => {
    const mids = middle.slice(0, k).sort((a, c) => a - c);
    const m = mids.length + 3;
    const out = [page(fill(b.welcomeTitle, v), b.welcome, 1, m, [], [ui.next + ' >', ui.cancel])];
    mids.forEach((pi, j) => {
      const p = b.pages[pi];
      const extra: string[] = [];
      if (p.field) extra.push(`  [ ${folder} ]   [ ${b.browse} ]`);
      if (p.items) extra.push(p.items.map((it, x) => `  (${x === radioSel[pi] ? '•' : ' '}) ${it}`).join('\n'));
      out.push(page(p.title, p.body, j + 2, m, extra, ['< ' + ui.back, ui.next + ' >', ui.cancel]));
    });
    const boxes = b.privacyItems.map((it, x) => `  [${checked[x] ? 'x' : ' '}] ${it}`).join('\n');
    out.push(page(b.privacyTitle, b.privacy, m - 1, m, [boxes, wrap(fill(b.privacyLater, v), cols)], ['< ' + ui.back, ui.next + ' >', ui.cancel]));
    out.push(page(b.finishTitle, b.finish, m, m, [], ['< ' + ui.back, ui.finish]));
    return out.join(`\n\n${rule}\n\n`);
  }, int(1, 2), b.pages.length, int(700, 1100));
}

// ------------------------------------------------------------------ 8. security_update_notice
interface SecurityBank {
  readonly title: Alt; readonly avail: string; readonly listHead: string; readonly autoDone: string; readonly restart: string;
  readonly disable: string; readonly approve: string; readonly skip: string; readonly details: string;
  /** Restart now, remind me later, details. */
  readonly btns: readonly [string, string, string];
}
const SECURITY: PerLang<SecurityBank> = {
  Russian: {
    title: ['Доступны обновления безопасности', 'Обновления безопасности для {srv}'],
    avail: 'Для этого компьютера доступно обновлений безопасности: {n}. Они закрывают уязвимости, которые позволяют посторонним получить доступ к системе или нарушить работу служб.',
    listHead: 'Затронутые пакеты:', autoDone: 'Следующие обновления были установлены автоматически сегодня в {time}:',
    restart: 'Чтобы завершить установку, требуется перезагрузка. Сохраните открытые документы: если не отложить перезагрузку, компьютер перезапустится автоматически в {time2}.',
    disable: 'Автоматическую установку обновлений можно отключить: задайте auto_install = false в файле {conf} или выполните «{updtool} auto off». Делать это не рекомендуется: без обновлений система остаётся уязвимой.',
    approve: 'На этом компьютере установку обновлений должен одобрить администратор. Обратитесь к нему по адресу {mail} или нажмите «Установить» и введите учётные данные администратора.',
    skip: 'Если пропустить это уведомление, обновления будут установлены в ближайшее окно обслуживания ({date}, {time}).',
    details: 'Описание каждого исправления: {advurl}', btns: ['Перезагрузить сейчас', 'Напомнить позже', 'Подробнее'],
  },
  Vietnamese: {
    title: ['Có bản cập nhật bảo mật', 'Cập nhật bảo mật cho {srv}'],
    avail: 'Có {n} bản cập nhật bảo mật cho máy tính này. Chúng vá các lỗ hổng có thể cho phép người khác truy cập trái phép vào hệ thống hoặc làm gián đoạn dịch vụ.',
    listHead: 'Các gói bị ảnh hưởng:', autoDone: 'Các bản cập nhật sau đã được tự động cài đặt hôm nay lúc {time}:',
    restart: 'Cần khởi động lại để hoàn tất việc cài đặt. Hãy lưu các tài liệu đang mở: nếu bạn không hoãn lại, máy sẽ tự khởi động lại lúc {time2}.',
    disable: 'Bạn có thể tắt chức năng tự động cài đặt bằng cách đặt auto_install = false trong {conf} hoặc chạy «{updtool} auto off». Chúng tôi không khuyến nghị làm vậy, vì hệ thống sẽ tiếp tục có lỗ hổng.',
    approve: 'Trên máy tính này, việc cài đặt bản cập nhật phải được quản trị viên phê duyệt. Hãy liên hệ {mail} hoặc nhấn «Cài đặt» và nhập thông tin đăng nhập của quản trị viên.',
    skip: 'Nếu bạn bỏ qua thông báo này, các bản cập nhật sẽ được cài trong đợt bảo trì tiếp theo ({date}, {time}).',
    details: 'Mô tả chi tiết từng bản vá: {advurl}', btns: ['Khởi động lại ngay', 'Nhắc tôi sau', 'Chi tiết'],
  },
  Portuguese: {
    title: ['Atualizações de segurança disponíveis', 'Atualizações de segurança para {srv}'],
    avail: 'Estão disponíveis {n} atualizações de segurança para este computador. Corrigem vulnerabilidades que podem permitir a terceiros aceder ao sistema ou interromper serviços.',
    listHead: 'Pacotes afetados:', autoDone: 'As seguintes atualizações foram instaladas automaticamente hoje às {time}:',
    restart: 'É necessário reiniciar para concluir a instalação. Guarde os documentos abertos: se não adiar, o computador será reiniciado automaticamente às {time2}.',
    disable: 'Para desativar a instalação automática, defina auto_install = false em {conf} ou execute «{updtool} auto off». Não o recomendamos: sem atualizações, o sistema fica vulnerável.',
    approve: 'Neste computador, a instalação de atualizações tem de ser aprovada por um administrador. Contacte {mail} ou clique em «Instalar» e introduza as credenciais de administrador.',
    skip: 'Se ignorar este aviso, as atualizações serão instaladas na próxima janela de manutenção ({date}, às {time}).',
    details: 'Descrição de cada correção: {advurl}', btns: ['Reiniciar agora', 'Lembrar mais tarde', 'Detalhes'],
  },
  Arabic: {
    title: ['تتوفر تحديثات أمنية', 'تحديثات أمنية للخادم {srv}'],
    avail: 'يتوفر {n} من التحديثات الأمنية لهذا الجهاز، وهي تسد ثغرات قد تتيح لأشخاص آخرين الوصول إلى النظام دون إذن أو تعطيل الخدمات.',
    listHead: 'الحزم المتأثرة:', autoDone: 'ثُبّتت التحديثات التالية تلقائيًا اليوم عند الساعة {time}:',
    restart: 'يلزم إعادة التشغيل لإكمال التثبيت. احفظ المستندات المفتوحة، فإذا لم تؤجل إعادة التشغيل فسيُعاد تشغيل الجهاز تلقائيًا عند الساعة {time2}.',
    disable: 'يمكنك إيقاف التثبيت التلقائي بضبط auto_install = false في الملف {conf} أو بتشغيل «{updtool} auto off». ولا ننصح بذلك، لأن النظام يبقى معرضًا للخطر دون تحديثات.',
    approve: 'على هذا الجهاز يجب أن يوافق المسؤول على تثبيت التحديثات. تواصل معه عبر {mail} أو انقر «تثبيت» وأدخل بيانات اعتماد المسؤول.',
    skip: 'إذا تجاهلت هذا الإشعار فستُثبَّت التحديثات في نافذة الصيانة التالية ({date} الساعة {time}).',
    details: 'وصف كل إصلاح: {advurl}', btns: ['إعادة التشغيل الآن', 'ذكّرني لاحقًا', 'التفاصيل'],
  },
  Thai: {
    title: ['มีการอัปเดตด้านความปลอดภัย', 'การอัปเดตความปลอดภัยสำหรับ {srv}'],
    avail: 'มีการอัปเดตด้านความปลอดภัย {n} รายการสำหรับคอมพิวเตอร์เครื่องนี้ ซึ่งช่วยปิดช่องโหว่ที่อาจทำให้ผู้อื่นเข้าถึงระบบโดยไม่ได้รับอนุญาตหรือทำให้บริการหยุดชะงัก',
    listHead: 'แพ็กเกจที่ได้รับผลกระทบ:', autoDone: 'การอัปเดตต่อไปนี้ได้รับการติดตั้งโดยอัตโนมัติเมื่อวันนี้เวลา {time}:',
    restart: 'ต้องรีสตาร์ตเครื่องเพื่อให้การติดตั้งเสร็จสมบูรณ์ โปรดบันทึกเอกสารที่เปิดอยู่ หากคุณไม่เลื่อนออกไป เครื่องจะรีสตาร์ตเองเวลา {time2}',
    disable: 'หากต้องการปิดการติดตั้งอัตโนมัติ ให้ตั้งค่า auto_install = false ใน {conf} หรือเรียกใช้ «{updtool} auto off» แต่เราไม่แนะนำ เพราะระบบจะยังคงมีช่องโหว่',
    approve: 'ในเครื่องนี้ การติดตั้งอัปเดตต้องได้รับอนุมัติจากผู้ดูแลระบบ โปรดติดต่อ {mail} หรือคลิก «ติดตั้ง» แล้วป้อนข้อมูลประจำตัวของผู้ดูแลระบบ',
    skip: 'หากคุณข้ามการแจ้งเตือนนี้ การอัปเดตจะถูกติดตั้งในช่วงบำรุงรักษาครั้งถัดไป ({date} เวลา {time})',
    details: 'รายละเอียดของการแก้ไขแต่ละรายการ: {advurl}', btns: ['รีสตาร์ตเดี๋ยวนี้', 'เตือนภายหลัง', 'รายละเอียด'],
  },
  Spanish: {
    title: ['Actualizaciones de seguridad disponibles', 'Actualizaciones de seguridad para {srv}'],
    avail: 'Hay {n} actualizaciones de seguridad disponibles para este equipo. Corrigen vulnerabilidades que podrían permitir a terceros acceder al sistema o interrumpir servicios.',
    listHead: 'Paquetes afectados:', autoDone: 'Las siguientes actualizaciones se instalaron automáticamente hoy a las {time}:',
    restart: 'Es necesario reiniciar para completar la instalación. Guarde los documentos abiertos: si no lo pospone, el equipo se reiniciará automáticamente a las {time2}.',
    disable: 'Para desactivar la instalación automática, establezca auto_install = false en {conf} o ejecute «{updtool} auto off». No lo recomendamos: sin actualizaciones, el sistema queda expuesto.',
    approve: 'En este equipo, la instalación de actualizaciones debe aprobarla un administrador. Póngase en contacto con {mail} o pulse «Instalar» e introduzca las credenciales de administrador.',
    skip: 'Si cierra este aviso sin hacer nada, las actualizaciones se instalarán en la próxima ventana de mantenimiento ({date}, a las {time}).',
    details: 'Descripción de cada corrección: {advurl}', btns: ['Reiniciar ahora', 'Recordármelo más tarde', 'Detalles'],
  },
  German: {
    title: ['Sicherheitsaktualisierungen verfügbar', 'Sicherheitsaktualisierungen für {srv}'],
    avail: 'Für diesen Rechner stehen {n} Sicherheitsaktualisierungen bereit. Sie schließen Lücken, über die Unbefugte auf das System zugreifen oder Dienste stören könnten.',
    listHead: 'Betroffene Pakete:', autoDone: 'Die folgenden Aktualisierungen wurden heute um {time} Uhr automatisch installiert:',
    restart: 'Zum Abschluss der Installation ist ein Neustart erforderlich. Speichern Sie geöffnete Dokumente: Wenn Sie den Neustart nicht verschieben, startet der Rechner um {time2} Uhr automatisch neu.',
    disable: 'Um die automatische Installation abzuschalten, setzen Sie auto_install = false in {conf} oder führen Sie „{updtool} auto off“ aus. Davon raten wir ab: Ohne Aktualisierungen bleibt das System angreifbar.',
    approve: 'Auf diesem Rechner muss ein Administrator die Installation von Aktualisierungen genehmigen. Wenden Sie sich an {mail} oder klicken Sie auf „Installieren“ und geben Sie die Anmeldedaten eines Administrators ein.',
    skip: 'Wenn Sie diesen Hinweis ignorieren, werden die Aktualisierungen im nächsten Wartungsfenster installiert ({date}, {time} Uhr).',
    details: 'Beschreibung der einzelnen Korrekturen: {advurl}', btns: ['Jetzt neu starten', 'Später erinnern', 'Details'],
  },
  French: {
    title: ['Mises à jour de sécurité disponibles', 'Mises à jour de sécurité pour {srv}'],
    avail: 'Ce poste dispose de {n} mises à jour de sécurité. Elles corrigent des failles qui pourraient permettre à des tiers d’accéder au système ou d’interrompre des services.',
    listHead: 'Paquets concernés :', autoDone: 'Les mises à jour suivantes ont été installées automatiquement aujourd’hui à {time} :',
    restart: 'Un redémarrage est nécessaire pour terminer l’installation. Enregistrez vos documents ouverts : si vous ne le reportez pas, l’ordinateur redémarrera automatiquement à {time2}.',
    disable: 'Pour désactiver l’installation automatique, mettez auto_install = false dans {conf} ou exécutez « {updtool} auto off ». Nous le déconseillons : sans mises à jour, le système reste vulnérable.',
    approve: 'Sur ce poste, l’installation des mises à jour doit être approuvée par un administrateur. Contactez {mail} ou cliquez sur « Installer » et saisissez les identifiants d’un administrateur.',
    skip: 'Si vous ignorez cet avis, les mises à jour seront installées lors de la prochaine fenêtre de maintenance ({date}, {time}).',
    details: 'Description de chaque correctif : {advurl}', btns: ['Redémarrer maintenant', 'Me le rappeler plus tard', 'Détails'],
  },
  Italian: {
    title: ['Aggiornamenti di sicurezza disponibili', 'Aggiornamenti di sicurezza per {srv}'],
    avail: 'Per questo computer sono disponibili {n} aggiornamenti di sicurezza. Correggono vulnerabilità che potrebbero consentire ad altri di accedere al sistema o di interrompere i servizi.',
    listHead: 'Pacchetti interessati:', autoDone: 'I seguenti aggiornamenti sono stati installati automaticamente oggi alle {time}:',
    restart: "Per completare l'installazione è necessario riavviare. Salvare i documenti aperti: se il riavvio non viene rimandato, il computer si riavvierà automaticamente alle {time2}.",
    disable: "Per disattivare l'installazione automatica, impostare auto_install = false in {conf} oppure eseguire «{updtool} auto off». Non è consigliato: senza aggiornamenti il sistema resta vulnerabile.",
    approve: "Su questo computer l'installazione degli aggiornamenti deve essere approvata da un amministratore. Contattare {mail} oppure fare clic su «Installa» e inserire le credenziali di amministratore.",
    skip: 'Se si ignora questo avviso, gli aggiornamenti verranno installati nella prossima finestra di manutenzione ({date}, ore {time}).',
    details: 'Descrizione di ogni correzione: {advurl}', btns: ['Riavvia ora', 'Ricorda più tardi', 'Dettagli'],
  },
  Turkish: {
    title: ['Güvenlik güncellemeleri var', '{srv} için güvenlik güncellemeleri'],
    avail: 'Bu bilgisayar için {n} güvenlik güncellemesi mevcut. Bu güncellemeler, başkalarının sisteme izinsiz erişmesine ya da hizmetleri aksatmasına yol açabilecek açıkları kapatır.',
    listHead: 'Etkilenen paketler:', autoDone: 'Aşağıdaki güncellemeler bugün saat {time} sularında otomatik olarak kuruldu:',
    restart: 'Kurulumu tamamlamak için yeniden başlatma gerekiyor. Açık belgelerinizi kaydedin: ertelemezseniz bilgisayar saat {time2} itibarıyla kendiliğinden yeniden başlatılacak.',
    disable: 'Otomatik kurulumu kapatmak için {conf} dosyasında auto_install = false ayarını yapın ya da «{updtool} auto off» komutunu çalıştırın. Bunu önermiyoruz: güncellemeler olmadan sistem savunmasız kalır.',
    approve: 'Bu bilgisayarda güncellemelerin kurulması için bir yöneticinin onayı gerekir. {mail} adresine başvurun ya da «Kur» düğmesine tıklayıp yönetici kimlik bilgilerini girin.',
    skip: 'Bu bildirimi atlarsanız güncellemeler bir sonraki bakım aralığında ({date}, saat {time}) kurulur.',
    details: 'Her düzeltmenin açıklaması: {advurl}', btns: ['Şimdi yeniden başlat', 'Daha sonra hatırlat', 'Ayrıntılar'],
  },
  Polish: {
    title: ['Dostępne aktualizacje zabezpieczeń', 'Aktualizacje zabezpieczeń dla {srv}'],
    avail: 'Liczba dostępnych aktualizacji zabezpieczeń dla tego komputera: {n}. Usuwają one luki, przez które osoby niepowołane mogłyby uzyskać dostęp do systemu albo zakłócić działanie usług.',
    listHead: 'Pakiety, których to dotyczy:', autoDone: 'Następujące aktualizacje zostały zainstalowane automatycznie dziś o {time}:',
    restart: 'Aby dokończyć instalację, trzeba ponownie uruchomić komputer. Zapisz otwarte dokumenty: jeśli nie odłożysz restartu, komputer uruchomi się ponownie automatycznie o {time2}.',
    disable: 'Aby wyłączyć automatyczną instalację, ustaw auto_install = false w {conf} albo wykonaj „{updtool} auto off”. Nie zalecamy tego: bez aktualizacji system pozostaje podatny na ataki.',
    approve: 'Na tym komputerze instalację aktualizacji musi zatwierdzić administrator. Skontaktuj się z {mail} albo kliknij „Zainstaluj” i podaj dane logowania administratora.',
    skip: 'Jeśli pominiesz to powiadomienie, aktualizacje zostaną zainstalowane w najbliższym oknie serwisowym ({date}, {time}).',
    details: 'Opis poszczególnych poprawek: {advurl}', btns: ['Uruchom ponownie teraz', 'Przypomnij później', 'Szczegóły'],
  },
  Indonesian: {
    title: ['Pembaruan keamanan tersedia', 'Pembaruan keamanan untuk {srv}'],
    avail: 'Tersedia {n} pembaruan keamanan untuk komputer ini. Pembaruan tersebut menutup celah yang dapat dimanfaatkan pihak lain untuk mengakses sistem tanpa izin atau mengganggu layanan.',
    listHead: 'Paket yang terdampak:', autoDone: 'Pembaruan berikut telah dipasang secara otomatis hari ini pukul {time}:',
    restart: 'Komputer perlu dimulai ulang untuk menyelesaikan pemasangan. Simpan dokumen yang terbuka: jika tidak ditunda, komputer akan dimulai ulang secara otomatis pukul {time2}.',
    disable: 'Untuk menonaktifkan pemasangan otomatis, atur auto_install = false di {conf} atau jalankan «{updtool} auto off». Kami tidak menyarankannya: tanpa pembaruan, sistem tetap rentan.',
    approve: 'Di komputer ini, pemasangan pembaruan harus disetujui oleh administrator. Hubungi {mail} atau klik «Pasang» lalu masukkan kredensial administrator.',
    skip: 'Jika pemberitahuan ini Anda abaikan, pembaruan akan dipasang pada jendela pemeliharaan berikutnya ({date}, pukul {time}).',
    details: 'Penjelasan setiap perbaikan: {advurl}', btns: ['Mulai ulang sekarang', 'Ingatkan nanti', 'Detail'],
  },
  Japanese: {
    title: ['セキュリティ更新プログラムがあります', '{srv} のセキュリティ更新'],
    avail: 'このコンピューター向けに {n} 件のセキュリティ更新があります。第三者によるシステムへの不正アクセスや、サービスの停止につながるおそれのある脆弱性を修正します。',
    listHead: '対象のパッケージ:', autoDone: '次の更新は、本日 {time} に自動的にインストールされました:',
    restart: 'インストールを完了するには再起動が必要です。開いている文書を保存してください。再起動を延期しない場合、{time2} にコンピューターが自動的に再起動します。',
    disable: '自動インストールを無効にするには、{conf} で auto_install = false を設定するか、「{updtool} auto off」を実行します。ただし、更新を止めるとシステムが脆弱なままになるため、おすすめしません。',
    approve: 'このコンピューターでは、更新のインストールに管理者の承認が必要です。{mail} に連絡するか、[インストール] をクリックして管理者の資格情報を入力してください。',
    skip: 'この通知を閉じた場合、更新は次回のメンテナンス時間 ({date} {time}) にインストールされます。',
    details: '各修正の詳細: {advurl}', btns: ['今すぐ再起動', 'あとで通知', '詳細'],
  },
  Dutch: {
    title: ['Beveiligingsupdates beschikbaar', 'Beveiligingsupdates voor {srv}'],
    avail: 'Voor deze computer zijn {n} beveiligingsupdates beschikbaar. Ze dichten lekken waarmee anderen zonder toestemming toegang tot het systeem kunnen krijgen of diensten kunnen verstoren.',
    listHead: 'Betrokken pakketten:', autoDone: 'De volgende updates zijn vandaag om {time} automatisch geïnstalleerd:',
    restart: 'Er is een herstart nodig om de installatie af te ronden. Sla geopende documenten op: als u de herstart niet uitstelt, start de computer om {time2} automatisch opnieuw op.',
    disable: 'Om automatische installatie uit te schakelen, zet u auto_install = false in {conf} of voert u „{updtool} auto off” uit. Dat raden we af: zonder updates blijft het systeem kwetsbaar.',
    approve: 'Op deze computer moet een beheerder de installatie van updates goedkeuren. Neem contact op met {mail} of klik op „Installeren” en voer de gegevens van een beheerder in.',
    skip: 'Als u deze melding negeert, worden de updates geïnstalleerd tijdens het volgende onderhoudsvenster ({date}, {time}).',
    details: 'Beschrijving van elke correctie: {advurl}', btns: ['Nu opnieuw opstarten', 'Later herinneren', 'Details'],
  },
  Ukrainian: {
    title: ['Доступні оновлення безпеки', 'Оновлення безпеки для {srv}'],
    avail: 'Для цього комп’ютера доступно оновлень безпеки: {n}. Вони усувають вразливості, через які сторонні особи могли б отримати доступ до системи або порушити роботу служб.',
    listHead: 'Пакети, яких це стосується:', autoDone: 'Такі оновлення було встановлено автоматично сьогодні о {time}:',
    restart: 'Щоб завершити встановлення, потрібне перезавантаження. Збережіть відкриті документи: якщо не відкласти перезавантаження, комп’ютер перезапуститься автоматично о {time2}.',
    disable: 'Автоматичне встановлення можна вимкнути: задайте auto_install = false у файлі {conf} або виконайте «{updtool} auto off». Робити це не рекомендується: без оновлень система лишається вразливою.',
    approve: 'На цьому комп’ютері встановлення оновлень має схвалити адміністратор. Зверніться за адресою {mail} або натисніть «Встановити» й введіть облікові дані адміністратора.',
    skip: 'Якщо пропустити це сповіщення, оновлення буде встановлено в найближче вікно обслуговування ({date}, {time}).',
    details: 'Опис кожного виправлення: {advurl}', btns: ['Перезавантажити зараз', 'Нагадати пізніше', 'Докладніше'],
  },
  Chinese: {
    title: ['有可用的安全更新', '{srv} 的安全更新'],
    avail: '此计算机有 {n} 个可用的安全更新。这些更新修复了可能让他人未经授权访问系统或导致服务中断的漏洞。',
    listHead: '受影响的软件包：', autoDone: '以下更新已于今天 {time} 自动安装：',
    restart: '需要重新启动才能完成安装。请保存已打开的文档：如果您不推迟，计算机将在 {time2} 自动重新启动。',
    disable: '如需关闭自动安装，请在 {conf} 中设置 auto_install = false，或运行“{updtool} auto off”。我们不建议这样做，因为没有更新，系统将一直处于易受攻击的状态。',
    approve: '在此计算机上，安装更新需要经过管理员批准。请联系 {mail}，或点击“安装”并输入管理员凭据。',
    skip: '如果暂时不处理此通知，更新将在下一个维护时段（{date} {time}）安装。',
    details: '各项修复的详细说明：{advurl}', btns: ['立即重新启动', '稍后提醒', '详细信息'],
  },
};
function genSecurity(lang: Lang, b: SecurityBank, v: Vars): string {
  const cols = pick([0, 0, 64, 72, 76]);
  const tStyle = int(0, 5), bStyle = int(0, 3);
  const adv = (): string => `ADV-${v.year}-${String(int(1, 999)).padStart(4, '0')}`;
  const pkgLine = (name: string): string => {
    const a = int(1, 6), c = int(0, 30), d = int(0, 9);
    return `  ${name.padEnd(18)} ${a}.${c}.${d} → ${a}.${c}.${d + int(1, 3)}   ${adv()}`;
  };
  const names = sample([...PKGS, ...PKGS.map((p) => `lib${p.split('-')[0]}`)], Math.min(Number(v.n), 6));
  const list = `${b.listHead}\n${names.map(pkgLine).join('\n')}`;
  const auto = chance(0.4) ? `${fill(b.autoDone, v)}\n${sample(PKGS, 2).map(pkgLine).join('\n')}` : '';
  const extras = shuffle([b.disable, b.approve, b.skip, b.details]).map((s) => wrap(fill(s, v), cols));
  return grow((k) => {
    const blocks = [titled(tx(b.title, v), tStyle), wrap(fill(b.avail, v), cols), list];
    if (auto) blocks.push(auto);
    blocks.push(wrap(fill(b.restart, v), cols), ...extras.slice(0, k), buttons(b.btns, bStyle));
    return blocks.join('\n\n');
  }, int(1, 3), extras.length, int(600, 900));
}

// ------------------------------------------------------------------ 9. firewall_prompt
interface FirewallBank {
  readonly title: Alt; readonly q: string; readonly intro: string;
  /** What the web, synchronisation and discovery ports are for. */
  readonly portDesc: readonly [string, string, string];
  readonly risk: string; readonly scopeHead: string; readonly scopes: readonly [string, string]; readonly remove: string; readonly admin: string;
  readonly denyNote: string; readonly notes: readonly string[]; readonly allow: string; readonly deny: string;
}
const FIREWALL: PerLang<FirewallBank> = {
  Russian: {
    title: ['Брандмауэр', 'Входящие подключения: {product}'], q: 'Разрешить {product} принимать входящие подключения?',
    intro: 'Программа {product} ({bin}) хочет принимать подключения из сети на следующих портах:',
    portDesc: ['веб-интерфейс', 'синхронизация с другими устройствами', 'поиск устройств в локальной сети'],
    risk: 'Если разрешить входящие подключения, другие компьютеры сети смогут обращаться к этой программе. Делайте это, только если вы доверяете программе и сети, к которой подключены. В общественных сетях, например в кафе или аэропорту, лучше отказать.',
    scopeHead: 'Разрешить подключения из:', scopes: ['только частных сетей (дом, офис)', 'всех сетей, включая общественные'],
    remove: 'Правило можно удалить позже в настройках брандмауэра или командой «{fwtool} delete {rule}».',
    admin: 'Для изменения правил брандмауэра нужны права администратора: после нажатия «Разрешить» система запросит пароль администратора.',
    denyNote: 'Если отказать, {product} продолжит работать, но другие устройства не смогут к нему подключиться.',
    notes: ['Заблокированные попытки подключения записываются в журнал {log}.', 'Правило действует только для {product} и не открывает порты других программ.'],
    allow: 'Разрешить', deny: 'Запретить',
  },
  Vietnamese: {
    title: ['Tường lửa', 'Kết nối đến: {product}'], q: 'Cho phép {product} nhận kết nối đến?',
    intro: 'Ứng dụng {product} ({bin}) muốn nhận kết nối từ mạng trên các cổng sau:',
    portDesc: ['giao diện web', 'đồng bộ với các thiết bị khác', 'tìm thiết bị trong mạng nội bộ'],
    risk: 'Khi cho phép kết nối đến, các máy tính khác trong mạng có thể truy cập ứng dụng này. Chỉ cho phép nếu bạn tin tưởng ứng dụng và mạng mà bạn đang kết nối. Ở mạng công cộng, chẳng hạn quán cà phê hay sân bay, tốt hơn hết là từ chối.',
    scopeHead: 'Cho phép kết nối từ:', scopes: ['chỉ mạng riêng (nhà, văn phòng)', 'mọi mạng, kể cả mạng công cộng'],
    remove: 'Bạn có thể xóa quy tắc này sau trong phần cài đặt tường lửa hoặc bằng lệnh «{fwtool} delete {rule}».',
    admin: 'Cần có quyền quản trị viên để thay đổi quy tắc tường lửa: sau khi bạn nhấn «Cho phép», hệ thống sẽ yêu cầu mật khẩu quản trị.',
    denyNote: 'Nếu từ chối, {product} vẫn hoạt động, nhưng các thiết bị khác sẽ không kết nối được với nó.',
    notes: ['Các lần kết nối bị chặn được ghi vào nhật ký {log}.', 'Quy tắc này chỉ áp dụng cho {product} và không mở cổng của các chương trình khác.'],
    allow: 'Cho phép', deny: 'Từ chối',
  },
  Portuguese: {
    title: ['Firewall', 'Conexões de entrada: {product}'], q: 'Permitir que o {product} aceite conexões de entrada?',
    intro: 'O aplicativo {product} ({bin}) quer receber conexões da rede nas seguintes portas:',
    portDesc: ['interface web', 'sincronização com outros dispositivos', 'descoberta de dispositivos na rede local'],
    risk: 'Ao permitir conexões de entrada, outros computadores da rede poderão acessar este aplicativo. Só permita se você confia no aplicativo e na rede em que está conectado. Em redes públicas, como as de cafés ou aeroportos, é melhor recusar.',
    scopeHead: 'Permitir conexões de:', scopes: ['apenas redes privadas (casa, escritório)', 'todas as redes, inclusive as públicas'],
    remove: 'A regra pode ser removida depois nas configurações do firewall ou com o comando «{fwtool} delete {rule}».',
    admin: 'Alterar regras do firewall exige privilégios de administrador: ao clicar em «Permitir», o sistema vai pedir a senha de um administrador.',
    denyNote: 'Se você recusar, o {product} continuará funcionando, mas outros dispositivos não conseguirão se conectar a ele.',
    notes: ['As tentativas de conexão bloqueadas ficam registradas em {log}.', 'A regra vale apenas para o {product} e não abre portas de outros programas.'],
    allow: 'Permitir', deny: 'Bloquear',
  },
  Arabic: {
    title: ['جدار الحماية', 'الاتصالات الواردة: {product}'], q: 'هل تسمح لـ {product} بقبول الاتصالات الواردة؟',
    intro: 'يريد التطبيق {product} ({bin}) استقبال اتصالات من الشبكة على المنافذ التالية:',
    portDesc: ['واجهة الويب', 'المزامنة مع الأجهزة الأخرى', 'اكتشاف الأجهزة في الشبكة المحلية'],
    risk: 'عند السماح بالاتصالات الواردة ستتمكن أجهزة أخرى على الشبكة من الوصول إلى هذا التطبيق. لا تسمح بذلك إلا إذا كنت تثق بالتطبيق وبالشبكة المتصل بها. وفي الشبكات العامة، كشبكات المقاهي والمطارات، يُفضَّل الرفض.',
    scopeHead: 'السماح بالاتصالات من:', scopes: ['الشبكات الخاصة فقط (المنزل، المكتب)', 'جميع الشبكات، بما فيها العامة'],
    remove: 'يمكنك حذف هذه القاعدة لاحقًا من إعدادات جدار الحماية أو بالأمر «{fwtool} delete {rule}».',
    admin: 'يتطلب تغيير قواعد جدار الحماية صلاحيات المسؤول، وبعد النقر على «سماح» سيطلب النظام كلمة مرور المسؤول.',
    denyNote: 'إذا رفضت فسيواصل {product} العمل، لكن الأجهزة الأخرى لن تتمكن من الاتصال به.',
    notes: ['تُسجَّل محاولات الاتصال المحظورة في السجل {log}.', 'تنطبق هذه القاعدة على {product} وحده، ولا تفتح منافذ لبرامج أخرى.'],
    allow: 'سماح', deny: 'رفض',
  },
  Thai: {
    title: ['ไฟร์วอลล์', 'การเชื่อมต่อขาเข้า: {product}'], q: 'อนุญาตให้ {product} รับการเชื่อมต่อขาเข้าหรือไม่',
    intro: 'แอป {product} ({bin}) ต้องการรับการเชื่อมต่อจากเครือข่ายผ่านพอร์ตต่อไปนี้:',
    portDesc: ['หน้าเว็บสำหรับจัดการ', 'ซิงค์กับอุปกรณ์อื่น', 'ค้นหาอุปกรณ์ในเครือข่ายท้องถิ่น'],
    risk: 'เมื่ออนุญาตการเชื่อมต่อขาเข้า คอมพิวเตอร์เครื่องอื่นในเครือข่ายจะเข้าถึงแอปนี้ได้ โปรดอนุญาตเฉพาะเมื่อคุณเชื่อถือแอปและเครือข่ายที่เชื่อมต่ออยู่ ในเครือข่ายสาธารณะ เช่น ร้านกาแฟหรือสนามบิน ควรปฏิเสธจะดีกว่า',
    scopeHead: 'อนุญาตการเชื่อมต่อจาก:', scopes: ['เครือข่ายส่วนตัวเท่านั้น (บ้าน สำนักงาน)', 'ทุกเครือข่าย รวมถึงเครือข่ายสาธารณะ'],
    remove: 'คุณสามารถลบกฎนี้ภายหลังได้ในการตั้งค่าไฟร์วอลล์ หรือด้วยคำสั่ง «{fwtool} delete {rule}»',
    admin: 'การเปลี่ยนกฎไฟร์วอลล์ต้องใช้สิทธิ์ผู้ดูแลระบบ หลังจากคลิก «อนุญาต» ระบบจะขอรหัสผ่านของผู้ดูแลระบบ',
    denyNote: 'หากปฏิเสธ {product} จะยังทำงานต่อไปได้ แต่อุปกรณ์อื่นจะเชื่อมต่อกับแอปนี้ไม่ได้',
    notes: ['ความพยายามเชื่อมต่อที่ถูกบล็อกจะถูกบันทึกไว้ใน {log}', 'กฎนี้มีผลกับ {product} เท่านั้น และไม่เปิดพอร์ตให้โปรแกรมอื่น'],
    allow: 'อนุญาต', deny: 'ปฏิเสธ',
  },
  Spanish: {
    title: ['Cortafuegos', 'Conexiones entrantes: {product}'], q: '¿Permitir que {product} acepte conexiones entrantes?',
    intro: 'La aplicación {product} ({bin}) quiere recibir conexiones de la red en los siguientes puertos:',
    portDesc: ['interfaz web', 'sincronización con otros dispositivos', 'detección de dispositivos en la red local'],
    risk: 'Si permite las conexiones entrantes, otros equipos de la red podrán acceder a esta aplicación. Hágalo solo si confía en la aplicación y en la red a la que está conectado. En redes públicas, como las de cafeterías o aeropuertos, es mejor denegarlas.',
    scopeHead: 'Permitir conexiones desde:', scopes: ['solo redes privadas (casa, oficina)', 'todas las redes, incluidas las públicas'],
    remove: 'Podrá eliminar la regla más adelante en la configuración del cortafuegos o con «{fwtool} delete {rule}».',
    admin: 'Para cambiar las reglas del cortafuegos se necesitan privilegios de administrador: al pulsar «Permitir», el sistema le pedirá la contraseña de un administrador.',
    denyNote: 'Si deniega el acceso, {product} seguirá funcionando, pero otros dispositivos no podrán conectarse a él.',
    notes: ['Los intentos de conexión bloqueados se registran en {log}.', 'La regla solo afecta a {product} y no abre puertos de otros programas.'],
    allow: 'Permitir', deny: 'Denegar',
  },
  German: {
    title: ['Firewall', 'Eingehende Verbindungen: {product}'], q: 'Soll {product} eingehende Verbindungen annehmen dürfen?',
    intro: 'Die Anwendung {product} ({bin}) möchte auf den folgenden Ports Verbindungen aus dem Netzwerk annehmen:',
    portDesc: ['Weboberfläche', 'Abgleich mit anderen Geräten', 'Gerätesuche im lokalen Netz'],
    risk: 'Wenn Sie eingehende Verbindungen zulassen, können andere Rechner im Netzwerk diese Anwendung erreichen. Erlauben Sie das nur, wenn Sie der Anwendung und dem verbundenen Netzwerk vertrauen. In öffentlichen Netzen, etwa im Café oder am Flughafen, sollten Sie lieber ablehnen.',
    scopeHead: 'Verbindungen zulassen aus:', scopes: ['nur privaten Netzwerken (Zuhause, Büro)', 'allen Netzwerken, auch öffentlichen'],
    remove: 'Die Regel lässt sich später in den Firewall-Einstellungen oder mit „{fwtool} delete {rule}“ wieder entfernen.',
    admin: 'Zum Ändern von Firewall-Regeln sind Administratorrechte nötig: Nach einem Klick auf „Zulassen“ fragt das System nach dem Passwort eines Administrators.',
    denyNote: 'Wenn Sie ablehnen, funktioniert {product} weiterhin, andere Geräte können sich aber nicht damit verbinden.',
    notes: ['Blockierte Verbindungsversuche werden in {log} protokolliert.', 'Die Regel gilt nur für {product} und öffnet keine Ports anderer Programme.'],
    allow: 'Zulassen', deny: 'Blockieren',
  },
  French: {
    title: ['Pare-feu', 'Connexions entrantes : {product}'], q: 'Autoriser {product} à accepter des connexions entrantes ?',
    intro: "L'application {product} ({bin}) souhaite recevoir des connexions du réseau sur les ports suivants :",
    portDesc: ['interface web', "synchronisation avec d'autres appareils", 'découverte des appareils sur le réseau local'],
    risk: "Si vous autorisez les connexions entrantes, d'autres ordinateurs du réseau pourront joindre cette application. Ne le faites que si vous faites confiance à l'application et au réseau auquel vous êtes connecté. Sur un réseau public, dans un café ou un aéroport par exemple, mieux vaut refuser.",
    scopeHead: 'Autoriser les connexions depuis :', scopes: ['les réseaux privés uniquement (domicile, bureau)', 'tous les réseaux, y compris publics'],
    remove: 'Vous pourrez supprimer la règle plus tard dans les paramètres du pare-feu ou avec « {fwtool} delete {rule} ».',
    admin: "La modification des règles du pare-feu nécessite des privilèges d'administrateur : après un clic sur « Autoriser », le système vous demandera le mot de passe d'un administrateur.",
    denyNote: "Si vous refusez, {product} continuera de fonctionner, mais les autres appareils ne pourront pas s'y connecter.",
    notes: ['Les tentatives de connexion bloquées sont consignées dans {log}.', "La règle ne concerne que {product} et n'ouvre aucun port pour d'autres programmes."],
    allow: 'Autoriser', deny: 'Bloquer',
  },
  Italian: {
    title: ['Firewall', 'Connessioni in entrata: {product}'], q: 'Consentire a {product} di accettare connessioni in entrata?',
    intro: "L'applicazione {product} ({bin}) vuole ricevere connessioni dalla rete sulle seguenti porte:",
    portDesc: ['interfaccia web', 'sincronizzazione con altri dispositivi', 'rilevamento dei dispositivi nella rete locale'],
    risk: "Consentendo le connessioni in entrata, altri computer della rete potranno raggiungere questa applicazione. Farlo solo se l'applicazione e la rete a cui si è collegati sono affidabili. Sulle reti pubbliche, come quelle di bar o aeroporti, è meglio rifiutare.",
    scopeHead: 'Consenti connessioni da:', scopes: ['solo reti private (casa, ufficio)', 'tutte le reti, comprese quelle pubbliche'],
    remove: 'La regola può essere rimossa in seguito dalle impostazioni del firewall o con «{fwtool} delete {rule}».',
    admin: 'Per modificare le regole del firewall servono privilegi di amministratore: dopo il clic su «Consenti» il sistema chiederà la password di un amministratore.',
    denyNote: 'In caso di rifiuto {product} continuerà a funzionare, ma gli altri dispositivi non potranno collegarsi.',
    notes: ['I tentativi di connessione bloccati vengono registrati in {log}.', 'La regola vale solo per {product} e non apre porte ad altri programmi.'],
    allow: 'Consenti', deny: 'Blocca',
  },
  Turkish: {
    title: ['Güvenlik duvarı', 'Gelen bağlantılar: {product}'], q: '{product} uygulamasının gelen bağlantıları kabul etmesine izin verilsin mi?',
    intro: '{product} ({bin}) uygulaması ağdan şu bağlantı noktalarında bağlantı kabul etmek istiyor:',
    portDesc: ['web arayüzü', 'diğer cihazlarla eşitleme', 'yerel ağdaki cihazları bulma'],
    risk: 'Gelen bağlantılara izin verirseniz ağdaki diğer bilgisayarlar bu uygulamaya erişebilir. Yalnızca uygulamaya ve bağlı olduğunuz ağa güveniyorsanız izin verin. Kafe ya da havalimanı gibi herkese açık ağlarda reddetmeniz daha iyi olur.',
    scopeHead: 'Bağlantılara şu ağlardan izin ver:', scopes: ['yalnızca özel ağlar (ev, iş yeri)', 'herkese açık olanlar dahil bütün ağlar'],
    remove: 'Bu kuralı daha sonra güvenlik duvarı ayarlarından ya da «{fwtool} delete {rule}» komutuyla kaldırabilirsiniz.',
    admin: 'Güvenlik duvarı kurallarını değiştirmek için yönetici yetkisi gerekir: «İzin ver» düğmesine tıkladığınızda sistem bir yönetici parolası ister.',
    denyNote: 'Reddederseniz {product} çalışmaya devam eder, ancak diğer cihazlar ona bağlanamaz.',
    notes: ['Engellenen bağlantı girişimleri {log} günlüğüne yazılır.', 'Bu kural yalnızca {product} için geçerlidir; başka programların bağlantı noktalarını açmaz.'],
    allow: 'İzin ver', deny: 'Reddet',
  },
  Polish: {
    title: ['Zapora sieciowa', 'Połączenia przychodzące: {product}'], q: 'Czy zezwolić aplikacji {product} na przyjmowanie połączeń przychodzących?',
    intro: 'Aplikacja {product} ({bin}) chce przyjmować połączenia z sieci na następujących portach:',
    portDesc: ['interfejs WWW', 'synchronizacja z innymi urządzeniami', 'wykrywanie urządzeń w sieci lokalnej'],
    risk: 'Jeśli zezwolisz na połączenia przychodzące, inne komputery w sieci będą mogły łączyć się z tą aplikacją. Zrób to tylko wtedy, gdy ufasz aplikacji i sieci, z którą jesteś połączony. W sieciach publicznych, na przykład w kawiarni lub na lotnisku, lepiej odmówić.',
    scopeHead: 'Zezwalaj na połączenia z:', scopes: ['tylko sieci prywatnych (dom, biuro)', 'wszystkich sieci, także publicznych'],
    remove: 'Regułę można później usunąć w ustawieniach zapory lub poleceniem „{fwtool} delete {rule}”.',
    admin: 'Zmiana reguł zapory wymaga uprawnień administratora: po kliknięciu „Zezwól” system poprosi o hasło administratora.',
    denyNote: 'Jeśli odmówisz, {product} będzie nadal działać, ale inne urządzenia nie będą mogły się z nim połączyć.',
    notes: ['Zablokowane próby połączeń są zapisywane w dzienniku {log}.', 'Reguła dotyczy wyłącznie aplikacji {product} i nie otwiera portów innych programów.'],
    allow: 'Zezwól', deny: 'Zablokuj',
  },
  Indonesian: {
    title: ['Firewall', 'Koneksi masuk: {product}'], q: 'Izinkan {product} menerima koneksi masuk?',
    intro: 'Aplikasi {product} ({bin}) ingin menerima koneksi dari jaringan pada port berikut:',
    portDesc: ['antarmuka web', 'sinkronisasi dengan perangkat lain', 'penemuan perangkat di jaringan lokal'],
    risk: 'Jika koneksi masuk diizinkan, komputer lain di jaringan dapat mengakses aplikasi ini. Izinkan hanya jika Anda memercayai aplikasi ini dan jaringan yang sedang Anda gunakan. Di jaringan publik, seperti di kafe atau bandara, sebaiknya tolak.',
    scopeHead: 'Izinkan koneksi dari:', scopes: ['jaringan pribadi saja (rumah, kantor)', 'semua jaringan, termasuk jaringan publik'],
    remove: 'Aturan ini dapat dihapus nanti di pengaturan firewall atau dengan perintah «{fwtool} delete {rule}».',
    admin: 'Mengubah aturan firewall memerlukan hak administrator: setelah Anda mengeklik «Izinkan», sistem akan meminta kata sandi administrator.',
    denyNote: 'Jika ditolak, {product} tetap berjalan, tetapi perangkat lain tidak dapat terhubung ke aplikasi ini.',
    notes: ['Upaya koneksi yang diblokir dicatat di {log}.', 'Aturan ini hanya berlaku untuk {product} dan tidak membuka port program lain.'],
    allow: 'Izinkan', deny: 'Tolak',
  },
  Japanese: {
    title: ['ファイアウォール', '受信接続: {product}'], q: '{product} による受信接続を許可しますか?',
    intro: 'アプリ {product} ({bin}) が、次のポートでネットワークからの接続を受け付けようとしています:',
    portDesc: ['Web 管理画面', 'ほかのデバイスとの同期', 'ローカルネットワーク上のデバイス検出'],
    risk: '受信接続を許可すると、ネットワーク上のほかのコンピューターからこのアプリにアクセスできるようになります。アプリと接続先のネットワークを信頼できる場合にだけ許可してください。カフェや空港などの公共のネットワークでは、拒否することをおすすめします。',
    scopeHead: '接続を許可するネットワーク:', scopes: ['プライベートネットワークのみ (自宅、職場)', '公共ネットワークを含むすべてのネットワーク'],
    remove: 'この規則は、あとでファイアウォールの設定画面から、または「{fwtool} delete {rule}」で削除できます。',
    admin: 'ファイアウォールの規則を変更するには管理者権限が必要です。[許可] をクリックすると、管理者のパスワードの入力を求められます。',
    denyNote: '拒否しても {product} は引き続き使えますが、ほかのデバイスからは接続できません。',
    notes: ['ブロックされた接続の試みは {log} に記録されます。', 'この規則は {product} にだけ適用され、ほかのプログラムのポートは開きません。', 'ネットワークの種類が変わると、その種類に応じた規則が自動的に適用されます。'],
    allow: '許可', deny: '拒否',
  },
  Dutch: {
    title: ['Firewall', 'Inkomende verbindingen: {product}'], q: 'Mag {product} inkomende verbindingen accepteren?',
    intro: 'De toepassing {product} ({bin}) wil verbindingen uit het netwerk ontvangen op de volgende poorten:',
    portDesc: ['webinterface', 'synchronisatie met andere apparaten', 'apparaten zoeken in het lokale netwerk'],
    risk: 'Als u inkomende verbindingen toestaat, kunnen andere computers in het netwerk deze toepassing bereiken. Sta dit alleen toe als u de toepassing en het netwerk waarmee u verbonden bent vertrouwt. Op openbare netwerken, zoals in een café of op een luchthaven, kunt u beter weigeren.',
    scopeHead: 'Verbindingen toestaan vanaf:', scopes: ['alleen privénetwerken (thuis, kantoor)', 'alle netwerken, ook openbare'],
    remove: 'U kunt de regel later verwijderen in de firewallinstellingen of met „{fwtool} delete {rule}”.',
    admin: 'Voor het wijzigen van firewallregels zijn beheerdersrechten nodig: nadat u op „Toestaan” hebt geklikt, vraagt het systeem om het wachtwoord van een beheerder.',
    denyNote: 'Als u weigert, blijft {product} werken, maar kunnen andere apparaten er geen verbinding mee maken.',
    notes: ['Geblokkeerde verbindingspogingen worden vastgelegd in {log}.', 'De regel geldt alleen voor {product} en opent geen poorten voor andere programma’s.'],
    allow: 'Toestaan', deny: 'Blokkeren',
  },
  Ukrainian: {
    title: ['Брандмауер', 'Вхідні з’єднання: {product}'], q: 'Дозволити {product} приймати вхідні з’єднання?',
    intro: 'Програма {product} ({bin}) хоче приймати з’єднання з мережі на таких портах:',
    portDesc: ['веб-інтерфейс', 'синхронізація з іншими пристроями', 'пошук пристроїв у локальній мережі'],
    risk: 'Якщо дозволити вхідні з’єднання, інші комп’ютери мережі зможуть звертатися до цієї програми. Робіть це, лише якщо довіряєте програмі та мережі, до якої під’єднані. У громадських мережах, наприклад у кав’ярні чи аеропорту, краще відмовити.',
    scopeHead: 'Дозволити з’єднання з:', scopes: ['лише приватних мереж (дім, офіс)', 'усіх мереж, зокрема громадських'],
    remove: 'Правило можна видалити пізніше в налаштуваннях брандмауера або командою «{fwtool} delete {rule}».',
    admin: 'Для зміни правил брандмауера потрібні права адміністратора: після натискання «Дозволити» система попросить ввести пароль адміністратора.',
    denyNote: 'Якщо відмовити, {product} і далі працюватиме, але інші пристрої не зможуть до нього під’єднатися.',
    notes: ['Заблоковані спроби з’єднання записуються до журналу {log}.', 'Правило діє лише для {product} і не відкриває портів інших програм.'],
    allow: 'Дозволити', deny: 'Заборонити',
  },
  Chinese: {
    title: ['防火墙', '传入连接：{product}'], q: '是否允许 {product} 接受传入连接？',
    intro: '应用程序 {product}（{bin}）希望在以下端口上接收来自网络的连接：',
    portDesc: ['网页管理界面', '与其他设备同步', '发现局域网中的设备'],
    risk: '允许传入连接后，网络中的其他计算机将能够访问此应用程序。只有在您信任该应用程序以及当前连接的网络时才应允许。在咖啡馆、机场等公共网络中，最好选择拒绝。',
    scopeHead: '允许来自以下网络的连接：', scopes: ['仅限专用网络（家庭、办公室）', '所有网络，包括公共网络'],
    remove: '以后可以在防火墙设置中删除此规则，或运行“{fwtool} delete {rule}”。',
    admin: '更改防火墙规则需要管理员权限：点击“允许”后，系统会要求输入管理员密码。',
    denyNote: '如果拒绝，{product} 仍可继续使用，但其他设备将无法连接到它。',
    notes: ['被阻止的连接尝试会记录在 {log} 中，管理员可以据此排查连接问题。', '此规则只对 {product} 生效，不会打开其他程序使用的端口。',
      '如果以后更换了网络类型，例如从办公室网络切换到公共网络，防火墙会自动按照新的网络类型应用相应的规则。'],
    allow: '允许', deny: '拒绝',
  },
};
function genFirewall(lang: Lang, b: FirewallBank, v0: Vars): string {
  const fwtool = pick(['fwctl', 'netguard', 'wallctl']);
  const v: Vars = { ...v0, fwtool, log: `/var/log/${fwtool}/blocked.log`, rule: `allow-${v0.pslug}`, bin: `/opt/${v0.pslug}/bin/${v0.pslug}` };
  const cols = pick([0, 0, 64, 72]);
  const tStyle = int(0, 5), bStyle = int(0, 3);
  const udp = String(int(20000, 40000));
  const ports = subset([`TCP ${v.port}`, `TCP ${v.port2}`, `UDP ${udp}`].map((p, i) => `  ${p.padEnd(10)} ${b.portDesc[i]}`), int(2, 3));
  const sel = int(0, 1);
  const scopes = b.scopes.map((s, i) => `  (${i === sel ? '•' : ' '}) ${s}`).join('\n');
  const adminFirst = chance(0.5);
  const notes = shuffle(b.notes).map((s) => wrap(fill(s, v), cols));
  return grow((k) => {
    const blocks = [titled(tx(b.title, v), tStyle), wrap(fill(b.q, v), cols), `${wrap(fill(b.intro, v), cols)}\n${ports.join('\n')}`, wrap(fill(b.risk, v), cols)];
    blocks.push(`${b.scopeHead}\n${scopes}`);
    const tail = [wrap(fill(b.remove, v), cols), wrap(fill(b.admin, v), cols)];
    if (adminFirst) tail.reverse();
    blocks.push(...notes.slice(0, k), ...tail, wrap(fill(b.denyNote, v), cols), buttons([b.allow, b.deny], bStyle));
    return blocks.join('\n\n');
  }, int(0, 1), notes.length);
}

// ------------------------------------------------------------------ 10. license_acceptance
interface LicenseBank {
  readonly title: Alt; readonly intro: string; readonly heading: string;
  /** Grant, restrictions, updates, third-party components, warranty, termination (and, for some languages, more). */
  readonly clauses: readonly string[];
  readonly scroll: string; readonly must: string; readonly decline: string; readonly full: string; readonly accept: string; readonly reject: string;
}
const LICENSE: PerLang<LicenseBank> = {
  Russian: {
    title: ['Лицензионное соглашение', 'Установка {product}: лицензионное соглашение'],
    intro: 'Прежде чем продолжить установку {product}, внимательно прочитайте приведённое ниже лицензионное соглашение.',
    heading: 'ЛИЦЕНЗИОННОЕ СОГЛАШЕНИЕ {product} {ver}',
    clauses: [
      'Компания {vendor} предоставляет вам право установить {product} не более чем на {n} компьютерах, которыми вы владеете или управляете.',
      'Запрещается продавать, сдавать в аренду или передавать программу третьим лицам, а также удалять из неё уведомления об авторских правах.',
      'Программа может автоматически загружать обновления. Автоматические обновления можно отключить в разделе «Настройки».',
      'В состав программы входят компоненты сторонних разработчиков, распространяемые на собственных условиях; их список приведён в файле {docdir}/THIRD-PARTY.',
      'Программа предоставляется «как есть», без каких-либо гарантий в той мере, в какой это допускает закон. {vendor} не несёт ответственности за потерю данных, поэтому регулярно делайте резервные копии.',
      'Лицензия прекращает действие автоматически при нарушении этих условий; в этом случае вы обязаны удалить все копии программы.',
    ],
    scroll: 'Для просмотра остальной части соглашения используйте клавишу PgDn.',
    must: 'Чтобы продолжить установку, необходимо принять условия соглашения.',
    decline: 'Если вы не принимаете условия, установка будет отменена, и в систему не будет внесено никаких изменений.',
    full: 'Полный текст соглашения доступен по адресу {url} и после установки будет сохранён в файле {docdir}/LICENSE.',
    accept: 'Я принимаю условия лицензионного соглашения', reject: 'Я не принимаю условия лицензионного соглашения',
  },
  Vietnamese: {
    title: ['Thỏa thuận cấp phép', 'Cài đặt {product}: thỏa thuận cấp phép'],
    intro: 'Trước khi tiếp tục cài đặt {product}, vui lòng đọc kỹ thỏa thuận cấp phép dưới đây.',
    heading: 'THỎA THUẬN CẤP PHÉP {product} {ver}',
    clauses: [
      '{vendor} cấp cho bạn quyền cài đặt {product} trên tối đa {n} máy tính do bạn sở hữu hoặc quản lý.',
      'Bạn không được bán, cho thuê, cho mượn phần mềm hoặc gỡ bỏ các thông báo bản quyền khỏi phần mềm.',
      'Phần mềm có thể tự động tải về các bản cập nhật. Bạn có thể tắt cập nhật tự động trong phần Cài đặt.',
      'Phần mềm có chứa các thành phần của bên thứ ba được phân phối theo giấy phép riêng; danh sách nằm trong tệp {docdir}/THIRD-PARTY.',
      'Phần mềm được cung cấp «nguyên trạng», không kèm bất kỳ bảo đảm nào trong phạm vi pháp luật cho phép. {vendor} không chịu trách nhiệm về việc mất dữ liệu; hãy sao lưu thường xuyên.',
      'Giấy phép tự động chấm dứt nếu bạn vi phạm các điều khoản này; khi đó bạn phải xóa mọi bản sao của phần mềm.',
    ],
    scroll: 'Dùng phím Page Down để xem phần còn lại của thỏa thuận.',
    must: 'Bạn phải chấp nhận các điều khoản của thỏa thuận để tiếp tục cài đặt.',
    decline: 'Nếu bạn không chấp nhận, quá trình cài đặt sẽ bị hủy và hệ thống của bạn sẽ không bị thay đổi gì.',
    full: 'Toàn văn thỏa thuận có tại {url} và sẽ được lưu vào {docdir}/LICENSE sau khi cài đặt.',
    accept: 'Tôi chấp nhận các điều khoản của thỏa thuận cấp phép', reject: 'Tôi không chấp nhận các điều khoản của thỏa thuận cấp phép',
  },
  Portuguese: {
    title: ['Contrato de licença', 'Instalação do {product}: contrato de licença'],
    intro: 'Antes de continuar a instalação do {product}, leia com atenção o contrato de licença que se segue.',
    heading: 'CONTRATO DE LICENÇA DO {product} {ver}',
    clauses: [
      'A {vendor} concede-lhe o direito de instalar o {product} em até {n} computadores que lhe pertençam ou que administre.',
      'Não é permitido vender, alugar ou emprestar o software, nem remover dele os avisos de direitos de autor.',
      'O software pode transferir atualizações automaticamente. As atualizações automáticas podem ser desativadas nas Definições.',
      'O software inclui componentes de terceiros distribuídos sob licenças próprias; a lista encontra-se no ficheiro {docdir}/THIRD-PARTY.',
      'O software é fornecido «tal como está», sem qualquer garantia, na medida em que a lei o permita. A {vendor} não se responsabiliza pela perda de dados; faça cópias de segurança com regularidade.',
      'A licença cessa automaticamente se violar estes termos; nesse caso, deve eliminar todas as cópias do software.',
    ],
    scroll: 'Utilize a tecla Page Down para ler o resto do contrato.',
    must: 'Tem de aceitar os termos do contrato para continuar a instalação.',
    decline: 'Se não aceitar, a instalação será cancelada e não será feita nenhuma alteração ao seu sistema.',
    full: 'O texto integral do contrato está disponível em {url} e será guardado em {docdir}/LICENSE após a instalação.',
    accept: 'Aceito os termos do contrato de licença', reject: 'Não aceito os termos do contrato de licença',
  },
  Arabic: {
    title: ['اتفاقية الترخيص', 'تثبيت {product}: اتفاقية الترخيص'],
    intro: 'قبل متابعة تثبيت {product}، يُرجى قراءة اتفاقية الترخيص التالية بعناية.',
    heading: 'اتفاقية ترخيص {product} {ver}',
    clauses: [
      'تمنحك {vendor} حق تثبيت {product} على ما لا يزيد على {n} من الأجهزة التي تملكها أو تديرها.',
      'لا يجوز بيع البرنامج أو تأجيره أو إعارته، ولا إزالة إشعارات حقوق النشر منه.',
      'قد ينزّل البرنامج التحديثات تلقائيًا، ويمكنك إيقاف التحديثات التلقائية من الإعدادات.',
      'يتضمن البرنامج مكونات من جهات خارجية تُوزَّع بتراخيصها الخاصة، وتجد قائمتها في الملف {docdir}/THIRD-PARTY.',
      'يُقدَّم البرنامج «كما هو» دون أي ضمان بالقدر الذي يسمح به القانون، ولا تتحمل {vendor} مسؤولية فقدان البيانات، لذا احرص على النسخ الاحتياطي بانتظام.',
      'ينتهي الترخيص تلقائيًا إذا خالفت هذه الشروط، وعندئذ يجب عليك حذف جميع نسخ البرنامج.',
    ],
    scroll: 'استخدم مفتاح Page Down لقراءة بقية الاتفاقية.',
    must: 'يجب أن توافق على شروط الاتفاقية لمتابعة التثبيت.',
    decline: 'إذا لم توافق فسيُلغى التثبيت، ولن يُجرى أي تغيير على نظامك.',
    full: 'النص الكامل للاتفاقية متاح على {url}، وسيُحفظ بعد التثبيت في الملف {docdir}/LICENSE.',
    accept: 'أوافق على شروط اتفاقية الترخيص', reject: 'لا أوافق على شروط اتفاقية الترخيص',
  },
  Thai: {
    title: ['ข้อตกลงการอนุญาตให้ใช้สิทธิ์', 'การติดตั้ง {product}: ข้อตกลงการอนุญาตให้ใช้สิทธิ์'],
    intro: 'ก่อนติดตั้ง {product} ต่อ โปรดอ่านข้อตกลงการอนุญาตให้ใช้สิทธิ์ต่อไปนี้อย่างละเอียด',
    heading: 'ข้อตกลงการอนุญาตให้ใช้สิทธิ์ {product} {ver}',
    clauses: [
      '{vendor} อนุญาตให้คุณติดตั้ง {product} บนคอมพิวเตอร์ที่คุณเป็นเจ้าของหรือดูแลได้ไม่เกิน {n} เครื่อง',
      'ห้ามขาย ให้เช่า หรือให้ยืมซอฟต์แวร์ และห้ามลบประกาศลิขสิทธิ์ออกจากซอฟต์แวร์',
      'ซอฟต์แวร์อาจดาวน์โหลดการอัปเดตโดยอัตโนมัติ คุณสามารถปิดการอัปเดตอัตโนมัติได้ในการตั้งค่า',
      'ซอฟต์แวร์มีส่วนประกอบของบุคคลที่สามซึ่งเผยแพร่ภายใต้สัญญาอนุญาตของตนเอง ดูรายการได้ในไฟล์ {docdir}/THIRD-PARTY',
      'ซอฟต์แวร์นี้ให้มา «ตามสภาพ» โดยไม่มีการรับประกันใด ๆ เท่าที่กฎหมายอนุญาต {vendor} ไม่รับผิดชอบต่อการสูญหายของข้อมูล โปรดสำรองข้อมูลเป็นประจำ',
      'สิทธิ์การใช้งานจะสิ้นสุดลงโดยอัตโนมัติหากคุณละเมิดข้อกำหนดเหล่านี้ และคุณต้องลบสำเนาทั้งหมดของซอฟต์แวร์',
    ],
    scroll: 'ใช้ปุ่ม Page Down เพื่ออ่านข้อตกลงส่วนที่เหลือ',
    must: 'คุณต้องยอมรับข้อกำหนดของข้อตกลงนี้จึงจะติดตั้งต่อได้',
    decline: 'หากคุณไม่ยอมรับ การติดตั้งจะถูกยกเลิกและจะไม่มีการเปลี่ยนแปลงใด ๆ กับระบบของคุณ',
    full: 'ข้อความฉบับเต็มของข้อตกลงอยู่ที่ {url} และจะถูกบันทึกไว้ที่ {docdir}/LICENSE หลังการติดตั้ง',
    accept: 'ฉันยอมรับข้อกำหนดของข้อตกลงการอนุญาตให้ใช้สิทธิ์', reject: 'ฉันไม่ยอมรับข้อกำหนดของข้อตกลงการอนุญาตให้ใช้สิทธิ์',
  },
  Spanish: {
    title: ['Contrato de licencia', 'Instalación de {product}: contrato de licencia'],
    intro: 'Antes de continuar con la instalación de {product}, lea atentamente el siguiente contrato de licencia.',
    heading: 'CONTRATO DE LICENCIA DE {product} {ver}',
    clauses: [
      '{vendor} le concede el derecho a instalar {product} en un máximo de {n} equipos de su propiedad o que usted administre.',
      'No está permitido vender, alquilar ni prestar el software, ni eliminar de él los avisos de derechos de autor.',
      'El software puede descargar actualizaciones automáticamente. Las actualizaciones automáticas pueden desactivarse en Configuración.',
      'El software incluye componentes de terceros distribuidos con sus propias licencias; la lista figura en el archivo {docdir}/THIRD-PARTY.',
      'El software se proporciona «tal cual», sin garantía de ningún tipo en la medida en que lo permita la ley. {vendor} no se responsabiliza de la pérdida de datos; haga copias de seguridad con regularidad.',
      'La licencia finaliza automáticamente si usted incumple estas condiciones; en ese caso deberá eliminar todas las copias del software.',
    ],
    scroll: 'Utilice la tecla Av Pág para leer el resto del contrato.',
    must: 'Debe aceptar las condiciones del contrato para continuar con la instalación.',
    decline: 'Si no las acepta, la instalación se cancelará y no se realizará ningún cambio en su sistema.',
    full: 'El texto completo del contrato está disponible en {url} y se guardará en {docdir}/LICENSE tras la instalación.',
    accept: 'Acepto las condiciones del contrato de licencia', reject: 'No acepto las condiciones del contrato de licencia',
  },
  German: {
    title: ['Lizenzvereinbarung', 'Installation von {product}: Lizenzvereinbarung'],
    intro: 'Bitte lesen Sie die folgende Lizenzvereinbarung sorgfältig, bevor Sie mit der Installation von {product} fortfahren.',
    heading: 'LIZENZVEREINBARUNG FÜR {product} {ver}',
    clauses: [
      '{vendor} räumt Ihnen das Recht ein, {product} auf höchstens {n} Rechnern zu installieren, die Ihnen gehören oder die Sie verwalten.',
      'Sie dürfen die Software weder verkaufen noch vermieten oder verleihen und keine Urheberrechtsvermerke daraus entfernen.',
      'Die Software kann Aktualisierungen automatisch herunterladen. Automatische Aktualisierungen lassen sich in den Einstellungen abschalten.',
      'Die Software enthält Komponenten Dritter, die unter eigenen Lizenzen stehen; eine Liste finden Sie in {docdir}/THIRD-PARTY.',
      'Die Software wird, soweit gesetzlich zulässig, ohne jede Gewährleistung bereitgestellt. {vendor} haftet nicht für Datenverlust; legen Sie regelmäßig Sicherungen an.',
      'Die Lizenz erlischt automatisch, wenn Sie gegen diese Bedingungen verstoßen; in diesem Fall müssen Sie alle Kopien der Software löschen.',
    ],
    scroll: 'Mit der Taste Bild ab können Sie den Rest der Vereinbarung lesen.',
    must: 'Um die Installation fortzusetzen, müssen Sie die Bedingungen dieser Vereinbarung annehmen.',
    decline: 'Wenn Sie ablehnen, wird die Installation abgebrochen, und an Ihrem System wird nichts verändert.',
    full: 'Den vollständigen Text finden Sie unter {url}; nach der Installation liegt er außerdem in {docdir}/LICENSE.',
    accept: 'Ich nehme die Bedingungen der Lizenzvereinbarung an', reject: 'Ich lehne die Bedingungen der Lizenzvereinbarung ab',
  },
  French: {
    title: ['Contrat de licence', 'Installation de {product} : contrat de licence'],
    intro: "Avant de poursuivre l'installation de {product}, veuillez lire attentivement le contrat de licence ci-dessous.",
    heading: 'CONTRAT DE LICENCE DE {product} {ver}',
    clauses: [
      "{vendor} vous accorde le droit d'installer {product} sur {n} ordinateurs au plus, dont vous êtes propriétaire ou que vous administrez.",
      "Il est interdit de vendre, louer ou prêter le logiciel, ainsi que d'en retirer les mentions de droit d'auteur.",
      'Le logiciel peut télécharger automatiquement des mises à jour. Les mises à jour automatiques peuvent être désactivées dans les Paramètres.',
      'Le logiciel contient des composants tiers distribués sous leur propre licence ; leur liste figure dans le fichier {docdir}/THIRD-PARTY.',
      "Le logiciel est fourni « en l'état », sans aucune garantie dans les limites permises par la loi. {vendor} décline toute responsabilité en cas de perte de données ; effectuez des sauvegardes régulières.",
      'La licence prend fin automatiquement si vous enfreignez ces conditions ; vous devez alors supprimer toutes les copies du logiciel.',
    ],
    scroll: 'Utilisez la touche Page suivante pour lire la suite du contrat.',
    must: "Vous devez accepter les termes de ce contrat pour poursuivre l'installation.",
    decline: "Si vous refusez, l'installation sera annulée et aucune modification ne sera apportée à votre système.",
    full: "Le texte intégral du contrat est disponible sur {url} et sera enregistré dans {docdir}/LICENSE après l'installation.",
    accept: "J'accepte les termes du contrat de licence", reject: "Je n'accepte pas les termes du contrat de licence",
  },
  Italian: {
    title: ['Contratto di licenza', 'Installazione di {product}: contratto di licenza'],
    intro: "Prima di proseguire con l'installazione di {product}, leggere attentamente il seguente contratto di licenza.",
    heading: 'CONTRATTO DI LICENZA DI {product} {ver}',
    clauses: [
      "{vendor} concede il diritto di installare {product} su un massimo di {n} computer di proprietà dell'utente o da lui amministrati.",
      "Non è consentito vendere, noleggiare o prestare il software, né rimuovere da esso le note sul diritto d'autore.",
      'Il software può scaricare automaticamente gli aggiornamenti. Gli aggiornamenti automatici possono essere disattivati nelle Impostazioni.',
      "Il software include componenti di terze parti distribuiti con licenze proprie; l'elenco si trova nel file {docdir}/THIRD-PARTY.",
      "Il software è fornito «così com'è», senza alcuna garanzia nei limiti consentiti dalla legge. {vendor} non risponde della perdita di dati; eseguire regolarmente copie di sicurezza.",
      'La licenza decade automaticamente in caso di violazione di queste condizioni; in tal caso occorre eliminare tutte le copie del software.',
    ],
    scroll: 'Usare il tasto Pag giù per leggere il resto del contratto.',
    must: "Per proseguire con l'installazione è necessario accettare le condizioni del contratto.",
    decline: "In caso di rifiuto l'installazione verrà annullata e il sistema non subirà alcuna modifica.",
    full: "Il testo completo del contratto è disponibile all'indirizzo {url} e, dopo l'installazione, verrà salvato in {docdir}/LICENSE.",
    accept: 'Accetto le condizioni del contratto di licenza', reject: 'Non accetto le condizioni del contratto di licenza',
  },
  Turkish: {
    title: ['Lisans sözleşmesi', '{product} kurulumu: lisans sözleşmesi'],
    intro: '{product} kurulumuna devam etmeden önce lütfen aşağıdaki lisans sözleşmesini dikkatle okuyun.',
    heading: '{product} {ver} LİSANS SÖZLEŞMESİ',
    clauses: [
      '{vendor}, {product} yazılımını sahibi olduğunuz ya da yönettiğiniz en fazla {n} bilgisayara kurma hakkını size verir.',
      'Yazılımı satamaz, kiralayamaz, ödünç veremez ve yazılımdaki telif hakkı bildirimlerini kaldıramazsınız.',
      'Yazılım güncellemeleri otomatik olarak indirebilir. Otomatik güncellemeleri Ayarlar bölümünden kapatabilirsiniz.',
      'Yazılım, kendi lisanslarıyla dağıtılan üçüncü taraf bileşenleri içerir; bunların listesi {docdir}/THIRD-PARTY dosyasındadır.',
      'Yazılım, yasaların izin verdiği ölçüde hiçbir garanti olmaksızın «olduğu gibi» sunulur. {vendor} veri kaybından sorumlu tutulamaz; düzenli olarak yedek alın.',
      'Bu koşulları ihlal etmeniz durumunda lisans kendiliğinden sona erer; bu durumda yazılımın bütün kopyalarını silmeniz gerekir.',
    ],
    scroll: 'Sözleşmenin geri kalanını okumak için Page Down tuşunu kullanın.',
    must: 'Kuruluma devam etmek için sözleşmenin koşullarını kabul etmeniz gerekir.',
    decline: 'Kabul etmezseniz kurulum iptal edilir ve sisteminizde hiçbir değişiklik yapılmaz.',
    full: 'Sözleşmenin tam metni {url} adresinde bulunur ve kurulumdan sonra {docdir}/LICENSE dosyasına kaydedilir.',
    accept: 'Lisans sözleşmesinin koşullarını kabul ediyorum', reject: 'Lisans sözleşmesinin koşullarını kabul etmiyorum',
  },
  Polish: {
    title: ['Umowa licencyjna', 'Instalacja {product}: umowa licencyjna'],
    intro: 'Zanim przejdziesz dalej z instalacją {product}, uważnie przeczytaj poniższą umowę licencyjną.',
    heading: 'UMOWA LICENCYJNA {product} {ver}',
    clauses: [
      '{vendor} udziela ci prawa do zainstalowania {product} na maksymalnie {n} komputerach, których jesteś właścicielem lub którymi administrujesz.',
      'Nie wolno sprzedawać, wynajmować ani wypożyczać oprogramowania ani usuwać z niego informacji o prawach autorskich.',
      'Oprogramowanie może automatycznie pobierać aktualizacje. Automatyczne aktualizacje można wyłączyć w Ustawieniach.',
      'Oprogramowanie zawiera komponenty innych firm rozpowszechniane na ich własnych licencjach; ich lista znajduje się w pliku {docdir}/THIRD-PARTY.',
      'Oprogramowanie jest dostarczane w stanie „takim, w jakim jest”, bez jakichkolwiek gwarancji w zakresie dopuszczonym przez prawo. {vendor} nie odpowiada za utratę danych; regularnie wykonuj kopie zapasowe.',
      'Licencja wygasa automatycznie w razie naruszenia tych warunków; należy wówczas usunąć wszystkie kopie oprogramowania.',
    ],
    scroll: 'Aby przeczytać resztę umowy, użyj klawisza Page Down.',
    must: 'Aby kontynuować instalację, musisz zaakceptować warunki umowy.',
    decline: 'Jeśli ich nie zaakceptujesz, instalacja zostanie anulowana, a w systemie nie zostaną wprowadzone żadne zmiany.',
    full: 'Pełny tekst umowy jest dostępny pod adresem {url}, a po instalacji zostanie zapisany w {docdir}/LICENSE.',
    accept: 'Akceptuję warunki umowy licencyjnej', reject: 'Nie akceptuję warunków umowy licencyjnej',
  },
  Indonesian: {
    title: ['Perjanjian lisensi', 'Instalasi {product}: perjanjian lisensi'],
    intro: 'Sebelum melanjutkan instalasi {product}, bacalah perjanjian lisensi berikut dengan saksama.',
    heading: 'PERJANJIAN LISENSI {product} {ver}',
    clauses: [
      '{vendor} memberi Anda hak untuk memasang {product} pada paling banyak {n} komputer yang Anda miliki atau kelola.',
      'Anda tidak boleh menjual, menyewakan, atau meminjamkan perangkat lunak ini, dan tidak boleh menghapus pemberitahuan hak cipta di dalamnya.',
      'Perangkat lunak dapat mengunduh pembaruan secara otomatis. Pembaruan otomatis dapat dinonaktifkan di Pengaturan.',
      'Perangkat lunak ini berisi komponen pihak ketiga yang didistribusikan dengan lisensinya sendiri; daftarnya ada di berkas {docdir}/THIRD-PARTY.',
      'Perangkat lunak disediakan «sebagaimana adanya», tanpa jaminan apa pun sejauh diizinkan oleh hukum. {vendor} tidak bertanggung jawab atas kehilangan data; buatlah cadangan secara berkala.',
      'Lisensi berakhir secara otomatis jika Anda melanggar ketentuan ini; dalam hal itu Anda wajib menghapus semua salinan perangkat lunak.',
    ],
    scroll: 'Gunakan tombol Page Down untuk membaca sisa perjanjian.',
    must: 'Anda harus menerima ketentuan perjanjian ini untuk melanjutkan instalasi.',
    decline: 'Jika Anda menolak, instalasi akan dibatalkan dan tidak ada perubahan apa pun pada sistem Anda.',
    full: 'Teks lengkap perjanjian tersedia di {url} dan akan disimpan di {docdir}/LICENSE setelah instalasi.',
    accept: 'Saya menerima ketentuan perjanjian lisensi', reject: 'Saya tidak menerima ketentuan perjanjian lisensi',
  },
  Japanese: {
    title: ['使用許諾契約', '{product} のインストール: 使用許諾契約'],
    intro: '{product} のインストールを続ける前に、以下の使用許諾契約をよくお読みください。',
    heading: '{product} {ver} 使用許諾契約書',
    clauses: [
      '{vendor} は、お客様が所有または管理するコンピューター {n} 台までに {product} をインストールする権利を許諾します。',
      '本ソフトウェアを販売、貸与、または貸し出すこと、および著作権表示を削除することはできません。',
      '本ソフトウェアは更新プログラムを自動的にダウンロードすることがあります。自動更新は [設定] で無効にできます。',
      '本ソフトウェアには、それぞれのライセンスで配布される第三者のコンポーネントが含まれます。一覧は {docdir}/THIRD-PARTY にあります。',
      '本ソフトウェアは、法律で認められる範囲において、いかなる保証もなく「現状のまま」提供されます。{vendor} はデータの損失について責任を負いません。定期的にバックアップを作成してください。',
      'これらの条件に違反した場合、ライセンスは自動的に終了し、お客様は本ソフトウェアのすべての複製を削除しなければなりません。',
    ],
    scroll: '残りの部分を読むには PageDown キーを使ってください。',
    must: 'インストールを続けるには、この契約の条件に同意する必要があります。',
    decline: '同意しない場合、インストールは中止され、システムには何も変更が加えられません。',
    full: '契約の全文は {url} で読むことができます。インストール後は {docdir}/LICENSE にも保存されます。',
    accept: '使用許諾契約の条件に同意します', reject: '使用許諾契約の条件に同意しません',
  },
  Dutch: {
    title: ['Licentieovereenkomst', 'Installatie van {product}: licentieovereenkomst'],
    intro: 'Lees de onderstaande licentieovereenkomst zorgvuldig voordat u verdergaat met de installatie van {product}.',
    heading: 'LICENTIEOVEREENKOMST VOOR {product} {ver}',
    clauses: [
      '{vendor} verleent u het recht {product} te installeren op ten hoogste {n} computers die uw eigendom zijn of die u beheert.',
      'Het is niet toegestaan de software te verkopen, te verhuren of uit te lenen, of de auteursrechtvermeldingen eruit te verwijderen.',
      'De software kan automatisch updates downloaden. Automatische updates kunt u uitschakelen in de Instellingen.',
      'De software bevat onderdelen van derden die onder hun eigen licentie worden verspreid; een overzicht staat in {docdir}/THIRD-PARTY.',
      'De software wordt geleverd „zoals ze is”, zonder enige garantie voor zover de wet dat toestaat. {vendor} is niet aansprakelijk voor gegevensverlies; maak regelmatig reservekopieën.',
      'De licentie vervalt automatisch als u deze voorwaarden schendt; u moet dan alle kopieën van de software verwijderen.',
    ],
    scroll: 'Gebruik de toets Page Down om de rest van de overeenkomst te lezen.',
    must: 'U moet de voorwaarden van deze overeenkomst accepteren om verder te gaan met de installatie.',
    decline: 'Als u weigert, wordt de installatie geannuleerd en wordt er niets aan uw systeem gewijzigd.',
    full: 'De volledige tekst van de overeenkomst staat op {url} en wordt na de installatie opgeslagen in {docdir}/LICENSE.',
    accept: 'Ik accepteer de voorwaarden van de licentieovereenkomst', reject: 'Ik accepteer de voorwaarden van de licentieovereenkomst niet',
  },
  Ukrainian: {
    title: ['Ліцензійна угода', 'Встановлення {product}: ліцензійна угода'],
    intro: 'Перш ніж продовжити встановлення {product}, уважно прочитайте наведену нижче ліцензійну угоду.',
    heading: 'ЛІЦЕНЗІЙНА УГОДА {product} {ver}',
    clauses: [
      '{vendor} надає вам право встановити {product} не більш ніж на {n} комп’ютерах, якими ви володієте або які адмініструєте.',
      'Заборонено продавати, здавати в оренду чи позичати програму, а також видаляти з неї повідомлення про авторські права.',
      'Програма може автоматично завантажувати оновлення. Автоматичні оновлення можна вимкнути в розділі «Налаштування».',
      'До складу програми входять компоненти сторонніх розробників, що поширюються на власних умовах; їх перелік наведено у файлі {docdir}/THIRD-PARTY.',
      'Програма надається «як є», без будь-яких гарантій тією мірою, якою це допускає закон. {vendor} не відповідає за втрату даних, тож регулярно створюйте резервні копії.',
      'Ліцензія припиняє дію автоматично в разі порушення цих умов; тоді ви зобов’язані видалити всі копії програми.',
    ],
    scroll: 'Щоб прочитати решту угоди, скористайтеся клавішею PgDn.',
    must: 'Щоб продовжити встановлення, потрібно прийняти умови угоди.',
    decline: 'Якщо ви не приймаєте умови, встановлення буде скасовано, і до системи не буде внесено жодних змін.',
    full: 'Повний текст угоди доступний за адресою {url}, а після встановлення його буде збережено у файлі {docdir}/LICENSE.',
    accept: 'Я приймаю умови ліцензійної угоди', reject: 'Я не приймаю умов ліцензійної угоди',
  },
  Chinese: {
    title: ['许可协议', '安装 {product}：许可协议'],
    intro: '在继续安装 {product} 之前，请仔细阅读以下许可协议。',
    heading: '{product} {ver} 许可协议',
    clauses: [
      '{vendor} 授予您在最多 {n} 台由您拥有或管理的计算机上安装 {product} 的权利。',
      '您不得出售、出租或出借本软件，也不得删除软件中的版权声明。',
      '本软件可能会自动下载更新。您可以在“设置”中关闭自动更新。',
      '本软件包含按各自许可证分发的第三方组件，其列表见 {docdir}/THIRD-PARTY 文件。',
      '在法律允许的范围内，本软件按“现状”提供，不附带任何形式的担保。{vendor} 不对数据丢失承担责任，请定期备份。',
      '如果您违反上述条款，许可将自动终止，届时您必须删除本软件的所有副本。',
      '本软件会在本地记录错误日志，以便排查问题；未经您同意，这些日志不会发送给任何人。',
      '使用本软件即表示您同意遵守所在国家或地区有关软件出口和使用的法律法规。',
    ],
    scroll: '请使用 PageDown 键阅读协议的其余部分。',
    must: '您必须接受本协议的条款才能继续安装。',
    decline: '如果您不接受，安装将被取消，您的系统不会发生任何更改。',
    full: '协议全文可在 {url} 查看，安装完成后还会保存到 {docdir}/LICENSE。',
    accept: '我接受许可协议中的条款', reject: '我不接受许可协议中的条款',
  },
};
function genLicense(lang: Lang, b: LicenseBank, v0: Vars): string {
  const v: Vars = {
    ...v0, docdir: pick([`/usr/share/doc/${v0.pslug}`, `/opt/${v0.pslug}/doc`]), n: String(int(1, 5)),
    url: `https://${pick(['www', 'docs', 'legal'])}.example.${pick(TLDS)}/${v0.pslug}/${pick(['license', 'eula', 'terms'])}`,
  };
  const cols = pick([0, 64, 70, 76]);
  const tStyle = int(0, 5), bStyle = int(0, 3);
  const ui = UI[lang];
  const accepted = chance(0.5);
  const radio = `  (${accepted ? '•' : ' '}) ${b.accept}\n  (${accepted ? ' ' : '•'}) ${b.reject}`;
  const copyright = `Copyright © ${v.y0}–${v.year} ${v.vendor}`;
  const order = shuffle(b.clauses.map((_, i) => i));
  const scrollHint = chance(0.5);
  return grow((k) => {
    const keep = new Set(order.slice(0, k));
    const clauses = b.clauses.filter((_, i) => keep.has(i)).map((c, i) => item(fill(c, v), cols, `${i + 1}. `));
    const blocks = [titled(tx(b.title, v), tStyle), wrap(fill(b.intro, v), cols), `${fill(b.heading, v)}\n${copyright}`, clauses.join('\n\n')];
    if (scrollHint) blocks.push(wrap(b.scroll, cols));
    blocks.push(wrap(b.must, cols), wrap(b.decline, cols), wrap(fill(b.full, v), cols), radio, wizButtons([`< ${ui.back}`, `${ui.next} >`, ui.cancel], bStyle));
    return blocks.join('\n\n');
  }, int(4, 5), b.clauses.length, int(800, 1200));
}

// ------------------------------------------------------------------ 11. auth_required_message
interface AuthBank {
  readonly header: string;
  /** Action suffix, description, message. */
  readonly entries: readonly (readonly [string, string, string])[];
  readonly ask: string; readonly failed: string; readonly cancelled: string; readonly locked: string;
}
const AUTH: PerLang<AuthBank> = {
  Russian: {
    header: 'Сообщения, которые показываются, когда программа запрашивает права администратора',
    entries: [
      ['manage-service', 'Управление службой {svc}', 'Для запуска, остановки или перезапуска службы {svc} требуется аутентификация.'],
      ['install-software', 'Установка программ', 'Приложение пытается установить или удалить программы. Для этого нужно подтвердить личность.'],
      ['change-settings', 'Изменение системных настроек', '{product} пытается изменить общесистемные настройки. Введите пароль администратора, чтобы разрешить это.'],
      ['set-time', 'Изменение системного времени', 'Чтобы изменить дату, время или часовой пояс компьютера, требуется аутентификация.'],
      ['manage-users', 'Управление учётными записями', 'Для создания, изменения или удаления учётных записей пользователей нужны права администратора.'],
      ['mount-disk', 'Подключение дисков', 'Приложение пытается подключить диск, принадлежащий другому пользователю. Требуется аутентификация.'],
      ['network-config', 'Настройка сети', 'Для изменения сетевых подключений, общих для всех пользователей, требуется аутентификация.'],
    ],
    ask: 'Пароль для {admin}:', failed: 'Аутентификация не удалась. Попробуйте ещё раз.',
    cancelled: 'Запрос отменён, никаких изменений не сделано.', locked: 'Слишком много неудачных попыток. Повторите через {mins} мин.',
  },
  Vietnamese: {
    header: 'Các thông báo hiển thị khi một chương trình yêu cầu quyền quản trị',
    entries: [
      ['manage-service', 'Quản lý dịch vụ {svc}', 'Cần xác thực để khởi động, dừng hoặc khởi động lại dịch vụ {svc}.'],
      ['install-software', 'Cài đặt phần mềm', 'Một ứng dụng đang cố cài đặt hoặc gỡ bỏ phần mềm. Cần xác thực để tiếp tục.'],
      ['change-settings', 'Thay đổi thiết lập hệ thống', '{product} đang cố thay đổi thiết lập dùng chung của hệ thống. Hãy nhập mật khẩu quản trị viên để cho phép.'],
      ['set-time', 'Thay đổi giờ hệ thống', 'Cần xác thực để thay đổi ngày, giờ hoặc múi giờ của máy tính.'],
      ['manage-users', 'Quản lý tài khoản', 'Cần quyền quản trị để tạo, sửa hoặc xóa tài khoản người dùng.'],
      ['mount-disk', 'Gắn ổ đĩa', 'Một ứng dụng đang cố gắn ổ đĩa thuộc về người dùng khác. Cần xác thực.'],
      ['network-config', 'Cấu hình mạng', 'Cần xác thực để thay đổi các kết nối mạng dùng chung cho mọi người dùng.'],
    ],
    ask: 'Mật khẩu của {admin}:', failed: 'Xác thực không thành công. Vui lòng thử lại.',
    cancelled: 'Yêu cầu đã bị hủy; không có gì thay đổi.', locked: 'Có quá nhiều lần thử không thành công. Hãy thử lại sau {mins} phút.',
  },
  Portuguese: {
    header: 'Mensagens exibidas quando um programa solicita privilégios de administrador',
    entries: [
      ['manage-service', 'Gerenciar o serviço {svc}', 'É necessário autenticar-se para iniciar, parar ou reiniciar o serviço {svc}.'],
      ['install-software', 'Instalar programas', 'Um aplicativo está tentando instalar ou remover programas. É necessária autenticação.'],
      ['change-settings', 'Alterar configurações do sistema', 'O {product} está tentando alterar configurações que valem para todo o sistema. Digite a senha de um administrador para permitir.'],
      ['set-time', 'Alterar o relógio do sistema', 'É necessária autenticação para alterar a data, a hora ou o fuso horário do computador.'],
      ['manage-users', 'Gerenciar contas de usuário', 'Criar, alterar ou excluir contas de usuário exige privilégios de administrador.'],
      ['mount-disk', 'Montar discos', 'Um aplicativo está tentando montar um disco que pertence a outro usuário. É necessária autenticação.'],
      ['network-config', 'Configurar a rede', 'É necessária autenticação para alterar conexões de rede compartilhadas por todos os usuários.'],
    ],
    ask: 'Senha de {admin}:', failed: 'Falha na autenticação. Tente novamente.',
    cancelled: 'A solicitação foi cancelada; nada foi alterado.', locked: 'Muitas tentativas sem sucesso. Tente novamente em {mins} minutos.',
  },
  Arabic: {
    header: 'الرسائل التي تظهر عندما يطلب برنامج صلاحيات المسؤول',
    entries: [
      ['manage-service', 'إدارة الخدمة {svc}', 'يلزم التوثيق لتشغيل الخدمة {svc} أو إيقافها أو إعادة تشغيلها.'],
      ['install-software', 'تثبيت البرامج', 'يحاول أحد التطبيقات تثبيت برامج أو إزالتها، ويلزم التوثيق للمتابعة.'],
      ['change-settings', 'تغيير إعدادات النظام', 'يحاول {product} تغيير إعدادات تسري على النظام كله. أدخل كلمة مرور المسؤول للسماح بذلك.'],
      ['set-time', 'تغيير ساعة النظام', 'يلزم التوثيق لتغيير تاريخ الجهاز أو وقته أو منطقته الزمنية.'],
      ['manage-users', 'إدارة حسابات المستخدمين', 'يتطلب إنشاء حسابات المستخدمين أو تعديلها أو حذفها صلاحيات المسؤول.'],
      ['mount-disk', 'وصل الأقراص', 'يحاول أحد التطبيقات وصل قرص يخص مستخدمًا آخر، ويلزم التوثيق.'],
      ['network-config', 'إعداد الشبكة', 'يلزم التوثيق لتغيير اتصالات الشبكة المشتركة بين جميع المستخدمين.'],
    ],
    ask: 'كلمة مرور {admin}:', failed: 'فشل التوثيق. حاول مرة أخرى.',
    cancelled: 'أُلغي الطلب ولم يُغيَّر أي شيء.', locked: 'عدد كبير من المحاولات الفاشلة. أعد المحاولة بعد {mins} دقيقة.',
  },
  Thai: {
    header: 'ข้อความที่แสดงเมื่อโปรแกรมขอสิทธิ์ผู้ดูแลระบบ',
    entries: [
      ['manage-service', 'จัดการบริการ {svc}', 'ต้องยืนยันตัวตนเพื่อเริ่ม หยุด หรือเริ่มบริการ {svc} ใหม่'],
      ['install-software', 'ติดตั้งซอฟต์แวร์', 'แอปพลิเคชันกำลังพยายามติดตั้งหรือถอนการติดตั้งซอฟต์แวร์ ต้องยืนยันตัวตนก่อนดำเนินการต่อ'],
      ['change-settings', 'เปลี่ยนการตั้งค่าระบบ', '{product} กำลังพยายามเปลี่ยนการตั้งค่าที่มีผลกับทั้งระบบ ป้อนรหัสผ่านผู้ดูแลระบบเพื่ออนุญาต'],
      ['set-time', 'เปลี่ยนนาฬิกาของระบบ', 'ต้องยืนยันตัวตนเพื่อเปลี่ยนวันที่ เวลา หรือเขตเวลาของคอมพิวเตอร์'],
      ['manage-users', 'จัดการบัญชีผู้ใช้', 'การสร้าง แก้ไข หรือลบบัญชีผู้ใช้ต้องใช้สิทธิ์ผู้ดูแลระบบ'],
      ['mount-disk', 'เมานต์ดิสก์', 'แอปพลิเคชันกำลังพยายามเมานต์ดิสก์ที่เป็นของผู้ใช้อื่น ต้องยืนยันตัวตน'],
      ['network-config', 'ตั้งค่าเครือข่าย', 'ต้องยืนยันตัวตนเพื่อเปลี่ยนการเชื่อมต่อเครือข่ายที่ผู้ใช้ทุกคนใช้ร่วมกัน'],
    ],
    ask: 'รหัสผ่านของ {admin}:', failed: 'การยืนยันตัวตนล้มเหลว โปรดลองอีกครั้ง',
    cancelled: 'คำขอถูกยกเลิกแล้ว และไม่มีการเปลี่ยนแปลงใด ๆ', locked: 'ลองผิดหลายครั้งเกินไป โปรดลองใหม่ในอีก {mins} นาที',
  },
  Spanish: {
    header: 'Mensajes que se muestran cuando un programa solicita privilegios de administrador',
    entries: [
      ['manage-service', 'Administrar el servicio {svc}', 'Se requiere autenticación para iniciar, detener o reiniciar el servicio {svc}.'],
      ['install-software', 'Instalar programas', 'Una aplicación está intentando instalar o desinstalar programas. Se requiere autenticación.'],
      ['change-settings', 'Cambiar la configuración del sistema', '{product} está intentando cambiar ajustes que afectan a todo el sistema. Introduzca la contraseña de un administrador para permitirlo.'],
      ['set-time', 'Cambiar el reloj del sistema', 'Se requiere autenticación para cambiar la fecha, la hora o la zona horaria del equipo.'],
      ['manage-users', 'Administrar cuentas de usuario', 'Crear, modificar o eliminar cuentas de usuario requiere privilegios de administrador.'],
      ['mount-disk', 'Montar discos', 'Una aplicación está intentando montar un disco que pertenece a otro usuario. Se requiere autenticación.'],
      ['network-config', 'Configurar la red', 'Se requiere autenticación para modificar conexiones de red compartidas por todos los usuarios.'],
    ],
    ask: 'Contraseña de {admin}:', failed: 'La autenticación ha fallado. Inténtelo de nuevo.',
    cancelled: 'Se canceló la solicitud; no se ha cambiado nada.', locked: 'Demasiados intentos fallidos. Vuelva a intentarlo dentro de {mins} minutos.',
  },
  German: {
    header: 'Meldungen, die erscheinen, wenn ein Programm Administratorrechte anfordert',
    entries: [
      ['manage-service', 'Dienst {svc} verwalten', 'Zum Starten, Beenden oder Neustarten des Dienstes {svc} ist eine Authentifizierung erforderlich.'],
      ['install-software', 'Software installieren', 'Eine Anwendung versucht, Software zu installieren oder zu entfernen. Dafür ist eine Authentifizierung nötig.'],
      ['change-settings', 'Systemeinstellungen ändern', '{product} versucht, systemweite Einstellungen zu ändern. Geben Sie das Passwort eines Administrators ein, um dies zu erlauben.'],
      ['set-time', 'Systemuhr stellen', 'Um Datum, Uhrzeit oder Zeitzone des Rechners zu ändern, ist eine Authentifizierung erforderlich.'],
      ['manage-users', 'Benutzerkonten verwalten', 'Das Anlegen, Ändern oder Löschen von Benutzerkonten erfordert Administratorrechte.'],
      ['mount-disk', 'Datenträger einbinden', 'Eine Anwendung versucht, einen Datenträger eines anderen Benutzers einzubinden. Eine Authentifizierung ist erforderlich.'],
      ['network-config', 'Netzwerk konfigurieren', 'Für Änderungen an Netzwerkverbindungen, die alle Benutzer gemeinsam nutzen, ist eine Authentifizierung erforderlich.'],
    ],
    ask: 'Passwort für {admin}:', failed: 'Authentifizierung fehlgeschlagen. Bitte erneut versuchen.',
    cancelled: 'Die Anfrage wurde abgebrochen; es wurde nichts geändert.', locked: 'Zu viele Fehlversuche. Versuchen Sie es in {mins} Minuten erneut.',
  },
  French: {
    header: "Messages affichés lorsqu'un programme demande des privilèges d'administrateur",
    entries: [
      ['manage-service', 'Gérer le service {svc}', 'Une authentification est nécessaire pour démarrer, arrêter ou redémarrer le service {svc}.'],
      ['install-software', 'Installer des logiciels', "Une application tente d'installer ou de désinstaller des logiciels. Une authentification est nécessaire."],
      ['change-settings', 'Modifier les paramètres du système', "{product} tente de modifier des réglages communs à tout le système. Saisissez le mot de passe d'un administrateur pour l'autoriser."],
      ['set-time', "Régler l'horloge du système", "Une authentification est nécessaire pour changer la date, l'heure ou le fuseau horaire de l'ordinateur."],
      ['manage-users', 'Gérer les comptes utilisateurs', "La création, la modification ou la suppression de comptes utilisateurs requiert des privilèges d'administrateur."],
      ['mount-disk', 'Monter des disques', 'Une application tente de monter un disque appartenant à un autre utilisateur. Une authentification est nécessaire.'],
      ['network-config', 'Configurer le réseau', 'Une authentification est nécessaire pour modifier les connexions réseau partagées par tous les utilisateurs.'],
    ],
    ask: 'Mot de passe de {admin} :', failed: "Échec de l'authentification. Veuillez réessayer.",
    cancelled: "La demande a été annulée ; rien n'a été modifié.", locked: 'Trop de tentatives infructueuses. Réessayez dans {mins} minutes.',
  },
  Italian: {
    header: 'Messaggi mostrati quando un programma richiede privilegi di amministratore',
    entries: [
      ['manage-service', 'Gestire il servizio {svc}', 'È necessario autenticarsi per avviare, arrestare o riavviare il servizio {svc}.'],
      ['install-software', 'Installare software', "Un'applicazione sta tentando di installare o rimuovere software. È richiesta l'autenticazione."],
      ['change-settings', 'Modificare le impostazioni di sistema', '{product} sta tentando di modificare impostazioni valide per tutto il sistema. Inserire la password di un amministratore per consentirlo.'],
      ['set-time', "Modificare l'orologio di sistema", "È richiesta l'autenticazione per cambiare data, ora o fuso orario del computer."],
      ['manage-users', 'Gestire gli account utente', 'Creare, modificare o eliminare account utente richiede privilegi di amministratore.'],
      ['mount-disk', 'Montare dischi', "Un'applicazione sta tentando di montare un disco che appartiene a un altro utente. È richiesta l'autenticazione."],
      ['network-config', 'Configurare la rete', "È richiesta l'autenticazione per modificare le connessioni di rete condivise da tutti gli utenti."],
    ],
    ask: 'Password di {admin}:', failed: 'Autenticazione non riuscita. Riprovare.',
    cancelled: 'La richiesta è stata annullata; non è stato modificato nulla.', locked: 'Troppi tentativi falliti. Riprovare tra {mins} minuti.',
  },
  Turkish: {
    header: 'Bir program yönetici yetkisi istediğinde gösterilen iletiler',
    entries: [
      ['manage-service', '{svc} hizmetini yönet', '{svc} hizmetini başlatmak, durdurmak ya da yeniden başlatmak için kimlik doğrulaması gerekir.'],
      ['install-software', 'Yazılım kur', 'Bir uygulama yazılım kurmaya ya da kaldırmaya çalışıyor. Kimlik doğrulaması gerekiyor.'],
      ['change-settings', 'Sistem ayarlarını değiştir', '{product}, bütün sistemi etkileyen ayarları değiştirmeye çalışıyor. İzin vermek için bir yöneticinin parolasını girin.'],
      ['set-time', 'Sistem saatini değiştir', 'Bilgisayarın tarihini, saatini ya da saat dilimini değiştirmek için kimlik doğrulaması gerekir.'],
      ['manage-users', 'Kullanıcı hesaplarını yönet', 'Kullanıcı hesabı oluşturmak, değiştirmek ya da silmek yönetici yetkisi gerektirir.'],
      ['mount-disk', 'Disk bağla', 'Bir uygulama başka bir kullanıcıya ait bir diski bağlamaya çalışıyor. Kimlik doğrulaması gerekiyor.'],
      ['network-config', 'Ağı yapılandır', 'Bütün kullanıcıların ortak kullandığı ağ bağlantılarını değiştirmek için kimlik doğrulaması gerekir.'],
    ],
    ask: '{admin} parolası:', failed: 'Kimlik doğrulaması başarısız oldu. Lütfen yeniden deneyin.',
    cancelled: 'İstek iptal edildi; hiçbir şey değiştirilmedi.', locked: 'Çok fazla başarısız deneme. {mins} dakika sonra yeniden deneyin.',
  },
  Polish: {
    header: 'Komunikaty wyświetlane, gdy program prosi o uprawnienia administratora',
    entries: [
      ['manage-service', 'Zarządzanie usługą {svc}', 'Uruchomienie, zatrzymanie lub ponowne uruchomienie usługi {svc} wymaga uwierzytelnienia.'],
      ['install-software', 'Instalowanie oprogramowania', 'Aplikacja próbuje zainstalować lub usunąć oprogramowanie. Wymagane jest uwierzytelnienie.'],
      ['change-settings', 'Zmiana ustawień systemu', '{product} próbuje zmienić ustawienia obowiązujące w całym systemie. Podaj hasło administratora, aby na to zezwolić.'],
      ['set-time', 'Zmiana zegara systemowego', 'Zmiana daty, godziny lub strefy czasowej komputera wymaga uwierzytelnienia.'],
      ['manage-users', 'Zarządzanie kontami użytkowników', 'Tworzenie, modyfikowanie i usuwanie kont użytkowników wymaga uprawnień administratora.'],
      ['mount-disk', 'Montowanie dysków', 'Aplikacja próbuje zamontować dysk należący do innego użytkownika. Wymagane jest uwierzytelnienie.'],
      ['network-config', 'Konfiguracja sieci', 'Zmiana połączeń sieciowych wspólnych dla wszystkich użytkowników wymaga uwierzytelnienia.'],
    ],
    ask: 'Hasło użytkownika {admin}:', failed: 'Uwierzytelnianie nie powiodło się. Spróbuj ponownie.',
    cancelled: 'Żądanie zostało anulowane; niczego nie zmieniono.', locked: 'Zbyt wiele nieudanych prób. Spróbuj ponownie za {mins} min.',
  },
  Indonesian: {
    header: 'Pesan yang ditampilkan saat program meminta hak administrator',
    entries: [
      ['manage-service', 'Kelola layanan {svc}', 'Autentikasi diperlukan untuk memulai, menghentikan, atau memulai ulang layanan {svc}.'],
      ['install-software', 'Pasang perangkat lunak', 'Sebuah aplikasi mencoba memasang atau menghapus perangkat lunak. Autentikasi diperlukan.'],
      ['change-settings', 'Ubah pengaturan sistem', '{product} mencoba mengubah pengaturan yang berlaku untuk seluruh sistem. Masukkan kata sandi administrator untuk mengizinkannya.'],
      ['set-time', 'Ubah jam sistem', 'Autentikasi diperlukan untuk mengubah tanggal, waktu, atau zona waktu komputer.'],
      ['manage-users', 'Kelola akun pengguna', 'Membuat, mengubah, atau menghapus akun pengguna memerlukan hak administrator.'],
      ['mount-disk', 'Kaitkan disk', 'Sebuah aplikasi mencoba mengaitkan disk milik pengguna lain. Autentikasi diperlukan.'],
      ['network-config', 'Konfigurasi jaringan', 'Autentikasi diperlukan untuk mengubah koneksi jaringan yang dipakai bersama oleh semua pengguna.'],
    ],
    ask: 'Kata sandi {admin}:', failed: 'Autentikasi gagal. Silakan coba lagi.',
    cancelled: 'Permintaan dibatalkan; tidak ada yang diubah.', locked: 'Terlalu banyak percobaan yang gagal. Coba lagi dalam {mins} menit.',
  },
  Japanese: {
    header: 'プログラムが管理者権限を求めたときに表示されるメッセージ',
    entries: [
      ['manage-service', 'サービス {svc} の管理', 'サービス {svc} を開始、停止、または再起動するには認証が必要です。'],
      ['install-software', 'ソフトウェアのインストール', 'アプリケーションがソフトウェアをインストールまたは削除しようとしています。認証が必要です。'],
      ['change-settings', 'システム設定の変更', '{product} がシステム全体に適用される設定を変更しようとしています。許可するには管理者のパスワードを入力してください。'],
      ['set-time', 'システム時計の変更', 'コンピューターの日付、時刻、タイムゾーンを変更するには認証が必要です。'],
      ['manage-users', 'ユーザーアカウントの管理', 'ユーザーアカウントの作成、変更、削除には管理者権限が必要です。'],
      ['mount-disk', 'ディスクのマウント', 'アプリケーションが、ほかのユーザーのディスクをマウントしようとしています。認証が必要です。'],
      ['network-config', 'ネットワークの設定', 'すべてのユーザーが共有するネットワーク接続を変更するには認証が必要です。'],
    ],
    ask: '{admin} のパスワード:', failed: '認証に失敗しました。もう一度お試しください。',
    cancelled: '要求は取り消されました。何も変更されていません。', locked: '失敗した試行が多すぎます。{mins} 分後にもう一度お試しください。',
  },
  Dutch: {
    header: 'Meldingen die verschijnen wanneer een programma om beheerdersrechten vraagt',
    entries: [
      ['manage-service', 'De dienst {svc} beheren', 'Om de dienst {svc} te starten, te stoppen of opnieuw te starten is verificatie vereist.'],
      ['install-software', 'Software installeren', 'Een toepassing probeert software te installeren of te verwijderen. Verificatie is vereist.'],
      ['change-settings', 'Systeeminstellingen wijzigen', '{product} probeert instellingen te wijzigen die voor het hele systeem gelden. Voer het wachtwoord van een beheerder in om dit toe te staan.'],
      ['set-time', 'De systeemklok instellen', 'Om de datum, tijd of tijdzone van de computer te wijzigen is verificatie vereist.'],
      ['manage-users', 'Gebruikersaccounts beheren', 'Voor het aanmaken, wijzigen of verwijderen van gebruikersaccounts zijn beheerdersrechten nodig.'],
      ['mount-disk', 'Schijven koppelen', 'Een toepassing probeert een schijf van een andere gebruiker te koppelen. Verificatie is vereist.'],
      ['network-config', 'Netwerk configureren', 'Om netwerkverbindingen te wijzigen die alle gebruikers delen, is verificatie vereist.'],
    ],
    ask: 'Wachtwoord voor {admin}:', failed: 'Verificatie mislukt. Probeer het opnieuw.',
    cancelled: 'Het verzoek is geannuleerd; er is niets gewijzigd.', locked: 'Te veel mislukte pogingen. Probeer het over {mins} minuten opnieuw.',
  },
  Ukrainian: {
    header: 'Повідомлення, які показуються, коли програма запитує права адміністратора',
    entries: [
      ['manage-service', 'Керування службою {svc}', 'Щоб запустити, зупинити або перезапустити службу {svc}, потрібна автентифікація.'],
      ['install-software', 'Встановлення програм', 'Застосунок намагається встановити або видалити програми. Потрібна автентифікація.'],
      ['change-settings', 'Зміна системних налаштувань', '{product} намагається змінити налаштування, спільні для всієї системи. Введіть пароль адміністратора, щоб дозволити це.'],
      ['set-time', 'Зміна системного годинника', 'Щоб змінити дату, час або часовий пояс комп’ютера, потрібна автентифікація.'],
      ['manage-users', 'Керування обліковими записами', 'Для створення, зміни чи видалення облікових записів користувачів потрібні права адміністратора.'],
      ['mount-disk', 'Підключення дисків', 'Застосунок намагається підключити диск, що належить іншому користувачеві. Потрібна автентифікація.'],
      ['network-config', 'Налаштування мережі', 'Щоб змінити мережеві з’єднання, спільні для всіх користувачів, потрібна автентифікація.'],
    ],
    ask: 'Пароль для {admin}:', failed: 'Автентифікація не вдалася. Спробуйте ще раз.',
    cancelled: 'Запит скасовано; нічого не змінено.', locked: 'Забагато невдалих спроб. Повторіть через {mins} хв.',
  },
  Chinese: {
    header: '程序请求管理员权限时显示的消息',
    entries: [
      ['manage-service', '管理 {svc} 服务', '启动、停止或重新启动 {svc} 服务需要进行身份验证。'],
      ['install-software', '安装软件', '某个应用程序正在尝试安装或卸载软件，需要进行身份验证。'],
      ['change-settings', '更改系统设置', '{product} 正在尝试更改对整个系统生效的设置。请输入管理员密码以允许此操作。'],
      ['set-time', '更改系统时钟', '更改计算机的日期、时间或时区需要进行身份验证。'],
      ['manage-users', '管理用户帐户', '创建、修改或删除用户帐户需要管理员权限。'],
      ['mount-disk', '挂载磁盘', '某个应用程序正在尝试挂载属于其他用户的磁盘，需要进行身份验证。'],
      ['network-config', '配置网络', '更改所有用户共享的网络连接需要进行身份验证。'],
    ],
    ask: '{admin} 的密码：', failed: '身份验证失败，请重试。',
    cancelled: '请求已取消，未做任何更改。', locked: '失败次数过多，请在 {mins} 分钟后重试。',
  },
};
const LANG_CODES: PerLang<string> = {
  Russian: 'ru', Vietnamese: 'vi', Portuguese: 'pt_BR', Arabic: 'ar', Thai: 'th', Spanish: 'es', German: 'de', French: 'fr', Italian: 'it',
  Turkish: 'tr', Polish: 'pl', Indonesian: 'id', Japanese: 'ja', Dutch: 'nl', Ukrainian: 'uk', Chinese: 'zh_CN',
};
function genAuth(lang: Lang, b: AuthBank, v: Vars): string {
  const format = int(0, 2);
  const code = LANG_CODES[lang];
  const all = b.entries.map(([id, d, m]) => [`${v.act}.${id}`, fill(d, v), fill(m, v)] as const);
  const order = shuffle(all.map((_, i) => i));
  const generic = [['auth.request', fill(b.ask, v)], ['auth.failed', b.failed], ['auth.cancelled', b.cancelled], ['auth.locked', fill(b.locked, v)]] as const;
  const head = [`# ${b.header}`, `# ${v.pkg} ${v.ver} (${code}), ${v.vendor}`].join('\n');
  return grow((k) => {
    const keep = new Set(order.slice(0, k));
    const entries = all.filter((_, i) => keep.has(i));
    if (format === 0) {
      return [head, ...entries.map(([id, d, m]) => `[${id}]\ndescription = ${d}\nmessage = ${m}`),
        `[messages]\n${generic.map(([key, t]) => `${key.slice(5)} = ${t}`).join('\n')}`].join('\n\n');
    }
    if (format === 1) {
      const lines = entries.flatMap(([id, d, m]) => [`${id}.description=${d}`, `${id}.message=${m}`, '']);
      return [head, '', ...lines, ...generic.map(([key, t]) => `${v.act}.${key}=${t}`)].join('\n');
    }
    return [head, `lang: ${code}`, 'actions:', ...entries.map(([id, d, m]) => `  - id: ${id}\n    description: ${d}\n    message: ${m}`),
      'messages:', ...generic.map(([key, t]) => `  ${key.slice(5)}: ${t}`)].join('\n');
  }, int(4, 6), all.length, int(600, 900));
}

// ------------------------------------------------------------------ 12. maintenance_notice
interface MotdBank {
  readonly welcome: string; readonly maintHead: string; readonly maint: string; readonly affectedHead: string; readonly affected: readonly string[];
  readonly quotaHead: string; readonly quota: string; readonly expiry: string; readonly pw: string; readonly rulesHead: string;
  readonly rules: readonly string[]; readonly contact: string; readonly sign: string;
}
const MOTD: PerLang<MotdBank> = {
  Russian: {
    welcome: 'Добро пожаловать на сервер {srv} ({distro}).', maintHead: 'Плановые работы',
    maint: '{date} с {time} до {time2} (UTC) сервер будет недоступен из-за планового обслуживания: обновления системы и замены дисков. Сохраните свою работу и выйдите из системы до {time}. Незавершённые сеансы будут закрыты, а запущенные задания остановлены.',
    affectedHead: 'На время работ будут недоступны:', affected: ['почта', 'общие папки', 'веб-портал', 'очередь вычислительных заданий'],
    quotaHead: 'Дисковая квота',
    quota: 'Вы используете {used} ГБ из {gb} ГБ ({pct}%). Удалите ненужные файлы или перенесите их в архив: при достижении предела сохранять новые файлы будет невозможно.',
    expiry: 'Срок действия вашей учётной записи истекает {date2}. Чтобы продлить его, обратитесь к администратору по адресу {mail}.',
    pw: 'Срок действия вашего пароля истекает через {days} дн. Смените его командой passwd; новый пароль не должен совпадать с пятью предыдущими.',
    rulesHead: 'Напоминаем:',
    rules: ['не запускайте ресурсоёмкие задачи на узле входа, используйте очередь заданий;', 'не храните личные данные в каталоге /scratch: он очищается каждые {days} дней;', 'не сообщайте никому свой пароль, даже сотрудникам ИТ-отдела.'],
    contact: 'Вопросы и заявки: {mail} (укажите номер заявки {ticket}, если он есть).', sign: '— Служба ИТ-поддержки',
  },
  Vietnamese: {
    welcome: 'Chào mừng bạn đến với máy chủ {srv} ({distro}).', maintHead: 'Bảo trì định kỳ',
    maint: 'Từ {time} đến {time2} (UTC) ngày {date}, máy chủ sẽ tạm ngừng hoạt động để bảo trì: cập nhật hệ thống và thay ổ đĩa. Vui lòng lưu công việc và đăng xuất trước {time}. Các phiên còn mở sẽ bị đóng và các tác vụ đang chạy sẽ bị dừng.',
    affectedHead: 'Trong thời gian bảo trì, các dịch vụ sau sẽ không dùng được:', affected: ['thư điện tử', 'thư mục dùng chung', 'cổng thông tin web', 'hàng đợi tác vụ tính toán'],
    quotaHead: 'Hạn mức đĩa',
    quota: 'Bạn đang dùng {used} GB trên tổng số {gb} GB ({pct}%). Hãy xóa các tệp không cần thiết hoặc chuyển chúng vào kho lưu trữ: khi đạt giới hạn, bạn sẽ không lưu được tệp mới.',
    expiry: 'Tài khoản của bạn sẽ hết hạn vào ngày {date2}. Để gia hạn, hãy liên hệ quản trị viên qua {mail}.',
    pw: 'Mật khẩu của bạn sẽ hết hạn sau {days} ngày. Hãy đổi mật khẩu bằng lệnh passwd; mật khẩu mới không được trùng với năm mật khẩu gần nhất.',
    rulesHead: 'Xin nhắc lại:',
    rules: ['không chạy tác vụ nặng trên nút đăng nhập, hãy dùng hàng đợi tác vụ;', 'không lưu dữ liệu cá nhân trong /scratch: thư mục này được dọn sạch sau mỗi {days} ngày;', 'không chia sẻ mật khẩu với bất kỳ ai, kể cả nhân viên CNTT.'],
    contact: 'Câu hỏi và yêu cầu hỗ trợ: {mail} (ghi kèm mã yêu cầu {ticket} nếu có).', sign: '— Bộ phận CNTT',
  },
  Portuguese: {
    welcome: 'Bem-vindo ao servidor {srv} ({distro}).', maintHead: 'Manutenção programada',
    maint: 'No dia {date}, entre as {time} e as {time2} (UTC), o servidor estará indisponível para manutenção: atualização do sistema e substituição de discos. Guarde o seu trabalho e termine a sessão antes das {time}. As sessões abertas serão fechadas e as tarefas em execução serão interrompidas.',
    affectedHead: 'Durante a manutenção não estarão disponíveis:', affected: ['o correio eletrónico', 'as pastas partilhadas', 'o portal web', 'a fila de tarefas de cálculo'],
    quotaHead: 'Quota de disco',
    quota: 'Está a usar {used} GB de {gb} GB ({pct}%). Apague os ficheiros de que não precisa ou mova-os para o arquivo: quando atingir o limite, deixará de conseguir guardar ficheiros novos.',
    expiry: 'A sua conta expira em {date2}. Para a prolongar, contacte o administrador através de {mail}.',
    pw: 'A sua palavra-passe expira dentro de {days} dias. Altere-a com o comando passwd; a nova palavra-passe não pode ser igual a nenhuma das cinco anteriores.',
    rulesHead: 'Lembramos que:',
    rules: ['não deve executar tarefas pesadas no nó de acesso; use a fila de tarefas;', 'não deve guardar dados pessoais em /scratch, que é limpo a cada {days} dias;', 'não deve partilhar a sua palavra-passe com ninguém, nem mesmo com a equipa de informática.'],
    contact: 'Dúvidas e pedidos: {mail} (indique o número do pedido {ticket}, se o tiver).', sign: '— Serviços de Informática',
  },
  Arabic: {
    welcome: 'مرحبًا بك في الخادم {srv} ({distro}).', maintHead: 'صيانة مجدولة',
    maint: 'في {date} من الساعة {time} حتى {time2} (بالتوقيت العالمي) سيتوقف الخادم عن العمل لإجراء صيانة مجدولة تشمل تحديث النظام واستبدال الأقراص. احفظ عملك وسجّل الخروج قبل الساعة {time}، إذ ستُغلق الجلسات المفتوحة وتتوقف المهام الجارية.',
    affectedHead: 'لن تتوفر الخدمات التالية أثناء الصيانة:', affected: ['البريد الإلكتروني', 'المجلدات المشتركة', 'بوابة الويب', 'طابور مهام الحوسبة'],
    quotaHead: 'حصة القرص',
    quota: 'تستخدم {used} غيغابايت من أصل {gb} غيغابايت ({pct}%). احذف الملفات غير الضرورية أو انقلها إلى الأرشيف، فعند بلوغ الحد لن تتمكن من حفظ ملفات جديدة.',
    expiry: 'تنتهي صلاحية حسابك في {date2}. لتمديدها تواصل مع المسؤول عبر {mail}.',
    pw: 'تنتهي صلاحية كلمة مرورك بعد {days} يومًا. غيّرها باستخدام الأمر passwd، ويجب ألا تطابق كلمة المرور الجديدة أيًا من كلمات المرور الخمس السابقة.',
    rulesHead: 'نذكّرك بما يلي:',
    rules: ['لا تشغّل مهام ثقيلة على عقدة الدخول، واستخدم طابور المهام؛', 'لا تحفظ بيانات شخصية في /scratch، فهو يُفرَّغ كل {days} يومًا؛', 'لا تعطِ كلمة مرورك لأحد، حتى لموظفي قسم تقنية المعلومات.'],
    contact: 'للأسئلة والطلبات: {mail} (اذكر رقم الطلب {ticket} إن وُجد).', sign: '— قسم تقنية المعلومات',
  },
  Thai: {
    welcome: 'ยินดีต้อนรับสู่เซิร์ฟเวอร์ {srv} ({distro})', maintHead: 'การบำรุงรักษาตามกำหนด',
    maint: 'วันที่ {date} เวลา {time} ถึง {time2} (UTC) เซิร์ฟเวอร์จะหยุดให้บริการเพื่อบำรุงรักษาตามกำหนด ได้แก่ การอัปเดตระบบและการเปลี่ยนดิสก์ โปรดบันทึกงานและออกจากระบบก่อนเวลา {time} เซสชันที่ยังเปิดอยู่จะถูกปิดและงานที่กำลังทำงานจะถูกหยุด',
    affectedHead: 'ระหว่างการบำรุงรักษา บริการต่อไปนี้จะใช้งานไม่ได้:', affected: ['อีเมล', 'โฟลเดอร์ที่ใช้ร่วมกัน', 'เว็บพอร์ทัล', 'คิวงานประมวลผล'],
    quotaHead: 'โควตาดิสก์',
    quota: 'คุณใช้พื้นที่ไปแล้ว {used} GB จาก {gb} GB ({pct}%) โปรดลบไฟล์ที่ไม่จำเป็นหรือย้ายไปเก็บในคลังข้อมูล เมื่อใช้ครบโควตา คุณจะบันทึกไฟล์ใหม่ไม่ได้',
    expiry: 'บัญชีของคุณจะหมดอายุในวันที่ {date2} หากต้องการต่ออายุ โปรดติดต่อผู้ดูแลระบบที่ {mail}',
    pw: 'รหัสผ่านของคุณจะหมดอายุในอีก {days} วัน โปรดเปลี่ยนด้วยคำสั่ง passwd รหัสผ่านใหม่ต้องไม่ซ้ำกับห้าครั้งล่าสุด',
    rulesHead: 'ขอเตือนว่า:',
    rules: ['อย่ารันงานหนักบนโหนดสำหรับล็อกอิน ให้ใช้คิวงานแทน', 'อย่าเก็บข้อมูลส่วนตัวไว้ใน /scratch เพราะจะถูกล้างทุก {days} วัน', 'อย่าบอกรหัสผ่านของคุณแก่ผู้ใด แม้แต่เจ้าหน้าที่ฝ่ายไอที'],
    contact: 'สอบถามหรือแจ้งปัญหา: {mail} (โปรดระบุหมายเลขคำขอ {ticket} ถ้ามี)', sign: '— ฝ่ายเทคโนโลยีสารสนเทศ',
  },
  Spanish: {
    welcome: 'Bienvenido al servidor {srv} ({distro}).', maintHead: 'Mantenimiento programado',
    maint: 'El {date}, entre las {time} y las {time2} (UTC), el servidor no estará disponible por mantenimiento programado: actualización del sistema y sustitución de discos. Guarde su trabajo y cierre la sesión antes de las {time}. Las sesiones abiertas se cerrarán y los trabajos en ejecución se detendrán.',
    affectedHead: 'Durante el mantenimiento no estarán disponibles:', affected: ['el correo', 'las carpetas compartidas', 'el portal web', 'la cola de trabajos de cálculo'],
    quotaHead: 'Cuota de disco',
    quota: 'Está usando {used} GB de {gb} GB ({pct} %). Borre los archivos que no necesite o muévalos al archivo histórico: al alcanzar el límite no podrá guardar archivos nuevos.',
    expiry: 'Su cuenta caduca el {date2}. Para prorrogarla, póngase en contacto con el administrador en {mail}.',
    pw: 'Su contraseña caduca dentro de {days} días. Cámbiela con la orden passwd; la nueva contraseña no puede coincidir con ninguna de las cinco anteriores.',
    rulesHead: 'Le recordamos que:',
    rules: ['no ejecute trabajos pesados en el nodo de acceso; utilice la cola de trabajos;', 'no guarde datos personales en /scratch: se vacía cada {days} días;', 'no comparta su contraseña con nadie, ni siquiera con el personal de informática.'],
    contact: 'Dudas y solicitudes: {mail} (indique el número de solicitud {ticket}, si lo tiene).', sign: '— Servicio de Informática',
  },
  German: {
    welcome: 'Willkommen auf {srv} ({distro}).', maintHead: 'Geplante Wartung',
    maint: 'Am {date} ist der Server von {time} bis {time2} Uhr (UTC) wegen geplanter Wartungsarbeiten nicht erreichbar: Das System wird aktualisiert, und Festplatten werden getauscht. Bitte speichern Sie Ihre Arbeit und melden Sie sich vor {time} Uhr ab. Offene Sitzungen werden beendet, laufende Aufträge angehalten.',
    affectedHead: 'Während der Wartung nicht verfügbar:', affected: ['Mail', 'gemeinsame Ordner', 'das Webportal', 'die Warteschlange für Rechenaufträge'],
    quotaHead: 'Speicherkontingent',
    quota: 'Sie belegen {used} GB von {gb} GB ({pct} %). Löschen Sie nicht mehr benötigte Dateien oder verschieben Sie sie ins Archiv: Ist das Kontingent erschöpft, können Sie keine neuen Dateien mehr speichern.',
    expiry: 'Ihr Konto läuft am {date2} ab. Um es zu verlängern, wenden Sie sich an {mail}.',
    pw: 'Ihr Passwort läuft in {days} Tagen ab. Ändern Sie es mit dem Befehl passwd; das neue Passwort darf keinem der fünf vorherigen entsprechen.',
    rulesHead: 'Zur Erinnerung:',
    rules: ['Starten Sie keine rechenintensiven Aufgaben auf dem Anmeldeknoten, sondern nutzen Sie die Warteschlange.', 'Speichern Sie keine persönlichen Daten unter /scratch; das Verzeichnis wird alle {days} Tage geleert.', 'Geben Sie Ihr Passwort niemandem weiter, auch nicht Mitarbeitern der IT.'],
    contact: 'Fragen und Anliegen: {mail} (bitte ggf. die Vorgangsnummer {ticket} angeben).', sign: '— Ihr IT-Team',
  },
  French: {
    welcome: 'Bienvenue sur {srv} ({distro}).', maintHead: 'Maintenance programmée',
    maint: 'Le {date}, de {time} à {time2} (UTC), le serveur sera indisponible pour une maintenance programmée : mise à jour du système et remplacement de disques. Enregistrez votre travail et déconnectez-vous avant {time}. Les sessions ouvertes seront fermées et les travaux en cours arrêtés.',
    affectedHead: 'Pendant la maintenance, les services suivants seront indisponibles :', affected: ['la messagerie', 'les dossiers partagés', 'le portail web', 'la file des travaux de calcul'],
    quotaHead: 'Quota disque',
    quota: "Vous utilisez {used} Go sur {gb} Go ({pct} %). Supprimez les fichiers inutiles ou déplacez-les vers l'archive : une fois la limite atteinte, vous ne pourrez plus enregistrer de nouveaux fichiers.",
    expiry: "Votre compte expire le {date2}. Pour le prolonger, contactez l'administrateur à l'adresse {mail}.",
    pw: 'Votre mot de passe expire dans {days} jours. Changez-le avec la commande passwd ; le nouveau mot de passe doit être différent des cinq précédents.',
    rulesHead: 'Rappel :',
    rules: ['ne lancez pas de traitements lourds sur le nœud de connexion, utilisez la file des travaux ;', 'ne stockez pas de données personnelles dans /scratch : il est vidé tous les {days} jours ;', 'ne communiquez votre mot de passe à personne, pas même au service informatique.'],
    contact: "Questions et demandes : {mail} (indiquez le numéro de ticket {ticket} s'il existe).", sign: '— Le service informatique',
  },
  Italian: {
    welcome: 'Benvenuto su {srv} ({distro}).', maintHead: 'Manutenzione programmata',
    maint: 'Il {date}, dalle {time} alle {time2} (UTC), il server non sarà disponibile per una manutenzione programmata: aggiornamento del sistema e sostituzione dei dischi. Salvare il lavoro e disconnettersi prima delle {time}. Le sessioni aperte verranno chiuse e i processi in esecuzione interrotti.',
    affectedHead: 'Durante la manutenzione non saranno disponibili:', affected: ['la posta elettronica', 'le cartelle condivise', 'il portale web', 'la coda dei calcoli'],
    quotaHead: 'Quota disco',
    quota: "Sono in uso {used} GB su {gb} GB ({pct}%). Eliminare i file non necessari o spostarli nell'archivio: una volta raggiunto il limite non sarà possibile salvare nuovi file.",
    expiry: "L'account scade il {date2}. Per rinnovarlo, contattare l'amministratore all'indirizzo {mail}.",
    pw: 'La password scade tra {days} giorni. Cambiarla con il comando passwd; la nuova password deve essere diversa dalle cinque precedenti.',
    rulesHead: 'Promemoria:',
    rules: ['non eseguire elaborazioni pesanti sul nodo di accesso, ma usare la coda dei processi;', 'non conservare dati personali in /scratch: la cartella viene svuotata ogni {days} giorni;', 'non comunicare a nessuno la propria password, nemmeno al personale informatico.'],
    contact: 'Domande e richieste: {mail} (indicare il numero di richiesta {ticket}, se disponibile).', sign: '— Servizi informatici',
  },
  Turkish: {
    welcome: '{srv} sunucusuna hoş geldiniz ({distro}).', maintHead: 'Planlı bakım',
    maint: '{date} tarihinde {time} ile {time2} (UTC) arasında sunucu planlı bakım nedeniyle kullanılamayacak: sistem güncellenecek ve diskler değiştirilecek. Lütfen çalışmanızı kaydedin ve saat {time} olmadan oturumunuzu kapatın. Açık oturumlar kapatılacak, çalışan işler durdurulacaktır.',
    affectedHead: 'Bakım süresince şu hizmetler kullanılamayacak:', affected: ['e-posta', 'paylaşılan klasörler', 'web portalı', 'hesaplama işi kuyruğu'],
    quotaHead: 'Disk kotası',
    quota: '{gb} GB kotanızın {used} GB kadarını kullanıyorsunuz (%{pct}). Gereksiz dosyaları silin ya da arşive taşıyın: sınıra ulaşıldığında yeni dosya kaydedemezsiniz.',
    expiry: 'Hesabınızın süresi {date2} tarihinde doluyor. Süreyi uzatmak için {mail} adresinden yöneticiye başvurun.',
    pw: 'Parolanızın süresi {days} gün içinde doluyor. Parolanızı passwd komutuyla değiştirin; yeni parola önceki beş paroladan farklı olmalıdır.',
    rulesHead: 'Hatırlatma:',
    rules: ['oturum açma düğümünde ağır işler çalıştırmayın, iş kuyruğunu kullanın;', '/scratch dizininde kişisel veri saklamayın: bu dizin her {days} günde bir temizlenir;', 'parolanızı kimseyle, bilgi işlem personeliyle bile paylaşmayın.'],
    contact: 'Sorular ve talepler için: {mail} (varsa {ticket} numaralı talebi belirtin).', sign: '— Bilgi İşlem Birimi',
  },
  Polish: {
    welcome: 'Witamy na serwerze {srv} ({distro}).', maintHead: 'Planowane prace serwisowe',
    maint: 'W dniu {date} w godzinach {time}–{time2} (UTC) serwer będzie niedostępny z powodu planowanych prac: aktualizacji systemu i wymiany dysków. Zapisz swoją pracę i wyloguj się przed {time}. Otwarte sesje zostaną zamknięte, a uruchomione zadania zatrzymane.',
    affectedHead: 'W czasie prac niedostępne będą:', affected: ['poczta', 'foldery współdzielone', 'portal WWW', 'kolejka zadań obliczeniowych'],
    quotaHead: 'Limit miejsca na dysku',
    quota: 'Wykorzystujesz {used} GB z {gb} GB ({pct}%). Usuń niepotrzebne pliki lub przenieś je do archiwum: po osiągnięciu limitu nie będzie można zapisywać nowych plików.',
    expiry: 'Twoje konto wygasa {date2}. Aby je przedłużyć, skontaktuj się z administratorem pod adresem {mail}.',
    pw: 'Twoje hasło wygaśnie za {days} dni. Zmień je poleceniem passwd; nowe hasło musi się różnić od pięciu poprzednich.',
    rulesHead: 'Przypominamy:',
    rules: ['nie uruchamiaj ciężkich zadań na węźle logowania, korzystaj z kolejki zadań;', 'nie przechowuj danych osobowych w /scratch: katalog jest czyszczony co {days} dni;', 'nie podawaj nikomu swojego hasła, nawet pracownikom działu IT.'],
    contact: 'Pytania i zgłoszenia: {mail} (podaj numer zgłoszenia {ticket}, jeśli go masz).', sign: '— Dział IT',
  },
  Indonesian: {
    welcome: 'Selamat datang di server {srv} ({distro}).', maintHead: 'Pemeliharaan terjadwal',
    maint: 'Pada {date} pukul {time} sampai {time2} (UTC), server tidak dapat digunakan karena pemeliharaan terjadwal: pembaruan sistem dan penggantian disk. Simpan pekerjaan Anda dan keluar dari sistem sebelum pukul {time}. Sesi yang masih terbuka akan ditutup dan tugas yang sedang berjalan akan dihentikan.',
    affectedHead: 'Selama pemeliharaan, layanan berikut tidak tersedia:', affected: ['surel', 'folder bersama', 'portal web', 'antrean tugas komputasi'],
    quotaHead: 'Kuota disk',
    quota: 'Anda memakai {used} GB dari {gb} GB ({pct}%). Hapus berkas yang tidak diperlukan atau pindahkan ke arsip: jika batas tercapai, Anda tidak dapat menyimpan berkas baru.',
    expiry: 'Akun Anda akan kedaluwarsa pada {date2}. Untuk memperpanjangnya, hubungi administrator melalui {mail}.',
    pw: 'Kata sandi Anda akan kedaluwarsa dalam {days} hari. Ganti dengan perintah passwd; kata sandi baru tidak boleh sama dengan lima kata sandi sebelumnya.',
    rulesHead: 'Sebagai pengingat:',
    rules: ['jangan menjalankan tugas berat di node login, gunakan antrean tugas;', 'jangan menyimpan data pribadi di /scratch karena direktori itu dikosongkan setiap {days} hari;', 'jangan memberikan kata sandi Anda kepada siapa pun, termasuk staf TI.'],
    contact: 'Pertanyaan dan permintaan: {mail} (sebutkan nomor tiket {ticket} jika ada).', sign: '— Tim TI',
  },
  Japanese: {
    welcome: '{srv} ({distro}) へようこそ。', maintHead: '定期メンテナンスのお知らせ',
    maint: '{date} の {time} から {time2} (UTC) まで、システムの更新とディスクの交換のため、サーバーを停止します。作業内容を保存し、{time} までにログアウトしてください。開いたままのセッションは切断され、実行中のジョブは停止されます。',
    affectedHead: 'メンテナンス中は、次のサービスを利用できません:', affected: ['メール', '共有フォルダー', 'Web ポータル', '計算ジョブのキュー'],
    quotaHead: 'ディスク容量の制限',
    quota: '現在 {gb} GB のうち {used} GB ({pct}%) を使用しています。不要なファイルを削除するか、アーカイブに移してください。上限に達すると、新しいファイルを保存できなくなります。',
    expiry: 'お使いのアカウントは {date2} に有効期限が切れます。延長を希望する場合は、{mail} まで管理者にご連絡ください。',
    pw: 'パスワードの有効期限まであと {days} 日です。passwd コマンドで変更してください。新しいパスワードには、過去 5 回分と同じものは使えません。',
    rulesHead: 'お願い:',
    rules: ['ログインノードで重い処理を実行せず、ジョブキューを使ってください。', '/scratch に個人情報を保存しないでください。このディレクトリは {days} 日ごとに消去されます。', '情報システム部門の担当者にも、自分のパスワードを知らせないでください。'],
    contact: 'お問い合わせ: {mail} (問い合わせ番号 {ticket} があれば併記してください)', sign: '— 情報システム部',
  },
  Dutch: {
    welcome: 'Welkom op {srv} ({distro}).', maintHead: 'Gepland onderhoud',
    maint: 'Op {date} is de server van {time} tot {time2} (UTC) niet beschikbaar wegens gepland onderhoud: het systeem wordt bijgewerkt en er worden schijven vervangen. Sla uw werk op en meld u vóór {time} af. Open sessies worden gesloten en lopende taken gestopt.',
    affectedHead: 'Tijdens het onderhoud zijn niet beschikbaar:', affected: ['de mail', 'gedeelde mappen', 'het webportaal', 'de wachtrij voor rekentaken'],
    quotaHead: 'Schijfquotum',
    quota: 'U gebruikt {used} GB van {gb} GB ({pct}%). Verwijder bestanden die u niet meer nodig hebt of verplaats ze naar het archief: zodra de limiet is bereikt, kunt u geen nieuwe bestanden meer opslaan.',
    expiry: 'Uw account verloopt op {date2}. Neem voor verlenging contact op met de beheerder via {mail}.',
    pw: 'Uw wachtwoord verloopt over {days} dagen. Wijzig het met de opdracht passwd; het nieuwe wachtwoord mag niet gelijk zijn aan een van de vijf vorige.',
    rulesHead: 'Ter herinnering:',
    rules: ['start geen zware taken op de aanmeldnode, maar gebruik de wachtrij;', 'bewaar geen persoonlijke gegevens in /scratch: die map wordt elke {days} dagen leeggemaakt;', 'deel uw wachtwoord met niemand, ook niet met medewerkers van ICT.'],
    contact: 'Vragen en verzoeken: {mail} (vermeld het ticketnummer {ticket} als u dat hebt).', sign: '— De ICT-afdeling',
  },
  Ukrainian: {
    welcome: 'Вітаємо на сервері {srv} ({distro}).', maintHead: 'Планові роботи',
    maint: '{date} з {time} до {time2} (UTC) сервер буде недоступний через планове обслуговування: оновлення системи та заміну дисків. Збережіть свою роботу й вийдіть із системи до {time}. Незавершені сеанси буде закрито, а запущені завдання зупинено.',
    affectedHead: 'Під час робіт будуть недоступні:', affected: ['пошта', 'спільні теки', 'веб-портал', 'черга обчислювальних завдань'],
    quotaHead: 'Дискова квота',
    quota: 'Ви використовуєте {used} ГБ із {gb} ГБ ({pct}%). Видаліть непотрібні файли або перенесіть їх до архіву: після досягнення межі зберігати нові файли буде неможливо.',
    expiry: 'Термін дії вашого облікового запису спливає {date2}. Щоб подовжити його, зверніться до адміністратора за адресою {mail}.',
    pw: 'Термін дії вашого пароля спливає через {days} дн. Змініть його командою passwd; новий пароль не повинен збігатися з п’ятьма попередніми.',
    rulesHead: 'Нагадуємо:',
    rules: ['не запускайте ресурсомісткі завдання на вузлі входу, користуйтеся чергою завдань;', 'не зберігайте особисті дані в /scratch: цей каталог очищується кожні {days} днів;', 'нікому не повідомляйте свій пароль, навіть працівникам ІТ-відділу.'],
    contact: 'Запитання та заявки: {mail} (зазначте номер заявки {ticket}, якщо він є).', sign: '— Служба ІТ-підтримки',
  },
  Chinese: {
    welcome: '欢迎登录服务器 {srv}（{distro}）。', maintHead: '计划维护通知',
    maint: '{date} {time} 至 {time2}（UTC），服务器将因计划维护而暂停服务，届时将进行系统更新和磁盘更换。请保存好您的工作，并在 {time} 之前退出登录。届时仍处于打开状态的会话将被关闭，正在运行的作业也会被停止。',
    affectedHead: '维护期间以下服务将不可用：', affected: ['电子邮件', '共享文件夹', '门户网站', '计算作业队列'],
    quotaHead: '磁盘配额',
    quota: '您已使用 {used} GB，配额为 {gb} GB（{pct}%）。请删除不需要的文件或将其移至归档目录：达到上限后将无法保存新文件。',
    expiry: '您的帐户将于 {date2} 到期。如需延期，请通过 {mail} 联系管理员。',
    pw: '您的密码将在 {days} 天后过期。请使用 passwd 命令修改密码，新密码不能与最近五次使用过的密码相同。',
    rulesHead: '温馨提示：',
    rules: ['请不要在登录节点上运行大型计算任务，请使用作业队列；', '请不要在 /scratch 中存放个人数据，该目录每 {days} 天清理一次；', '请不要把密码告诉任何人，包括信息技术部门的工作人员。'],
    contact: '如有问题或需求，请联系 {mail}（如有工单号 {ticket}，请一并注明）。', sign: '—— 信息技术部',
  },
};
function genMotd(lang: Lang, b: MotdBank, v0: Vars): string {
  const used = String(Math.floor((Number(v0.gb) * Number(v0.pct)) / 100));
  const v: Vars = { ...v0, used };
  const cols = pick([0, 0, 70, 76]);
  const hStyle = int(0, 3);
  const head = (h: string): string => (hStyle === 0 ? `[ ${h} ]` : hStyle === 1 ? `== ${h} ==` : hStyle === 2 ? `*** ${h} ***` : `${h}\n${'-'.repeat(width(h))}`);
  const bullet = pick(['  * ', '  - ', '  • ']);
  const banner = pick(['#'.repeat(int(40, 64)), '='.repeat(int(40, 64)), '']);
  const maint = `${head(b.maintHead)}\n\n${wrap(fill(b.maint, v), cols)}\n\n${b.affectedHead}\n${sample(b.affected, int(2, 4)).map((a) => bullet + a).join('\n')}`;
  const sections = [maint, `${head(b.quotaHead)}\n\n${wrap(fill(b.quota, v), cols)}`, wrap(fill(b.expiry, v), cols), wrap(fill(b.pw, v), cols),
    `${b.rulesHead}\n${b.rules.map((r) => item(fill(r, v), cols, bullet)).join('\n')}`];
  const order = shuffle(sections.map((_, i) => i));
  return grow((k) => {
    const keep = new Set(order.slice(0, k));
    const blocks = [banner ? `${banner}\n${fill(b.welcome, v)}\n${banner}` : fill(b.welcome, v)];
    for (let i = 0; i < sections.length; i++) if (keep.has(i)) blocks.push(sections[i]);
    blocks.push(`${wrap(fill(b.contact, v), cols)}\n${b.sign}`);
    return blocks.join('\n\n');
  }, int(2, 4), sections.length, int(600, 900));
}

// ------------------------------------------------------------------ the corpus
interface KindDef { readonly kind: string; readonly gen: (lang: Lang, v: Vars) => string }
const KINDS: readonly KindDef[] = [
  { kind: 'pkg_question_boolean', gen: (l, v) => genBool(l, BOOL[l], v) },
  { kind: 'pkg_question_select', gen: (l, v) => genSelect(l, SELECT[l], v) },
  { kind: 'account_password_setup', gen: (l, v) => genAccount(l, ACCOUNT[l], v) },
  { kind: 'database_setup', gen: (l, v) => genDb(l, DB[l], v) },
  { kind: 'upgrade_notice', gen: (l, v) => genUpgrade(l, UPGRADE[l], v) },
  { kind: 'config_file_conflict', gen: (l, v) => genConflict(l, CONFLICT[l], v) },
  { kind: 'setup_wizard_page', gen: (l, v) => genWizard(l, WIZARD[l], v) },
  { kind: 'security_update_notice', gen: (l, v) => genSecurity(l, SECURITY[l], v) },
  { kind: 'firewall_prompt', gen: (l, v) => genFirewall(l, FIREWALL[l], v) },
  { kind: 'license_acceptance', gen: (l, v) => genLicense(l, LICENSE[l], v) },
  { kind: 'auth_required_message', gen: (l, v) => genAuth(l, AUTH[l], v) },
  { kind: 'maintenance_notice', gen: (l, v) => genMotd(l, MOTD[l], v) },
];

function generate(): DialogDoc[] {
  const docs: DialogDoc[] = [];
  for (const { kind, gen } of KINDS) {
    reseed(kind);
    for (const lang of LANGS) docs.push({ kind, lang, text: clipAtLine(gen(lang, baseVars(lang)), 2500) });
  }
  return docs;
}

/** Project-written benign installer, configuration and administration dialogs, 16 per kind (one per language): deterministic. */
export const HANDWRITTEN_DIALOGS: readonly DialogDoc[] = generate();
