// Where the estimate page finds the API. Empty: the page's own origin (as under `serve`, which serves both).
// Deployed as static files on another origin, set the API's base URL (the stack's ApiUrl output) and list this
// page's origin in the template's AllowedOrigins parameter, e.g.:
//   window.ESTIMATOR_CONFIG = { apiBase: "https://abc123.execute-api.us-east-1.amazonaws.com" };
window.ESTIMATOR_CONFIG = { apiBase: "" };
