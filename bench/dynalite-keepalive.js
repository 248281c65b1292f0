// Preloaded into dynalite (node --require): a client that gives up on a request (a timeout on a loaded machine)
// aborts it, and dynalite rethrows the abort and exits, taking every later request of the run with it. Log and go on.
process.on('uncaughtException', (err) => {
  console.error('dynalite: ignored', err && err.code ? err.code : err);
});
