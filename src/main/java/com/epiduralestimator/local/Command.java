package com.epiduralestimator.local;

/** One command of the jar's command line. */
interface Command {
    /** Exit status a command returns while its server keeps running. */
    int KEEPS_RUNNING = -1;

    String name();

    /** Its usage lines, without the leading "usage:". */
    String usage();

    CommandOptions.Spec spec();

    /** Runs it; returns the exit status, or {@link #KEEPS_RUNNING}. */
    int run(CommandOptions options) throws Exception;
}
