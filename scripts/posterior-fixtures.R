# Regenerates test/fixtures/diagnostics/posterior-reference.json: fixed draws and what the
# `posterior` R package (1.4) computes on them. Run: Rscript scripts/posterior-fixtures.R
suppressPackageStartupMessages({ library(posterior); library(jsonlite) })
set.seed(20261123)

ar1 <- function(n, rho, sd = 1) {
  x <- numeric(n); x[1] <- rnorm(1, 0, sd / sqrt(1 - rho^2))
  for (t in 2:n) x[t] <- rho * x[t - 1] + rnorm(1, 0, sd)
  x
}
cases <- list(
  iid_normal = sapply(1:4, function(c) rnorm(500)),
  ar1_rho09 = sapply(1:4, function(c) ar1(300, 0.9)),
  antithetic = sapply(1:4, function(c) ar1(400, -0.6)),
  heavy_t2 = sapply(1:4, function(c) rt(400, df = 2)),
  shifted_chains = sapply(1:4, function(c) rnorm(200, mean = c * 0.5)),
  odd_length = sapply(1:3, function(c) ar1(251, 0.5)),
  single_chain = matrix(ar1(400, 0.3), ncol = 1),
  discrete_ties = sapply(1:4, function(c) rpois(300, 3)),
  lognormal_skew = sapply(1:4, function(c) exp(ar1(300, 0.7))),
  drifting = sapply(1:4, function(c) cumsum(rnorm(300)) * 0.1 + rnorm(300))
)
out <- lapply(names(cases), function(name) {
  # Round-trip through the JSON text first so R and the tests see bit-identical draws
  # (folded draws tie in exact arithmetic; one ulp decides their rank order).
  x <- as.matrix(sapply(fromJSON(toJSON(cases[[name]], digits = I(17)), simplifyVector = FALSE),
                        function(r) unlist(r)))
  if (ncol(cases[[name]]) == 1) x <- matrix(as.vector(x), ncol = 1) else x <- t(x)
  list(
    name = name,
    draws = lapply(seq_len(ncol(x)), function(j) x[, j]),
    rhat = rhat(x), rhat_basic = rhat_basic(x),
    ess_bulk = ess_bulk(x), ess_tail = ess_tail(x), ess_basic = ess_basic(x),
    ess_mean = ess_mean(x), ess_q05 = unname(ess_quantile(x, 0.05)),
    ess_q95 = unname(ess_quantile(x, 0.95)),
    mcse_mean = mcse_mean(x), mcse_sd = mcse_sd(x),
    mcse_q05 = unname(mcse_quantile(x, 0.05)), mcse_q95 = unname(mcse_quantile(x, 0.95)),
    q03 = unname(quantile2(x, 0.03)), q97 = unname(quantile2(x, 0.97)),
    mean = mean(x), sd = sd(as.vector(x))
  )
})
writeLines(toJSON(list(posterior_version = as.character(packageVersion("posterior")), cases = out),
                  digits = I(17), auto_unbox = TRUE),
           "test/fixtures/diagnostics/posterior-reference.json")
cat("wrote test/fixtures/diagnostics/posterior-reference.json\n")
