# Regenerates test/fixtures/loo/loo-reference.json: fixed log-likelihood matrices (seeded) and what the `loo` R package
# (2.5.1: relative_eff, loo, psis, loo_model_weights) and rstantools::loo_pit (2.2) compute on them.
# Run: Rscript scripts/loo-fixtures.R  (Debian: apt-get install r-cran-loo r-cran-rstantools r-cran-jsonlite)
suppressPackageStartupMessages({ library(loo); library(rstantools); library(jsonlite) })
set.seed(20261202)

ar1 <- function(n, rho, sd = 1) {
  x <- numeric(n); x[1] <- rnorm(1, 0, sd / sqrt(1 - rho^2))
  for (t in 2:n) x[t] <- rho * x[t - 1] + rnorm(1, 0, sd)
  x
}
# Values with at most 10 significant digits print exactly in JSON (15 digits), so R and the tests read the same doubles.
fix <- function(x) signif(x, 10)
# Posterior-like draws of a location and a scale: `chains` AR(1) chains (autocorrelated, so r_eff < 1).
draws <- function(chains, n, rho, centre, sd) fix(as.vector(sapply(seq_len(chains), function(c) centre + ar1(n, rho, sd * sqrt(1 - rho^2)))))

chains <- 4; n <- 100; S <- chains * n; N <- 20
y <- fix(rnorm(N, 10, 2))
mu <- draws(chains, n, 0.7, mean(y), 2 / sqrt(N))
sigma <- exp(draws(chains, n, 0.7, log(2), 0.15))
# The same data with two gross outliers, for a Normal model (some k > 0.7) and a Student-t model (stacking's partner).
y_heavy <- y; y_heavy[c(3, 17)] <- fix(c(30, -12))
mu_h <- draws(chains, n, 0.5, mean(y), 2 / sqrt(N))
sigma_h <- exp(draws(chains, n, 0.5, log(2), 0.1))
nu_t <- 3
ll_of <- function(yy, m, s, df = Inf) {
  t(sapply(seq_len(length(m)), function(k) if (is.finite(df)) dt((yy - m[k]) / s[k], df, log = TRUE) - log(s[k]) else dnorm(yy, m[k], s[k], log = TRUE)))
}
yrep_of <- function(m, s, NN) fix(t(sapply(seq_len(length(m)), function(k) rnorm(NN, m[k], s[k]))))
# A parameter per observation, each posterior wider (1.5x) than the observation noise: every Pareto k far above 0.7.
N_bad <- 10
y_bad <- fix(rnorm(N_bad))
theta <- fix(sapply(seq_len(N_bad), function(i) y_bad[i] + rnorm(S, 0, 0.15)))
ll_bad <- sapply(seq_len(N_bad), function(i) dnorm(y_bad[i], theta[, i], 0.1, log = TRUE))
# One short chain (S = 100): the tail length is 0.2 S, and relative_eff of a single chain.
mu_1 <- draws(1, 100, 0.3, mean(y[1:10]), 0.5)
sigma_1 <- exp(draws(1, 100, 0.3, log(2), 0.1))

cases <- list(
  list(name = "normal", chains = chains, ll = fix(ll_of(y, mu, sigma)), y = y, yrep = yrep_of(mu, sigma, N)),
  list(name = "heavy_normal", chains = chains, ll = fix(ll_of(y_heavy, mu_h, sigma_h)), y = y_heavy, yrep = yrep_of(mu_h, sigma_h, N)),
  list(name = "heavy_student_t", chains = chains, ll = fix(ll_of(y_heavy, mu_h, sigma_h * 0.8, nu_t))),
  list(name = "all_bad", chains = chains, ll = fix(ll_bad)),
  list(name = "one_chain", chains = 1, ll = fix(ll_of(y[1:10], mu_1, sigma_1)))
)

out <- lapply(cases, function(cs) {
  ll <- cs$ll
  chain_id <- rep(seq_len(cs$chains), each = nrow(ll) / cs$chains)
  r_eff <- relative_eff(exp(ll), chain_id = chain_id)
  l <- suppressWarnings(loo(ll, r_eff = r_eff, save_psis = TRUE))
  lw <- weights(l$psis_object, normalize = TRUE, log = TRUE)
  res <- list(
    name = cs$name, S = nrow(ll), N = ncol(ll), chains = cs$chains,
    log_lik = as.vector(t(ll)),
    r_eff = r_eff,
    elpd_loo = l$estimates["elpd_loo", ], p_loo = l$estimates["p_loo", ], looic = l$estimates["looic", ],
    pointwise_elpd_loo = l$pointwise[, "elpd_loo"], pointwise_mcse_elpd_loo = l$pointwise[, "mcse_elpd_loo"],
    pointwise_p_loo = l$pointwise[, "p_loo"], pareto_k = l$diagnostics$pareto_k, n_eff = l$diagnostics$n_eff,
    tail_len = attr(l$psis_object, "tail_len"),
    # Three observations' normalised log weights in full (the smoothing and truncation, draw by draw).
    weights_obs = c(1, 3, ncol(ll)),
    log_weights = lapply(c(1, 3, ncol(ll)), function(i) lw[, i])
  )
  if (!is.null(cs$yrep)) {
    res$y <- cs$y
    res$yrep <- as.vector(t(cs$yrep))
    res$loo_pit <- loo_pit(cs$yrep, y = cs$y, lw = lw)
  }
  res
})
names(out) <- sapply(cases, `[[`, "name")

# Stacking (Yao et al. 2018) of the Normal and Student-t models of the heavy-tailed data, and of the three fits
# (the Normal model of the clean data scored against the same y_heavy, as a poor third).
ll_h <- cases[[2]]$ll; ll_t <- cases[[3]]$ll
ll_poor <- fix(ll_of(y_heavy, mu, sigma))
r_of <- function(ll) relative_eff(exp(ll), chain_id = rep(seq_len(chains), each = n))
stack2 <- loo_model_weights(list(ll_h, ll_t), method = "stacking", r_eff_list = list(r_of(ll_h), r_of(ll_t)))
stack3 <- loo_model_weights(list(ll_h, ll_t, ll_poor), method = "stacking", r_eff_list = list(r_of(ll_h), r_of(ll_t), r_of(ll_poor)))

# An interior optimum: data from two groups, each model predicting one group well; the stack mixes them.
N_mix <- 30
y_mix <- fix(c(rnorm(18, 0, 1), rnorm(12, 4, 1)))
mu_a <- draws(chains, n, 0.5, 0, 0.2); mu_b <- draws(chains, n, 0.5, 4, 0.2)
s_ab <- exp(draws(chains, n, 0.5, log(1.2), 0.1))
ll_a <- fix(ll_of(y_mix, mu_a, s_ab)); ll_b <- fix(ll_of(y_mix, mu_b, s_ab))
stack_mix <- loo_model_weights(list(ll_a, ll_b), method = "stacking", r_eff_list = list(r_of(ll_a), r_of(ll_b)))
lpd_mix <- cbind(loo(ll_a, r_eff = r_of(ll_a))$pointwise[, "elpd_loo"], loo(ll_b, r_eff = r_of(ll_b))$pointwise[, "elpd_loo"])

writeLines(toJSON(list(
  loo_version = as.character(packageVersion("loo")),
  rstantools_version = as.character(packageVersion("rstantools")),
  cases = unname(out),
  stacking = list(
    poor_log_lik = as.vector(t(ll_poor)),
    two = list(models = c("heavy_normal", "heavy_student_t"), weights = as.vector(stack2)),
    three = list(models = c("heavy_normal", "heavy_student_t", "poor"), weights = as.vector(stack3)),
    # loo's weights come from constrOptim (relative tolerance 1e-8 on the objective), so they are an optimum only to
    # about 1e-4; the objective sum_i log sum_k w_k exp(lpd_ik) at them is stored for the test to compare against.
    mix = list(N = N_mix,
               lpd_point = lapply(1:2, function(k) lpd_mix[, k]), weights = as.vector(stack_mix),
               objective = sum(log(exp(lpd_mix) %*% as.vector(stack_mix))))
  )
), digits = NA, auto_unbox = TRUE), "test/fixtures/loo/loo-reference.json")
cat("wrote test/fixtures/loo/loo-reference.json\n")
