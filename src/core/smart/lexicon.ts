/**
 * The vocabulary the SMART checks read a goal with. General word classes of how people talk about
 * careers, not sentences: a goal is specific when something is left once these words are set
 * aside, and measurable when it reaches a number, a level, a title or an outcome that either
 * happens or does not.
 */
const set = (...lists: string[]) => new Set(lists.flatMap((list) => list.trim().split(/\s*\|\s*|\s+/)).filter(Boolean));

/** Function words: they carry no subject. */
export const FUNCTION_WORDS = set(`
  a an the this that these those such my our your his her their its me us him them it i we you they one ones
  myself ourselves yourself themselves someone somebody everyone everybody people person others
  i'm i'd i'll i've we're we'll i’m im id ill ive
  to of in on at for with by from into onto about as than then so and or but nor also plus via per
  up out down off over under through around across along within without between among toward towards upon after before until till back away forward ahead
  is am are was were be been being will would shall should can could may might must do does did
  want wants wanted wish hope hoping aim aiming plan planning intend intending going gonna wanna need needs like love would'd
  goal goals objective aim target ambition dream
  hopefully maybe perhaps possibly probably really truly just finally actually basically simply definitely ideally
  all each every any some much many lot lots most least very quite rather too enough even still already again yet
  what which who whom whose where when why how whatever whenever there here not no yes
  way ways thing things something anything everything nothing somewhere anywhere everywhere stuff
  next last first second third new old own current same other another different certain various whole
`);

/**
 * Words that name no subject of their own: general verbs, feelings and qualities, and the general
 * nouns of working life. "Get better at my job" is made only of these.
 */
export const GENERAL_WORDS = set(`
  get gets got gotten getting make makes made making have has had having go goes went gone going
  take takes took taken taking give gives gave given giving keep keeps kept keeping find finds found finding
  put puts putting let lets come comes came coming see sees saw seen seeing know knows knew known
  become becomes became becoming turn turns turned stay stays stayed remain remains remained
  feel feels felt feeling seem seems try tries tried trying start starts started starting begin begins began
  continue continues continued stop stops stopped
  improve improves improved improving improvement improvements grow grows grew grown growing growth
  develop develops developed developing development learn learns learned learnt learning study studies studied studying
  work works worked working matter matters mattered count counts help helps helped helping
  achieve achieves achieved achieving achievement achievements succeed succeeds succeeded success successful
  progress progressed progressing advance advanced advancing advancement evolve evolved evolving
  change changes changed changing expand expanded expanding broaden broadened broadening
  do done doing does reinvent reinvented reinventing rethink figure figured figuring
  explore explored exploring push pushed pushing step stepped stepping level levelled leveled levelling leveling
  stand stood standing shine thrive thriving excel excelling pick picked picking tick ticked ticking
  spend spent spending look looked looking dig digging brush brushing raise raised raising
  pay paid paying worth earn earned earning reach reached reaching enjoy enjoyed enjoying
  think thinking thought network networking networked contribute contributed contributing
  read reading research researching focus focused focusing care caring balance balancing
  deliver value values
  better best good great well strong stronger strongest more less fewer worse worst bigger biggest
  higher highest greater greatest deeper broader wider closer further farther faster quicker smarter sharper
  harder happier healthier easier richer wiser bolder braver calmer kinder fitter
  productive creative confident visible organised organized strategic supportive inspiring interesting
  meaningful fulfilling fulfilled happy valuable impactful influential knowledgeable entrepreneurial
  well-rounded rounded effective efficient competent capable skilled motivated focused disciplined resilient
  proactive independent innovative respected balanced healthy satisfied passionate engaged involved
  comfortable familiar serious real fresh big huge high top amazing excellent outstanding exceptional awesome
  hard deep broad wide far quick smart sharp wise bold calm kind nice fit rich
  successful influential important useful helpful professional technical personal overall general
  job jobs career careers work workplace role roles position positions title titles level levels
  company companies business businesses startup startups start-up start-ups organisation organisations organization organizations
  employer employers industry industries field fields sector sectors area areas domain domains space
  team teams department departments office offices group groups place places
  skill skills knowledge expertise experience experiences abilities ability talent talents
  craft game profile name reputation brand presence visibility impact difference mark
  passion passions purpose meaning calling direction path paths journey potential
  progress responsibility responsibilities opportunity opportunities challenge challenges
  money income pay salary raise bonus wealth
  mentor mentors sponsor sponsors coach coaches advisor advisors adviser advisers
  side hustle hustles gig gigs venture ventures work-life
  recognised recognized known respected valued appreciated noticed seen heard trusted liked rewarded
  life lives self version versions comfort zone zones horizon horizons
  tech technology technologies topic topics subject subjects
  open source community communities world
  research knowledge information stuff idea ideas
  promotion promotions promoted promote freelance freelancing freelancer freelancers self-employed
  certification certifications certificate certificates certified qualification qualifications degree degrees
  phd phds doctorate mba msc bsc masters master's bachelor's postgrad diploma
  list lists task tasks project projects
  role model
  day days week weeks month months year years quarter quarters time times
`);

/**
 * Titles and levels that say how senior but not where or in what: "become a director" could be
 * anywhere. A field role (nurse, engineer, designer) names a what and is not listed.
 */
export const BARE_TITLES = set(`
  director directors manager managers management vp vps svp evp avp president vice vice-president
  head heads lead leads leader leaders leadership partner partners consultant consultants
  supervisor supervisors executive executives exec officer chief c-suite cxo ceo cto cfo coo cio cmo cpo cso
  boss bosses principal founder co-founder cofounder entrepreneur owner freelancer contractor
  specialist expert professional senior junior staff associate
`);

/** Level codes: L6, E5, IC4, M2, P3, "level 5", "grade 7", "band 4". */
export const LEVEL_CODE = /^(?:l|e|ic|m|p|t|g|sde|swe)-?\d{1,2}$/i;

/** Words that mean a move in a career, vague until they say to what or where. */
export const CAREER_MOVES = set(`
  promoted promotion promotions job jobs career careers company business startup start-up freelance freelancer
  certification certificate certified qualification degree title role position employer
  self-employed hustle side-hustle gig venture phd doctorate mba msc bsc masters diploma
`);

/** Verbs of open-ended activity: they have no finish line of their own (learn, explore, work on). */
export const OPEN_ENDED_VERBS = set(`
  learn learns learning understand understands understanding explore explores exploring investigate study studies studying
  read reads reading practise practises practising practice practices practicing research researching
  work works working look looks looking dig digs digging brush brushes brushing
  focus focuses focusing spend spends spending keep keeps keeping continue continues continuing try tries trying
  think thinks thinking reflect reflects develop develops developing improve improves improving
  grow grows growing strengthen strengthens deepen deepens broaden broadens widen widens expand expands
  enhance enhances boost boosts increase increases raise raises reduce reduces lower lowers decrease decreases
  cut cuts minimise minimize minimises minimizes maximise maximize maximises maximizes optimise optimize optimises optimizes
  streamline streamlines gain gains network networks networking contribute contributes delegate delegates
  help helps support supports engage engages participate participates invest invests pursue pursues
  embrace embraces reinvent reinvents rethink rethinks level levels step steps push pushes stretch stretches
  challenge challenges stand stands shine shines excel excels thrive thrives succeed succeeds progress progresses
  advance advances evolve evolves mature matures figure figures discover discovers enjoy enjoys feel feels
  prioritise prioritize prioritises prioritizes balance balances nurture nurtures cultivate cultivates
  foster fosters refine refines polish polishes sharpen sharpens hone hones master masters
  familiarise familiarize familiarise
`);

/** Words that compare without a target: "more", "better", "faster". */
export const COMPARATIVES = set(`
  more less fewer better worse best bigger higher greater deeper broader wider closer further farther
  faster quicker smarter sharper harder stronger happier healthier easier richer wiser bolder braver
  calmer kinder fitter larger longer sooner clearer simpler smoother safer cheaper leaner
`);

/** Amounts that name no amount: "get some experience", "learn a lot". */
export const QUANTIFIERS = set(`some several many lots lot plenty much various`);

/** Feelings and qualities: "be more confident", "get comfortable with". */
export const QUALITIES = set(`
  productive creative confident visible organised organized strategic strategically supportive inspiring interesting
  meaningful fulfilling fulfilled happy valuable impactful influential knowledgeable entrepreneurial well-rounded
  effective efficient competent capable skilled motivated focused disciplined resilient proactive independent
  innovative respected balanced healthy satisfied passionate engaged involved comfortable familiar good great
  successful better best strong stronger serious seriously real fresh amazing excellent outstanding exceptional
  awesome nicer kind calm bold brave wise smart sharp fit rich fluent proud dream ideal perfect relevant
  up-to-date current
`);

/** Idioms that sound like a destination but have none: "take my career to the next level". */
export const VAGUE_IDIOMS = /\b(?:(?:the )?next level|a (?:whole )?new level|new heights|the top|(?:my|the) full potential|the extra mile|(?:my|the) best|the most of|a name for (?:myself|ourselves)|a difference|an impact)\b/i;

/** Outcomes that either happen or do not, as past participles: "get hired", "be promoted". */
export const OUTCOME_PARTICIPLES = set(`
  hired promoted certified licensed licenced qualified elected appointed accepted admitted published merged
  signed approved funded sponsored selected shortlisted nominated tenured chartered registered enrolled enroled
  accredited awarded granted released shipped launched launched completed finished passed
`);

/** Verbs whose object is reached or not: ship it, pass it, land it. */
export const OUTCOME_VERBS = set(`
  ship ships launch launches release releases deploy deploys publish publishes pass passes complete completes
  finish finishes earn earns obtain obtains win wins land lands hire hires recruit recruits promote promotes
  join joins found founds open opens close closes sign signs submit submits present presents give gives
  deliver delivers run runs host hosts organise organises organize organizes write writes build builds
  design designs rewrite rewrites migrate migrates move moves transfer transfers switch switches relocate relocates
  retrain retrains qualify qualifies enrol enrols enroll enrolls apply applies negotiate negotiates quit quits
  leave leaves change changes hand hands clear clears create creates establish establishes set lead leads
  mentor mentors coach coaches train trains teach teaches speak speaks sell sells book books hit hits
  reach reaches attain attains secure secures achieve achieves become becomes make makes get gets go goes
  start starts begin begins take takes have has hold holds manage manages own owns buy buys
  graduate graduates defend defends file files patent patents record records produce produces direct directs
  finalise finalize finalises finalizes document documents replace replaces retire retires double doubles
  triple triples halve halves save saves raise-to
`);

/** Nouns whose getting is an outcome: "get a job", "win an award". */
export const OUTCOME_NOUNS = set(`
  job role position offer promotion title raise seat place contract deal award prize grant scholarship
  admission acceptance publication patent licence license certification certificate credential diploma degree
  mba msc bsc ma ba phd doctorate masters master's bachelor's apprenticeship internship residency fellowship
  visa permit green-card tenure partnership exam
`);

/** Words that make a finish line by themselves: a certificate, an exam, a level. */
export const CREDENTIALS = set(`
  certification certifications certificate certificates certified credential credentials licence licences
  license licenses licensed licenced diploma diplomas degree degrees exam exams examination examinations
  qualification qualifications accreditation accredited chartered mba msc bsc ma ba phd dphil doctorate
  masters master's bachelor's llm jd cpa cfa acca aca cima pmp bar nclex
`);

/** Things that only have a finish line with an amount: "make more money" never ends. */
export const AMOUNT_NOUNS = set(`money income revenue sales profit profits savings wealth traffic followers subscribers`);

/** Objects that set no finish line: "find my passion", "make progress", "get my name out there". */
export const VAGUE_OBJECTS = set(`
  passion passions purpose meaning calling direction niche voice feet balance fulfilment fulfillment happiness
  progress start difference impact mark name reputation profile brand presence visibility exposure traction
  momentum clarity confidence respect recognition experience experiences exposure feedback insight insights
  something anything everything stuff things best better more most
  skills skill knowledge horizons horizon comfort zone game self version potential
  model role-model thought influencer go-to
`);

/** Numbers written as words; "a dozen", "twice", "double" also set an amount. */
export const NUMBER_WORDS = set(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
  dozen dozens twice thrice double triple quadruple half
`);

/** Words that introduce a clause's frame rather than its action: "I want to", "My goal is to". */
export const FRAME_WORDS = set(`
  i we i'd i'll i'm i've we'd we'll want wants would like love wish hope hoping aim aiming plan planning intend
  intending going gonna wanna need needs will shall should must can could to my our goal goals objective is am are
  ambition ambitions dream dreams mission intention target
  hopefully maybe perhaps possibly probably really finally actually ideally definitely also then just
  eventually someday soon sometime ultimately
`);

/** Verbs every clause may start with, so a new clause can be told from a list of nouns after "and". */
export const GENERAL_VERBS = set(`
  be become get make have go take give keep find put let come see know turn stay remain feel seem try
  start begin continue stop do
`);
