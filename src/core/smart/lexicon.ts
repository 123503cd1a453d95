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
  both either neither don't doesn't didn't can't won't isn't aren't wasn't outside inside beyond
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
  communication communications performance morale efficiency productivity quality workflow workflows relationship relationships
  consensus network networks networking confidence decorum self-control characteristics characteristic ownership thinking
  diversity priority priorities focus opportunity opportunities activity activities duty duties result results outcome outcomes
  competition environment planet organisation organisations organization organizations customer customers client clients
  guest guests kid kids child children player players employee employees colleague colleagues staff coworkers co-workers
  conference conferences class classes course courses training trainings workshop workshops program programs programme programmes
  tool tools technique techniques practice practices method methods strategy strategies approach approaches process processes
  project projects classroom expert experts authority influence fun interpersonal collaboration teamwork
  set skillset skill-set specific particular certain extra additional various several key core overall general basic
  way manner lives level levels standard standards excellence efficiency effectiveness accuracy consistency
  engagement satisfaction retention attendance participation involvement contribution contributions service support
  understanding awareness ability abilities competence competency competencies proficiency capability capabilities
  habit habits routine routines mindset attitude attitudes behaviour behaviors behaviour behavior image presence
  initiative initiatives responsibility accountability leadership management organisational organizational
  personal professional interpersonal soft hard technical people social emotional
  issue issues problem problems concern concerns solution solutions need needs goal goals plan plans
  resume cv portfolio linkedin best-in-class world-class first-class high-quality top-notch cutting-edge
  culture cultures team-building relations partnerships partnership connections connection contacts
  something unique full potential success successful recognised recognized
  small large little actual related positive negative stable right wrong rough ongoing significant broad
  ultimate future unfamiliar needed necessary sure online offline real-world daily regular regularly
  e.g i.e etc now anyone status hands second-best instrumental diverse relevant appropriate proper
  whole entire total major minor simple complex possible able available graduate academic academics
  student students teacher teachers pupil pupils learner learners citizen citizens researcher researchers public
  resolution solving thinking listening decision-making problem-solving intelligence self-care wellbeing well-being
  stress delegation presentation presenting soft-skills language languages software hobby instrument
  platform platforms framework frameworks technologies subject-matter area-of
  professionalism integrity empathy compassion patience positivity enthusiasm commitment dedication
  education trend trends weakness weaknesses strength strengths knowledge-base
  use uses using products idea ideas planet future-proof cognitive affective compete access travel brainstorm supersede expect
  utilize utilizes utilizing utilise utilises utilising determine determines determining attract attracts attracting
  retain retains retaining ascertain mitigate mitigates mitigating avoid avoids avoiding hesitate relate relates relating
  admit admits operate operates operating treat treats treating define defines defining compare compares comparing
  worry worries worrying devote devotes devoting cope copes coping validate validates validating enable enables enabling
  send sends sending say says saying ask asks asking tell tells telling inject express expresses expressing
  sharing shared fight fights fighting deal deals dealing handle handles handling embracing embraced expected mandated intimidated
  moment moments search phase phases friend friends family families meal meals beauty sake object objects bit bits
  avenue avenues employment scenario scenarios delivery expectation expectations profession professions situation situations
  risk risks fashion question questions setback setbacks obstacle obstacles appreciation boundary boundaries
  limitation limitations feelings energy part parts aspect aspects action actions justice discipline disciplines
  individual individuals peer peers stakeholder stakeholders parent parents patient patients conversation conversations
  member members difficult bespoke long short shorter immediate targeted damn timely lifelong local intentional
  continuous inner proven fellow renewed firm
  event events date effort efforts recognition session sessions score scores
  pursuit rejuvenation breakfast coffee lunch relax relaxing recover recovering prepared alert recruit recruits recruiting
  save saves saving thereby entry-level mind mean crossed dependant dependent though although you're you’re
  work/life home/work else throughout alongside require requires specialty specialties specialized specialised
  stability record-breaking step-up
  procrastination earlier deadline deadlines viewing burn thoughts theirs explicit factor factors aside
  crowd terms emerging practical technology-related progression dynamics tune catch red flag flags sense assigned footprint
  possess non-technical native educated few expose reason reasons ego based pragmatic inspired forget behind madness
  remembering decent non-specific rid complaining chatter instead humility honesty happiness believe fill tank active human
  immerse kiddos stewards communicative settled assured ready sent torture lose vested lol entertaining power thank chill
  couple life-long spouse temple interests solve safe hang commenting readers crazy unexpected piles
  non-existent offerings aspiring gathering designation almost grace showing graceful candid live talk anxiety only
  competing against mistakes mistake swinging channels anyway pull hair hired
  seniors carers stimulating society services residents wife husband users together site season resources play means
  inclusive example control choice centre center cared athletes always young welcoming welcome watching warmth vs voices
  visitors utilized understood trust tolerance therefore tailored supervision structured straight stimulation stifling
  statutory sphere specialization special smooth sight shape setting selves self-sufficiency self-esteem self-discovery
  self-concept secure rights resourced repeatable remember relaxed relation redundant realise realize reactive re-establish
  qualified purposeful providers protect principles prime pride predictable praised pleasure planned personally
  personalised personalized peaceful peace participatory overhead order optimal operation nutritious nurtured
  mutual minimal meets mainstream linear lasting justify joy itself isolation interest interacts interactions interaction
  intentions integrated including ignore if identification hydrated honoring honouring home guiding fundamentals
  full-time free flourishing flourish finances festive fast-paced fairer facilitator extended experiment equal endeavors
  endeavours effortless effect educators eating easy early drive disappointment desire derives definitions defined
  constructive concrete concerning comprehensive co-operate close circumstances check centres centers celebrated capacity
  bring benefits benefit believing behalf bear basics attainment atmosphere associates aspirations amongst ambitious
  agencies age affirmative advantage acts weight
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
  ensure ensures maintain maintains provide provides demonstrate demonstrates promote promotes
  track tracks monitor monitors address addresses accept accepts seek seeks identify identifies
  acquire acquires foster fosters encourage encourages volunteer volunteers advocate advocates approach approaches
  perform performs collaborate collaborates communicate communicates respond responds
  serve serves assist assists include includes share shares clarify clarifies guide guides
  choose chooses dress dresses value values respect respects embody embodies model models uphold upholds
  adapt adapts adopt adopts integrate integrates leverage leverages inspire inspires empower empowers motivate motivates
  stay stays remain remains keep-up follow follows observe observes attend-to consider considers
  incorporate incorporates emphasise emphasize emphasises emphasizes reinforce reinforces sustain sustains accelerate accelerates
  encourage encouraging assess assesses evaluate evaluates review reviews analyse analyze analyses analyzes
  refresh refreshes re-engage seek-out recognise recognize recognises recognizes celebrate celebrates listen listens
  innovate innovates collaborate cooperate cooperates connect connects meet-people blog blogs post posts journal journals
  avoid avoids survive survives lose loses
`);

/** Verbs whose finish line is what they make: "develop a tracking system" ends, "develop my skills" does not. */
export const DELIVERABLE_VERBS = set(`
  build builds create creates develop develops design designs establish establishes produce produces
  devise devises prepare prepares introduce introduces put puts set sets craft crafts make makes
  plan plans organise organises organize organizes form forms institute institutes initiate initiates
  standardise standardize revise revises shepherd shepherds
  teach teaches coach coaches mentor mentors train trains run runs lead leads manage manages deliver delivers
  host hosts give gives present presents
`);

/** Verbs that end once done to anything concrete: "write a design doc", "implement the new rota". */
export const DONE_VERBS = set(`
  write writes implement implements draft drafts compose composes invent invents construct constructs
  roll rolls pilot pilots purchase purchases install installs configure configures automate automates
  record records film films code codes rewrite rewrites redesign redesigns find finds defend defends
  schedule schedules outline outlines reconcile reconciles administer administers convert converts
  transition transitions return returns walk walks earn earns obtain obtains complete completes
  finish finishes attend attends enroll enrol enrolls enrols own owns contact contacts collect collects
`);

/**
 * Things a goal can make or reach that either exist or do not: "a tracking system", "a virtual
 * orientation", "a book proposal". A goal to build one has a finish line.
 */
export const DELIVERABLES = set(`
  plan plans program programs programme programmes system systems tool tools app apps application applications website websites site
  list lists dataset datasets
  course courses curriculum curricula proposal proposals book books guide guides strategy policy policies template templates
  dashboard dashboards report reports portfolio portfolios orientation workshop workshops training trainings module modules
  service services framework frameworks prototype prototypes pipeline pipelines database databases handbook handbooks manual manuals
  toolkit toolkits checklist checklists procedure procedures protocol protocols syllabus syllabi lesson lessons blog podcast podcasts
  newsletter newsletters video videos presentation presentations paper papers article articles post posts thesis dissertation
  chapter chapters library libraries feature features product products api apis integration integrations process schedule budget
  roadmap roadmaps document documents documentation wiki game games club committee event events conference meetup hackathon
  campaign campaigns survey surveys assessment assessments study studies project projects subscription subscriptions piece
  talk talks webinar webinars session sessions seminar seminars class classes certification degree exam test tests
  manuscript grant grants application patent patents business company startup practice clinic shop studio agency firm
  migration launch release upgrade rollout audit review reviews inventory map model models course-work coursework
  unit units lab labs garden repository repo package library team teams department squad keynote keynotes lecture lectures speech
  redesign redesigns rebuild overhaul relaunch implementation rollout rollouts transformation restructure reorganisation reorganization
`);

/** Roles nobody can check they hold: "become an expert", "be a team player". */
export const VAGUE_ROLES = set(`
  expert experts authority authorities leader leaders player players asset assets resource resources professional professionals
  influence influencer member members role-model go-to voice person people version
  instrumental advocate advocates champion champions partner-in ambassador ambassadors
  learner learners listener listeners communicator communicators thinker thinkers collaborator collaborators
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
  proficient aware decisive reliable rock-solid dependable flawless best-in-class world-class leading knowledgeable
  well-versed adept versatile accomplished consistent assertive approachable accountable
  educated free secure ready prepared settled relaxed financially-free
`);

/** Idioms that sound like a destination but have none: "take my career to the next level". */
export const VAGUE_IDIOMS = /\b(?:(?:the )?next level|a (?:whole )?new level|new heights|the top(?! [a-z]{3,})|(?:my|the) full potential|the extra mile|(?:my|the) best|the most of|a name for (?:myself|ourselves)|a difference|an impact)\b/i;

/** Outcomes that either happen or do not, as past participles: "get hired", "be promoted". */
export const OUTCOME_PARTICIPLES = set(`
  hired promoted certified licensed licenced qualified elected appointed accepted admitted published merged
  signed approved funded sponsored selected shortlisted nominated tenured chartered registered enrolled enroled
  accredited awarded granted released shipped launched launched completed finished passed
`);

/** Verbs whose object is reached or not: ship it, pass it, land it. */
export const OUTCOME_VERBS = set(`
  ship ships launch launches release releases deploy deploys publish publishes pass passes complete completes
  finish finishes earn earns obtain obtains win wins land lands hire hires recruit recruits
  join joins found founds open opens close closes sign signs submit submits present presents give gives
  write writes build builds
  design designs rewrite rewrites migrate migrates move moves transfer transfers switch switches relocate relocates
  retrain retrains qualify qualifies enrol enrols enroll enrolls apply applies negotiate negotiates quit quits
  leave leaves change changes hand hands clear clears create creates establish establishes set lead leads
  speak speaks sell sells book books hit hits
  reach reaches attain attains secure secures achieve achieves become becomes make makes get gets go goes
  start starts begin begins take takes have has hold holds manage manages own owns buy buys
  graduate graduates defend defends file files patent patents record records produce produces direct directs
  finalise finalize finalises finalizes document documents replace replaces retire retires double doubles
  triple triples halve halves save saves raise-to
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
  understanding awareness ability abilities competence competency competencies proficiency expertise
  relationship relationships network networks connection connections contacts habit habits culture consensus
  responsibility responsibilities ownership accountability initiative performance quality reliability
  communication morale efficiency productivity workflow teamwork collaboration engagement satisfaction
  success results outcomes value excellence standards practices duties tasks opportunities opportunity
  ways issues problems time focus priority priorities environment atmosphere diversity inclusion
  thinking mindset attitude behaviour behavior decorum image presence relations care contributions
  fun sense touch pace growth development improvement improvements learning interest interests talents talent
  strengths strength weaknesses weakness efforts effort help support guidance advice lives life
  heights goals goal work world mastery
`);

/** Verbs that change an amount: they end at an amount ("by 20%", "to 30 clients"), and with none they have no finish line. */
export const CHANGE_VERBS = set(`reduce increase decrease lower raise cut boost grow double triple maximise maximize minimise minimize lose gain`);

/** Numbers written as words; "a dozen", "twice", "double" also set an amount. */
export const NUMBER_WORDS = set(`
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
  dozen dozens twice thrice double triple quadruple half
`);

/** Words that introduce a clause's frame rather than its action: "I want to", "My goal is to". */
export const FRAME_WORDS = set(`
  i we i'd i'll i'm i've we'd we'll want wants would like love wish hope hoping aim aiming plan planning intend
  intending going gonna wanna need needs will shall should must can could to my our goal goals objective is am are
  ambition ambitions dream dreams mission intention target aspire aspiring strive striving endeavour endeavor
  hopefully maybe perhaps possibly probably really finally actually ideally definitely also then just simply
  eventually someday soon sometime ultimately
`);

/** Verbs every clause may start with, so a new clause can be told from a list of nouns after "and". */
export const GENERAL_VERBS = set(`
  be become get make have go take give keep find put let come see know turn stay remain feel seem try
  start begin continue stop do
`);

/** Everyday words these lists do not hold, found by their GloVe neighbours (generated: scripts/glove-general-words.ts). */
export { GLOVE_GENERAL_WORDS } from './gloveGeneralWords';
