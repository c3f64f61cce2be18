# Fits stan/mmm_pymc_example.stan with rstan: 4 chains x (1000 warmup + 1000 draws) on one core, and
# writes a draws summary, elapsed sampling seconds and min bulk-ESS. Usage: Rscript stan/fit.R data.json out.json
suppressPackageStartupMessages({ library(rstan); library(posterior); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript stan/fit.R data.json out.json")
d <- fromJSON(args[1], simplifyVector = TRUE)
chan <- d$channel_names; ctrl <- d$control_names
d$channel_names <- NULL; d$control_names <- NULL
# x and z arrive as one array per channel/control; jsonlite makes that a (C x T) matrix, Stan wants T x C.
d$x <- t(d$x)
d$z <- t(d$z)
d$beta_sigma <- as.array(d$beta_sigma)
if (rstan_options("boost_lib") == "") rstan_options(boost_lib = "/usr/include")
file <- file.path(dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE))), "mmm_pymc_example.stan")
model <- stan_model(file, auto_write = TRUE)
fit <- sampling(model, data = d, chains = 4, iter = 2000, warmup = 1000, cores = 1, seed = 1,
                control = list(adapt_delta = 0.85), refresh = 0)
elapsed <- get_elapsed_time(fit)
arr <- as.array(fit)
arr <- arr[, , dimnames(arr)$parameters != "lp__", drop = FALSE]
# Our names: adstock_alpha[x1], gamma_control[event_1], gamma_fourier[sin_1], ...
fnames <- as.vector(rbind(paste0("sin_", seq_len(d$F)), paste0("cos_", seq_len(d$F))))
rename <- function(p) {
  m <- regmatches(p, regexec("^(.*)\\[(\\d+)\\]$", p))[[1]]
  if (length(m) == 0) return(p)
  i <- as.integer(m[3])
  idx <- switch(m[2], gamma_control = ctrl[i], gamma_fourier = fnames[i], chan[i])
  paste0(m[2], "[", idx, "]")
}
summ <- list()
for (p in dimnames(arr)$parameters) {
  x <- arr[, , p]
  summ[[rename(p)]] <- list(mean = mean(x), sd = sd(x), q03 = unname(quantile(x, 0.03)), q97 = unname(quantile(x, 0.97)),
                            rhat = rhat(x), ess_bulk = ess_bulk(x), ess_tail = ess_tail(x))
}
sp <- get_sampler_params(fit, inc_warmup = FALSE)
out <- list(
  parameters = summ,
  sampling_seconds = sum(elapsed[, "sample"]),
  warmup_seconds = sum(elapsed[, "warmup"]),
  min_ess_bulk = min(sapply(summ, function(s) s$ess_bulk)),
  max_rhat = max(sapply(summ, function(s) s$rhat)),
  divergences = sum(sapply(sp, function(s) sum(s[, "divergent__"]))),
  leapfrog_per_iteration = mean(unlist(lapply(sp, function(s) s[, "n_leapfrog__"])))
)
write_json(out, args[2], auto_unbox = TRUE, digits = NA, pretty = TRUE)
cat(sprintf("sampling %.1f s, min bulk-ESS %.0f, max R-hat %.4f\n", out$sampling_seconds, out$min_ess_bulk, out$max_rhat))
