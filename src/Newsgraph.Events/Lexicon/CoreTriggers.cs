namespace Newsgraph.Events.Lexicon;

/// <summary>
/// The hand-written trigger lexicon: words and short phrases that express a PLOVER event in news
/// English, grouped by type, after the PLOVER manual's definitions and the CAMEO→PLOVER map.
/// Syntax of a pattern: "lemma" (regular inflections are generated), "lemma|form|form" (irregular
/// forms listed), then literal following words ("step down"). A weight below 1 marks a word that
/// often means something else; the classifier then has to agree with the type.
/// </summary>
internal static class CoreTriggers
{
    public static readonly (string Pattern, string Type, string? Mode, float Weight)[] Entries =
    [
        // AGREE: promises and offers of future cooperation (the manual codes a promise to provide
        // aid as AGREE, not AID).
        ("agree|agreed|agreeing|agrees", "AGREE", null, 1f),
        ("agreement", "AGREE", null, 0.6f),
        ("promise", "AGREE", null, 0.8f),
        ("pledge", "AGREE", null, 0.8f),
        ("offer", "AGREE", null, 0.7f),
        ("invite", "AGREE", null, 0.8f),
        ("invitation", "AGREE", null, 0.8f),
        ("commit", "AGREE", null, 0.6f),
        ("stand|stands|standing|stood ready", "AGREE", null, 1f),
        // Stated willingness is the manual's first AGREE example ("indicate willingness to cooperate").
        ("willing to", "AGREE", null, 0.9f),
        ("willingness", "AGREE", null, 0.9f),

        // CONSULT: meetings, talks, visits, calls.
        ("meet|met|meeting|meets", "CONSULT", null, 1f),
        // The noun's plural ("meetings between the two sides began"); the inflection generator
        // treats "meet" as a verb and does not make it.
        ("meetings", "CONSULT", null, 1f),
        ("talks", "CONSULT", null, 0.9f),
        ("talk with", "CONSULT", null, 0.9f),
        ("discuss", "CONSULT", null, 0.9f),
        ("negotiate", "CONSULT", null, 0.9f),
        ("negotiation", "CONSULT", null, 0.9f),
        ("summit", "CONSULT", "multilateral", 0.8f),
        ("visit", "CONSULT", "visit", 0.9f),
        ("host", "CONSULT", "visit", 0.6f),
        ("travel|traveled|travelled|traveling|travelling|travels", "CONSULT", "visit", 0.6f),
        ("consult", "CONSULT", null, 0.9f),
        ("confer", "CONSULT", null, 0.8f),
        ("call|calls with", "CONSULT", "phone", 0.9f),
        ("phone call", "CONSULT", "phone", 1f),
        ("mediate", "CONSULT", "third-party", 0.9f),

        // SUPPORT: praise, endorsement, thanks, verbal backing, recognition.
        ("praise", "SUPPORT", null, 1f),
        ("welcome", "SUPPORT", null, 0.9f),
        ("endorse", "SUPPORT", null, 1f),
        ("endorsement", "SUPPORT", null, 0.9f),
        ("thank", "SUPPORT", null, 0.9f),
        ("applaud", "SUPPORT", null, 1f),
        ("cheer", "SUPPORT", null, 0.8f),
        ("commend", "SUPPORT", null, 1f),
        ("hail", "SUPPORT", null, 0.9f),
        ("congratulate", "SUPPORT", null, 1f),
        ("recognize", "SUPPORT", null, 0.5f),
        // The manual's and CAMEO's verbal support: praise (051), verbal defence and solidarity
        // (052, 053), diplomatic recognition (054).
        ("laud", "SUPPORT", null, 1f),
        ("extol", "SUPPORT", null, 1f),
        ("salute", "SUPPORT", null, 0.8f),
        ("solidarity", "SUPPORT", null, 0.9f),
        ("stand|stands|standing|stood with", "SUPPORT", null, 0.8f),
        ("diplomatic recognition", "SUPPORT", null, 1f),
        ("establish|established|establishing|establishes * relations", "SUPPORT", null, 0.9f),
        ("support", "SUPPORT", null, 0.7f),
        ("back|backed|backing|backs", "SUPPORT", null, 0.5f),
        // Approving, ratifying and signing agreements is SUPPORT in the manual ("ratify, sign, or
        // finalize an agreement"); "sign" alone also signs laws and autographs, so it needs context.
        ("approve", "SUPPORT", null, 0.7f),
        ("ratify|ratified|ratifying|ratifies", "SUPPORT", null, 1f),
        ("ratification", "SUPPORT", null, 0.9f),
        ("sign", "SUPPORT", null, 0.5f),

        // COOPERATE: material cooperation between actors.
        ("cooperate", "COOPERATE", null, 1f),
        ("cooperation", "COOPERATE", null, 0.8f),
        // Diplomatic cooperation is not material: the manual's SUPPORT is "initiate, resume,
        // improve, or expand diplomatic, non-material cooperation" (CAMEO 050), COOPERATE only
        // material exchange. The phrase wins over its head word's cue.
        ("diplomatic|political cooperation", "SUPPORT", null, 1f),
        ("collaborate", "COOPERATE", null, 1f),
        ("work|worked|working|works with", "COOPERATE", null, 0.7f),
        ("share intelligence", "COOPERATE", null, 1f),
        ("exchange", "COOPERATE", null, 0.5f),
        ("trade", "COOPERATE", null, 0.4f),

        // AID: giving material, military or humanitarian help; rescues (the dev conventions code a
        // hostage rescue as AID).
        ("aid", "AID", null, 0.6f),
        ("assist", "AID", null, 0.7f),
        ("assistance", "AID", null, 0.6f),
        ("provide", "AID", null, 0.7f),
        ("supply", "AID", null, 0.8f),
        ("donate", "AID", null, 0.9f),
        ("rescue", "AID", null, 1f),
        ("lifeline", "AID", null, 0.9f),
        ("bailout", "AID", null, 1f),
        ("deliver", "AID", null, 0.5f),
        ("grant asylum", "AID", null, 1f),

        // CONCEDE: yielding, easing, admitting (a guilty plea is CONCEDE in the dev conventions).
        ("concede", "CONCEDE", null, 1f),
        ("yield", "CONCEDE", null, 0.8f),
        ("back|backed|backing|backs down", "CONCEDE", null, 1f),
        ("give|gave|given|giving|gives in", "CONCEDE", null, 1f),
        ("plead|pleaded|pled|pleading|pleads guilty", "CONCEDE", null, 1.2f),
        ("accede", "CONCEDE", null, 1f),
        ("withdraw|withdrew|withdrawn|withdrawing|withdraws", "CONCEDE", null, 0.5f),
        // The manual codes formal pardons, acquittals and amnesties, and promised concessions, as CONCEDE.
        ("concession", "CONCEDE", null, 1f),
        ("pardon", "CONCEDE", null, 0.9f),
        ("amnesty", "CONCEDE", null, 0.9f),
        ("acquit|acquitted|acquitting|acquits", "CONCEDE", null, 0.9f),
        // "Expressions of regret or remorse for an action or situation should be coded as CONCEDE"
        // (the manual, under SUPPORT and CONCEDE; the CAMEO map's 055 "apologize" → SUPPORT predates it).
        ("apologize", "CONCEDE", null, 0.9f),
        ("apologise", "CONCEDE", null, 0.9f),
        ("apology|apologies", "CONCEDE", null, 0.9f),
        ("regret", "CONCEDE", null, 0.6f),
        ("express|expressed|expresses|expressing * regret", "CONCEDE", null, 1f),
        ("express|expressed|expresses|expressing * remorse", "CONCEDE", null, 1f),
        ("remorse", "CONCEDE", null, 0.8f),
        ("ease", "CONCEDE", null, 0.5f),

        // RETREAT: releases, withdrawals, resignations, ceasefires, disarmament, prisoner swaps.
        ("release", "RETREAT", "release", 0.9f),
        ("free|freed|freeing|frees", "RETREAT", "release", 0.9f),
        ("swap", "RETREAT", "release", 0.9f),
        ("withdraw|withdrew|withdrawn|withdrawing|withdraws", "RETREAT", "withdraw", 0.7f),
        ("withdrawal", "RETREAT", "withdraw", 0.9f),
        ("pull|pulled|pulling|pulls out", "RETREAT", "withdraw", 1f),
        ("retreat", "RETREAT", "withdraw", 0.9f),
        ("resign", "RETREAT", "resign", 1f),
        ("resignation", "RETREAT", "resign", 1f),
        ("step|stepped|stepping|steps down", "RETREAT", "resign", 1f),
        // "quit" is CAMEO's CANCEL block without a code; alone, or "quit as minister", it is a
        // resignation (the manual's RETREAT "resignations of government officials"); "quit the
        // talks" walks out of them (the gapped patterns below). Below 1: "quit smoking".
        ("quit|quits|quitting", "RETREAT", "resign", 0.8f),
        ("surrender", "RETREAT", "disarm", 1f),
        ("disarm", "RETREAT", "disarm", 1f),
        ("ceasefire", "RETREAT", "ceasefire", 1f),
        ("truce", "RETREAT", "ceasefire", 1f),
        ("lift|lifted|lifting|lifts * sanctions", "RETREAT", null, 1f),
        // Allowing observers or aid workers in is RETREAT "access" (CAMEO 086).
        ("allow|allowed|allowing|allows access", "RETREAT", "access", 1f),
        ("grant|granted|granting|grants access", "RETREAT", "access", 1f),

        // REQUEST: asking, urging, demanding, appealing.
        ("ask", "REQUEST", null, 0.8f),
        ("request", "REQUEST", null, 1f),
        ("urge", "REQUEST", null, 1f),
        ("call|called|calling|calls for", "REQUEST", null, 1f),
        ("call|called|calling|calls on", "REQUEST", null, 1f),
        ("demand", "REQUEST", null, 1f),
        ("appeal", "REQUEST", null, 0.8f),
        ("seek|sought|seeking|seeks", "REQUEST", null, 0.6f),
        ("beg", "REQUEST", null, 1f),
        ("implore", "REQUEST", null, 1f),
        ("insist", "REQUEST", null, 0.7f),
        ("press|pressed|pressing|presses for", "REQUEST", null, 1f),
        ("plead|pleaded|pled|pleading|pleads with", "REQUEST", null, 1f),

        // ACCUSE: accusations, criticism, condemnation, investigations (the manual codes
        // investigations as ACCUSE), lawsuits, impeachment.
        ("accuse", "ACCUSE", "allege", 1.2f),
        ("accusation", "ACCUSE", "allege", 1f),
        ("allege", "ACCUSE", "allege", 1f),
        ("allegation", "ACCUSE", "allege", 0.8f),
        ("blame", "ACCUSE", "allege", 1f),
        ("criticize", "ACCUSE", "disapprove", 1.1f),
        ("criticise", "ACCUSE", "disapprove", 1.1f),
        ("criticism", "ACCUSE", "disapprove", 0.9f),
        ("condemn", "ACCUSE", "disapprove", 1.1f),
        ("denounce", "ACCUSE", "disapprove", 1.1f),
        ("decry", "ACCUSE", "disapprove", 1f),
        ("slam", "ACCUSE", "disapprove", 0.8f),
        ("rebuke", "ACCUSE", "disapprove", 1f),
        ("lambast", "ACCUSE", "disapprove", 1f),
        ("deplore", "ACCUSE", "disapprove", 1f),
        ("oppose", "ACCUSE", "disapprove", 0.6f),
        ("complain", "ACCUSE", "allege", 0.8f),
        ("attack", "ACCUSE", "disapprove", 0.5f),
        ("investigate", "ACCUSE", "investigate", 1f),
        ("investigation", "ACCUSE", "investigate", 0.9f),
        ("inquiry", "ACCUSE", "investigate", 0.9f),
        ("probe", "ACCUSE", "investigate", 0.9f),
        ("impeachment", "ACCUSE", "allege", 0.8f),
        ("impeach", "ACCUSE", "allege", 1f),
        ("sue", "ACCUSE", "allege", 1f),
        ("lawsuit", "ACCUSE", "allege", 0.9f),
        ("charge", "ACCUSE", "allege", 0.7f),
        ("indict", "ACCUSE", "allege", 1f),

        // REJECT: refusals, vetoes, cancelled talks, defending one's position against a demand.
        ("reject", "REJECT", null, 1.1f),
        ("refuse", "REJECT", null, 1f),
        ("rebuff", "REJECT", null, 1f),
        ("dismiss", "REJECT", null, 0.7f),
        ("veto", "REJECT", null, 1f),
        ("decline|declined|declining|declines to", "REJECT", null, 0.6f),
        ("cancel", "REJECT", "meet", 0.8f),
        ("scuttle", "REJECT", "meet", 1f),
        ("call|called|calling|calls off", "REJECT", "meet", 1f),
        ("defy", "REJECT", null, 0.9f),
        ("defend", "REJECT", null, 0.6f),
        // Disobeying or resisting laws and orders is REJECT (CAMEO 1246 "defy norms, law").
        ("disobey", "REJECT", null, 0.9f),
        ("defiance", "REJECT", null, 0.8f),
        ("resist", "REJECT", null, 0.5f),
        // CAMEO's OBJECT [120] is a rejection ("objected to Ukraine opening an investigation"); the
        // verb forms only, since the noun "object" is a thing.
        ("objected|objecting|objects", "REJECT", null, 0.9f),

        // THREATEN: threats and warnings.
        ("threaten", "THREATEN", null, 1.1f),
        ("threat", "THREATEN", null, 0.7f),
        ("warn", "THREATEN", null, 0.8f),
        ("ultimatum", "THREATEN", null, 1f),
        ("vow", "THREATEN", null, 0.5f),

        // PROTEST: demonstrations, strikes, riots, boycotts.
        ("protest", "PROTEST", "demo", 1f),
        ("demonstrate", "PROTEST", "demo", 0.8f),
        ("demonstration", "PROTEST", "demo", 0.9f),
        ("rally", "PROTEST", "demo", 0.8f),
        ("march", "PROTEST", "demo", 0.6f),
        ("riot", "PROTEST", "riot", 1f),
        ("strike", "PROTEST", "strike", 0.5f),
        ("walkout", "PROTEST", "strike", 1f),
        ("hunger strike", "PROTEST", "hunger", 1.2f),
        ("boycott", "PROTEST", "boycott", 1f),
        ("blockade", "PROTEST", "obstruct", 0.6f),
        // A blockade imposed by a state or armed group restricts movement (CAMEO 191 "impose
        // blockade" is COERCE restrict); protesters' blockades stay PROTEST: the classifier,
        // which reads who blockades, arbitrates between the two cues.
        ("blockade", "COERCE", "restrict", 0.6f),

        // SANCTION: sanctions, embargoes, expulsions, convictions, withheld aid, suspended ties.
        ("sanction", "SANCTION", null, 1f),
        ("embargo", "SANCTION", null, 1f),
        ("expel", "SANCTION", "expel", 1f),
        ("convict", "SANCTION", "convict", 1f),
        ("conviction", "SANCTION", "convict", 0.9f),
        ("sentencing", "SANCTION", "convict", 0.8f),
        ("tariff", "SANCTION", null, 0.7f),
        ("suspend", "SANCTION", "discontinue", 0.7f),
        ("freeze|froze|frozen|freezing|freezes", "SANCTION", null, 0.6f),
        ("withhold|withheld|withholding|withholds", "SANCTION", "withdraw", 0.9f),
        ("cut|cuts|cutting off", "SANCTION", "discontinue", 0.9f),
        ("sever", "SANCTION", "discontinue", 0.9f),
        // Ending talks, ties or missions is SANCTION (CAMEO 16 "reduce relations": "terminate
        // discussions", "break off", walk-outs, expelled diplomats).
        ("terminate", "SANCTION", "discontinue", 0.9f),
        ("termination", "SANCTION", "discontinue", 0.8f),
        ("break|broke|broken|breaking|breaks off", "SANCTION", "discontinue", 1f),
        ("walk|walked|walking|walks out", "SANCTION", "discontinue", 0.8f),
        ("expulsion", "SANCTION", "expel", 0.9f),
        ("downgrade", "SANCTION", null, 0.8f),

        // MOBILIZE: deployments and build-ups of troops, police, weapons.
        ("deploy", "MOBILIZE", "troops", 1f),
        ("deployment", "MOBILIZE", "troops", 1f),
        ("mobilize", "MOBILIZE", null, 1f),
        ("mobilise", "MOBILIZE", null, 1f),
        ("mobilization", "MOBILIZE", null, 1f),
        ("troops", "MOBILIZE", "troops", 0.4f),
        ("buildup", "MOBILIZE", "troops", 1f),
        ("reinforce", "MOBILIZE", "troops", 0.6f),

        // COERCE: arrests, detention, prison sentences (dev conventions), seizures, bans,
        // censorship, curfews, deportation, sieges, cyber attacks, deception.
        ("arrest", "COERCE", "arrest", 1f),
        ("detain", "COERCE", "arrest", 1f),
        ("detention", "COERCE", "arrest", 0.8f),
        ("custody", "COERCE", "arrest", 0.8f),
        ("jail", "COERCE", "arrest", 0.9f),
        ("imprison", "COERCE", "arrest", 1f),
        ("sentence", "COERCE", "arrest", 0.7f),
        ("seize", "COERCE", "seize", 1f),
        ("confiscate", "COERCE", "seize", 1f),
        ("ban", "COERCE", "ban", 0.8f),
        ("censor", "COERCE", "censor", 1f),
        ("curfew", "COERCE", "curfew", 1f),
        ("cordon|cordoned|cordoning|cordons off", "COERCE", null, 1f),
        ("deport", "COERCE", "deport", 1f),
        ("crackdown", "COERCE", null, 1f),
        ("siege", "COERCE", null, 1f),
        ("hack", "COERCE", "cyber", 0.8f),
        ("cyberattack", "COERCE", "cyber", 1f),
        ("deceive", "COERCE", "misinformation", 1f),
        ("mislead|misled|misleading|misleads", "COERCE", "misinformation", 0.6f),
        ("disinformation", "COERCE", "misinformation", 0.8f),

        // ASSAULT: physical violence: attacks, killings, bombings, abductions, invasions,
        // occupation (the manual codes invasion and occupation as ASSAULT).
        ("attack", "ASSAULT", null, 0.9f),
        ("assault", "ASSAULT", null, 0.9f),
        ("kill", "ASSAULT", null, 1f),
        ("bomb", "ASSAULT", "explosives", 1f),
        ("bombing", "ASSAULT", "explosives", 1f),
        ("explosion", "ASSAULT", "explosives", 0.7f),
        ("shoot|shot|shooting|shoots", "ASSAULT", null, 1f),
        ("strike", "ASSAULT", "aerial", 0.6f),
        ("airstrike", "ASSAULT", "aerial", 1f),
        ("shell", "ASSAULT", null, 0.4f),
        ("invade", "ASSAULT", null, 1f),
        ("invasion", "ASSAULT", null, 1f),
        ("occupation", "ASSAULT", null, 0.8f),
        ("occupy", "ASSAULT", null, 0.8f),
        ("abduct", "ASSAULT", "abduct", 1f),
        ("kidnap|kidnapped|kidnapping|kidnaps", "ASSAULT", "abduct", 1f),
        ("assassinate", "ASSAULT", "assassinate", 1f),
        ("execute", "ASSAULT", "execute", 0.6f),
        ("torture", "ASSAULT", "torture", 1f),
        ("beat|beaten|beating|beats", "ASSAULT", "beat", 0.6f),
        ("massacre", "ASSAULT", null, 1f),
        ("wound", "ASSAULT", null, 0.8f),
        ("injure", "ASSAULT", null, 0.7f),
        ("clash", "ASSAULT", null, 0.9f),
        ("fighting", "ASSAULT", null, 0.7f),
        // CAMEO 190 "use conventional military force" (PLOVER's ASSAULT here); mostly read as what
        // stops or resumes ("hostilities ended"), which the concession scope recodes.
        ("hostilities", "ASSAULT", null, 0.7f),
        ("raid", "ASSAULT", null, 0.8f),
        ("ambush", "ASSAULT", null, 1f),
        ("brutality", "ASSAULT", "beat", 0.8f),
        ("rape", "ASSAULT", "sexual", 1f),

        // Verb … object patterns after the Phoenix verb dictionary (CAMEO.2.0.txt "- * TIES [161]
        // # REDUCE", "- * TALKS [046] # CONTINUE", "- * SANCTIONS [085] # LIFT"), mapped by
        // CAMEO2PLOVER: the verb alone is too common to code ("hold", "send", "cut"); with its object
        // a few words on it is the event. "*" skips up to TriggerMatcher.GapReach words.
        ("hold|held|holding|holds * talks", "CONSULT", null, 1f),
        ("hold|held|holding|holds * negotiations", "CONSULT", null, 1f),
        ("resume * talks", "CONSULT", null, 1f),
        ("enter|entered|entering|enters * talks", "CONSULT", null, 1f),
        ("cut|cuts|cutting * ties", "SANCTION", "withdraw", 1f),
        ("sever * ties", "SANCTION", "withdraw", 1f),
        ("break|broke|broken|breaking|breaks * ties", "SANCTION", "withdraw", 1f),
        ("recall * ambassador", "SANCTION", "withdraw", 1f),
        ("suspend * talks", "SANCTION", "withdraw", 1f),
        ("halt * talks", "SANCTION", "withdraw", 1f),
        ("quit|quits|quitting * talks", "SANCTION", "withdraw", 1f),
        // Calling off a meeting or a visit reduces diplomatic relations (Phoenix's CANCEL block,
        // "ABORT [160]"; the reference's SANCTION "cancellation of meetings … of diplomats"), like
        // suspended talks above. Cancelled *talks* are a refusal to negotiate instead: the manual's
        // SANCTION ambiguity note ("cancellation of meetings are REJECT") and the annotation guide of
        // our knowledge gold ("cancelled talks are REJECT", "scuttled the talks") both code them REJECT.
        ("cancel|cancels|cancelled|canceled|cancelling|canceling * meeting", "SANCTION", "withdraw", 1f),
        ("cancel|cancels|cancelled|canceled|cancelling|canceling * meetings", "SANCTION", "withdraw", 1f),
        ("cancel|cancels|cancelled|canceled|cancelling|canceling * talks", "REJECT", "meet", 1f),
        ("cancel|cancels|cancelled|canceled|cancelling|canceling * visit", "SANCTION", "withdraw", 1f),
        ("cancellation of * meeting", "SANCTION", "withdraw", 1f),
        ("cancellation of * meetings", "SANCTION", "withdraw", 1f),
        ("cancellation of * talks", "REJECT", "meet", 1f),
        ("cancellation of * visit", "SANCTION", "withdraw", 1f),
        // Brokering a settlement between others is mediation (Phoenix "BROKER [045]", CAMEO 045
        // "engage in mediation" → CONSULT third-party), not the ceasefire or deal it aims at.
        ("broker|brokered|brokering|brokers * ceasefire", "CONSULT", "third-party", 1f),
        ("broker|brokered|brokering|brokers * truce", "CONSULT", "third-party", 1f),
        ("broker|brokered|brokering|brokers * deal", "CONSULT", "third-party", 1f),
        ("broker|brokered|brokering|brokers * agreement", "CONSULT", "third-party", 1f),
        // Giving up weapons is the manual's RETREAT "disarm" ("Disarm militarily or give up weapons").
        ("lay|laid|laying|lays down * arms", "RETREAT", "disarm", 1f),
        ("lay|laid|laying|lays down * weapons", "RETREAT", "disarm", 1f),
        ("quit|quits|quitting * negotiations", "SANCTION", "withdraw", 1f),
        ("end|ended|ending|ends * talks", "SANCTION", "withdraw", 0.9f),
        ("cut|cuts|cutting * aid", "SANCTION", "discontinue", 1f),
        ("halt * aid", "SANCTION", "discontinue", 1f),
        ("suspend * aid", "SANCTION", "discontinue", 1f),
        ("hold|holds on * aid", "SANCTION", "discontinue", 0.9f),
        ("hold|holds on * assistance", "SANCTION", "discontinue", 0.9f),
        ("restore * ties", "SUPPORT", null, 0.9f),
        ("establish * ties", "SUPPORT", null, 0.9f),
        ("forge * ties", "SUPPORT", null, 0.9f),
        ("ease * sanctions", "RETREAT", null, 1f),
        ("lift|lifted|lifting|lifts * blockade", "RETREAT", "withdraw", 1f),
        ("lift|lifted|lifting|lifts * curfew", "RETREAT", null, 1f),
        ("lift|lifted|lifting|lifts * ban", "CONCEDE", null, 1f),
        ("lift|lifted|lifting|lifts * restrictions", "CONCEDE", null, 1f),
        ("send|sent|sending|sends * troops", "MOBILIZE", "troops", 1f),
        ("send|sent|sending|sends * soldiers", "MOBILIZE", "troops", 1f),
        ("reduce * troops", "RETREAT", "withdraw", 1f),
        ("raise|raised|raising|raises * questions", "ACCUSE", "disapprove", 0.8f),
    ];
}
