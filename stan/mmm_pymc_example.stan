// Marginal's MMM for PyMC-Marketing's example configuration, exactly as assembly/mmm computes it:
// geometric adstock (normalised weights alpha^l / sum, l < L, zero before the first week), logistic
// saturation (1 - e^{-lam a}) / (1 + e^{-lam a}) times beta, controls unscaled, yearly Fourier terms
// (sin_1, cos_1, sin_2, ... of 2 pi k doy / 365.25), Normal likelihood; data already scaled
// (y / max|y|, x / max x). Parameter order matches our unconstrained vector (stan 2.21 syntax).
data {
  int<lower=1> T;
  int<lower=1> C;
  int<lower=1> L;               // adstock lmax
  int<lower=0> K;               // controls
  int<lower=0> F;               // Fourier order
  vector[T] y;
  matrix[T, C] x;
  matrix[T, K] z;
  vector[T] doy;
  vector<lower=0>[C] beta_sigma; // saturation_beta ~ HalfNormal(beta_sigma)
}
transformed data {
  matrix[T, 2 * F] fourier;
  for (k in 1:F) {
    for (t in 1:T) {
      fourier[t, 2 * k - 1] = sin(2 * pi() * k * doy[t] / 365.25);
      fourier[t, 2 * k] = cos(2 * pi() * k * doy[t] / 365.25);
    }
  }
}
parameters {
  real intercept;
  vector[K] gamma_control;
  vector[2 * F] gamma_fourier;
  vector<lower=0, upper=1>[C] adstock_alpha;
  vector<lower=0>[C] saturation_lam;
  vector<lower=0>[C] saturation_beta;
  real<lower=0> sigma;
}
model {
  vector[T] mu = intercept + z * gamma_control + fourier * gamma_fourier;
  for (c in 1:C) {
    vector[L] w;
    for (l in 1:L) w[l] = pow(adstock_alpha[c], l - 1);
    w = w / sum(w);
    for (t in 1:T) {
      real a = 0;
      for (l in 1:min(L, t)) a += w[l] * x[t - l + 1, c];
      mu[t] += saturation_beta[c] * (1 - exp(-saturation_lam[c] * a)) / (1 + exp(-saturation_lam[c] * a));
    }
  }
  intercept ~ normal(0.5, 0.2);
  gamma_control ~ normal(0, 0.05);
  gamma_fourier ~ double_exponential(0, 0.2);
  adstock_alpha ~ beta(1, 3);
  saturation_lam ~ gamma(3, 1);
  saturation_beta ~ normal(0, beta_sigma);
  sigma ~ normal(0, 6);
  y ~ normal(mu, sigma);
}
